-- Foundation: municipalities (tenants), CBS boundaries per year, areas, people and roles, sessions, audit log.
-- Every tenant table carries municipality_id and has row-level security keyed on the setting
-- `schakel.municipality`, which the app sets per transaction. The app's login role is not the owner
-- and has no BYPASSRLS, so the policies bind it; the owner (migrations, CLI imports) is not bound.

create extension if not exists pgcrypto;

create function current_municipality() returns text
  language sql stable
  as $$ select nullif(current_setting('schakel.municipality', true), '') $$;

create table municipalities (
  id text primary key check (id ~ '^GM[0-9]{4}$'),
  name text not null check (length(name) between 1 and 120),
  connector_title text not null default 'wijkverbinder',
  theme jsonb not null default '{}'::jsonb,
  regular_channels jsonb not null default '[]'::jsonb,
  website_url text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- CBS districts (wijken) and neighbourhoods (buurten), kept per year as imported.
create table regions (
  municipality_id text not null references municipalities (id) on delete cascade,
  year int not null check (year between 2000 and 2100),
  code text not null check (code ~ '^(WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$'),
  kind text not null check (kind in ('district', 'neighbourhood')),
  name text not null,
  district_code text,
  geometry jsonb,
  imported_at timestamptz not null default now(),
  primary key (municipality_id, year, code)
);

create table areas (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  name text not null check (length(name) between 1 and 120),
  kind text not null default 'wijk' check (kind in ('wijk', 'kern')),
  description text not null default '',
  public_email text,
  public_phone text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index areas_name_unique on areas (municipality_id, lower(name));

-- An area is a group of CBS codes: neighbourhoods, or a whole district when it was imported without
-- neighbourhoods. A code belongs to at most one area.
create table area_regions (
  area_id uuid not null references areas (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  region_code text not null check (region_code ~ '^(WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$'),
  primary key (area_id, region_code),
  unique (municipality_id, region_code)
);

create table users (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  email text not null check (email = lower(email) and email like '%_@_%'),
  name text not null check (length(name) between 1 and 120),
  password_hash text,
  roles text[] not null check (
    cardinality(roles) > 0
    and roles <@ array['administrator', 'coordinator', 'connector', 'specialist', 'alderman', 'partner']
  ),
  phone text,
  department text,
  job_title text,
  expertise text[] not null default '{}',
  is_active boolean not null default true,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_email_unique on users (email);
create index users_municipality on users (municipality_id);

-- Who works for an area: connectors (with their hours per week for the role), the wijkwethouder, the adviser.
create table area_people (
  area_id uuid not null references areas (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  role text not null check (role in ('connector', 'alderman', 'adviser')),
  hours_per_week numeric(4, 1) check (hours_per_week is null or hours_per_week between 0 and 40),
  primary key (area_id, user_id, role)
);
create index area_people_user on area_people (user_id);

create table sessions (
  id_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

create table audit_log (
  id bigint generated always as identity primary key,
  municipality_id text not null references municipalities (id) on delete cascade,
  actor_id uuid references users (id) on delete set null,
  action text not null,
  entity_type text not null,
  entity_id text,
  details jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
create index audit_log_municipality_time on audit_log (municipality_id, created_at desc);

-- Row-level security: the second lock behind the municipality filter in every repo call.
do $$
declare t text;
begin
  foreach t in array array['regions', 'areas', 'area_regions', 'users', 'area_people', 'sessions', 'audit_log'] loop
    execute format('alter table %I enable row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (municipality_id = current_municipality()) with check (municipality_id = current_municipality())',
      t
    );
  end loop;
end $$;
alter table municipalities enable row level security;
create policy tenant_isolation on municipalities
  using (id = current_municipality()) with check (id = current_municipality());

-- What the app may read without a tenant: only public data and the login path, through these functions.
create function auth_user_for_login(p_email text)
  returns table (id uuid, municipality_id text, password_hash text, is_active boolean)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select u.id, u.municipality_id, u.password_hash, u.is_active from users u where u.email = lower(p_email) $$;

create function auth_session(p_id_hash text)
  returns table (user_id uuid, municipality_id text, email text, name text, roles text[], csrf_token text, expires_at timestamptz)
  language sql volatile security definer set search_path = public, pg_temp
  as $$
    -- Touch last_seen_at at most once a minute: a write per request would make every request of one
    -- session wait for the previous one's row lock.
    with touched as (
      update sessions s set last_seen_at = now()
      where s.id_hash = p_id_hash and s.expires_at > now() and s.last_seen_at < now() - interval '1 minute'
    )
    select s.user_id, s.municipality_id, u.email, u.name, u.roles, s.csrf_token, s.expires_at
    from sessions s join users u on u.id = s.user_id and u.is_active
    where s.id_hash = p_id_hash and s.expires_at > now()
  $$;

create function public_municipalities()
  returns table (id text, name text, connector_title text, theme jsonb, regular_channels jsonb, website_url text)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select m.id, m.name, m.connector_title, m.theme, m.regular_channels, m.website_url from municipalities m order by m.name $$;

-- The newest year of boundaries per municipality; earlier years stay in the table for history.
create function public_regions()
  returns table (municipality_id text, year int, code text, kind text, name text, district_code text, geometry jsonb)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select r.municipality_id, r.year, r.code, r.kind, r.name, r.district_code, r.geometry
    from regions r
    where r.year = (select max(r2.year) from regions r2 where r2.municipality_id = r.municipality_id)
  $$;

create function public_areas()
  returns table (id uuid, municipality_id text, name text, kind text, public_email text, public_phone text,
                 region_codes text[], connectors jsonb)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select a.id, a.municipality_id, a.name, a.kind, a.public_email, a.public_phone,
      coalesce((select array_agg(ar.region_code order by ar.region_code) from area_regions ar where ar.area_id = a.id), '{}'),
      coalesce((
        select jsonb_agg(jsonb_build_object('name', u.name, 'email', u.email, 'phone', u.phone) order by u.name)
        from area_people ap join users u on u.id = ap.user_id and u.is_active
        where ap.area_id = a.id and ap.role = 'connector'
      ), '[]'::jsonb)
    from areas a
  $$;

-- Tell running servers that public data changed, so the in-memory lookup index reloads without a restart.
create function notify_public_change() returns trigger
  language plpgsql as $$
  begin
    perform pg_notify('schakel_public_changed', tg_table_name);
    return null;
  end $$;

do $$
declare t text;
begin
  foreach t in array array['municipalities', 'regions', 'areas', 'area_regions', 'area_people'] loop
    execute format(
      'create trigger %I after insert or update or delete or truncate on %I for each statement execute function notify_public_change()',
      t || '_public_change', t
    );
  end loop;
end $$;
-- Users only matter to the index through the public card: a login (last_login_at) must not reload it.
create trigger users_public_change
  after insert or delete or update of name, email, phone, is_active on users
  for each statement execute function notify_public_change();
