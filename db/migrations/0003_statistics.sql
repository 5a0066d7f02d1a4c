-- Statistics: public figures from CBS and RIVM (Kerncijfers wijken en buurten, Gezondheid per wijk en buurt,
-- any table in the CBS OData shapes), versioned by year, and each municipality's priority-index selections.
--
-- The figures are public data shared by every municipality: no municipality_id and no row-level security.
-- Imports (CLI as the owner, or an administrator's upload as the app role) replace a whole dataset in one
-- transaction. The priority selections are tenant data: municipality_id + row-level security as everywhere.

-- One imported table (and variant, e.g. RIVM's age group) for one year.
create table statistics_datasets (
  id serial primary key,
  table_id text not null check (table_id ~ '^[0-9A-Za-z]{3,16}$'),
  variant text not null default '',
  variant_label text not null default '',
  year int not null check (year between 1900 and 2100),
  publisher text not null,
  title text not null,
  -- Same series in other years (multi-year charts): the title without its year, plus the variant.
  series text not null,
  modified text,
  file_names text[] not null default '{}',
  imported_by text not null,
  imported_at timestamptz not null default now(),
  unique (table_id, variant, year)
);

create table statistics_indicators (
  id text primary key,
  dataset_id int not null references statistics_datasets (id) on delete cascade,
  key text not null,
  concept text not null,
  position int not null,
  title text not null,
  unit text not null default '',
  description text not null default '',
  decimals int not null default 0,
  presentation text not null default '',
  -- How values of several regions combine into one (an area): sum, weighted_mean (with weight_key) or none.
  aggregation text not null check (aggregation in ('sum', 'weighted_mean', 'none')),
  weight_key text,
  higher_is_better boolean not null default false,
  unique (dataset_id, key)
);
create index statistics_indicators_dataset on statistics_indicators (dataset_id, position);

-- A row per region the source has; value null where the source has none ('.', empty, null).
create table statistics_values (
  indicator_id text not null references statistics_indicators (id) on delete cascade,
  region_code text not null check (region_code ~ '^(NL01|GM[0-9]{4}|WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$'),
  value double precision,
  primary key (indicator_id, region_code)
);
create index statistics_values_region on statistics_values (region_code);

-- The CBS region list (names and hierarchy) per year, whole country.
create table statistics_regions (
  year int not null check (year between 1900 and 2100),
  code text not null check (code ~ '^(NL01|GM[0-9]{4}|WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$'),
  kind text not null check (kind in ('country', 'municipality', 'district', 'neighbourhood')),
  name text not null,
  municipality_code text,
  district_code text,
  primary key (year, code)
);

-- Bumped by every import: running servers drop their cached figures when it changes.
create table statistics_state (
  id boolean primary key default true check (id),
  generation bigint not null default 0
);
insert into statistics_state (id, generation) values (true, 0);

-- The municipality's "gebiedsgerichte aanpak" for a year: chosen indicators and weights, priority areas,
-- and the ranking as it was when saved.
create table priority_selections (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  year int not null check (year between 2000 and 2100),
  title text not null check (length(title) between 1 and 200),
  level text not null check (level in ('area', 'district', 'neighbourhood')),
  indicators jsonb not null,
  priority_units text[] not null default '{}',
  note text not null default '',
  ranking jsonb not null,
  updated_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, year)
);

alter table priority_selections enable row level security;
create policy tenant_isolation on priority_selections
  using (municipality_id = current_municipality()) with check (municipality_id = current_municipality());
