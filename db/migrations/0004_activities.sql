-- The connector's work made visible: the activity log with the role each activity served, the hours
-- budget per area over time, the partner network (organisations, contact persons, agreements, board
-- status, product wishes), handovers of an area's portfolio, and the connector's availability.
-- Tenant tables as everywhere: municipality_id + row-level security.

create table organisations (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  name text not null check (length(name) between 1 and 160),
  type text not null check (type in ('housing_corporation', 'welfare', 'wijkraad', 'dorpsraad', 'buurtpreventieteam',
                                     'association', 'school', 'church', 'business', 'other')),
  sector text not null check (sector in ('professional', 'volunteer')),
  description text not null default '' check (length(description) <= 4000),
  -- The organisation's own (general) contact details: not personal data.
  email text,
  phone text,
  website text,
  is_subsidised boolean not null default false,
  account_manager_id uuid references users (id) on delete set null,
  -- The connector who keeps the relation; moves with a handover.
  relation_holder_id uuid references users (id) on delete set null,
  -- Board status of a volunteer body (wijkraad, dorpsraad, …).
  board_seats int check (board_seats between 0 and 99),
  board_vacancies int check (board_vacancies >= 0 and (board_seats is null or board_vacancies <= board_seats)),
  board_stopped_on date,
  -- When it stopped: who take over its overarching tasks (opbouwwerker and wijkadviseur) and which.
  fallback_adviser_id uuid references users (id) on delete set null,
  fallback_community_worker_id uuid,
  fallback_tasks text check (length(fallback_tasks) <= 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index organisations_name_unique on organisations (municipality_id, lower(name));

create table organisation_areas (
  organisation_id uuid not null references organisations (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  primary key (organisation_id, area_id)
);
create index organisation_areas_area on organisation_areas (municipality_id, area_id);

-- Contact persons: personal data, kept only with a recorded legal basis (AVG art. 6); read by staff only, audited.
create table contacts (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  organisation_id uuid references organisations (id) on delete cascade,
  name text not null check (length(name) between 1 and 120),
  role text not null default '' check (length(role) <= 120),
  email text,
  phone text,
  legal_basis text not null check (legal_basis in ('consent', 'public_task', 'contract', 'legal_obligation')),
  legal_basis_note text not null default '' check (length(legal_basis_note) <= 1000),
  relation_holder_id uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index contacts_organisation on contacts (municipality_id, organisation_id);
alter table organisations
  add constraint organisations_fallback_community_worker_fk
  foreign key (fallback_community_worker_id) references contacts (id) on delete set null;

-- A partner user belongs to one organisation and sees only its records.
alter table users add column organisation_id uuid references organisations (id) on delete set null;

create table agreements (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  organisation_id uuid not null references organisations (id) on delete cascade,
  area_id uuid references areas (id) on delete set null,
  title text not null check (length(title) between 3 and 200),
  description text not null default '' check (length(description) <= 4000),
  status text not null default 'active' check (status in ('draft', 'active', 'ended')),
  starts_on date not null default current_date,
  ends_on date check (ends_on is null or ends_on >= starts_on),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index agreements_organisation on agreements (municipality_id, organisation_id);

-- What an area wants a subsidised institution to put into its product agreements (productafspraken).
create table product_wishes (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  organisation_id uuid not null references organisations (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  year int not null check (year between 2000 and 2100),
  wish text not null check (length(wish) between 3 and 2000),
  status text not null default 'collected' check (status in ('collected', 'proposed', 'included', 'rejected', 'done')),
  status_note text not null default '' check (length(status_note) <= 2000),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index product_wishes_organisation on product_wishes (municipality_id, organisation_id);

-- One contact, meeting, call, visit or piece of work, with the role it served (the four JSO roles, or fixing).
create table activities (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  -- Who did the work; never rewritten (a handover keeps the predecessor's hours and roles true).
  user_id uuid not null references users (id),
  area_id uuid references areas (id) on delete set null,
  kind text not null check (kind in ('contact', 'meeting', 'call', 'visit', 'work')),
  occurred_on date not null,
  minutes int not null check (minutes between 1 and 1440),
  role text not null check (role in ('informing', 'agenda_setting', 'exploring', 'facilitating', 'fixing')),
  suggested_role text check (suggested_role in ('informing', 'agenda_setting', 'exploring', 'facilitating', 'fixing')),
  participants text not null default '' check (length(participants) <= 500),
  note text not null default '' check (length(note) <= 2000),
  signal_id uuid references signals (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- The dashboards scan one municipality's date range: covering indexes allow index-only scans.
create index activities_dashboard on activities (municipality_id, occurred_on) include (user_id, area_id, role, suggested_role, minutes);
create index activities_user on activities (municipality_id, user_id, occurred_on) include (area_id, role, minutes);
create index activities_area on activities (municipality_id, area_id, occurred_on);
create index activities_signal on activities (signal_id) where signal_id is not null;

create table activity_organisations (
  activity_id uuid not null references activities (id) on delete cascade,
  organisation_id uuid not null references organisations (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  primary key (activity_id, organisation_id)
);
create index activity_organisations_organisation on activity_organisations (organisation_id);

create table activity_contacts (
  activity_id uuid not null references activities (id) on delete cascade,
  contact_id uuid not null references contacts (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  primary key (activity_id, contact_id)
);
create index activity_contacts_contact on activity_contacts (contact_id);

-- The hours budget over time: area_people holds today's hours; this keeps every period, so past weeks keep
-- the budget they had (a change of hours or a handover does not rewrite history). Maintained by a trigger.
create table connector_hours (
  id bigint generated always as identity primary key,
  municipality_id text not null references municipalities (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  hours_per_week numeric(4, 1) not null,
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to > valid_from)
);
create index connector_hours_area on connector_hours (municipality_id, area_id, user_id);

-- Existing assignments have no known start: they count as always.
insert into connector_hours (municipality_id, area_id, user_id, hours_per_week, valid_from)
  select municipality_id, area_id, user_id, coalesce(hours_per_week, 0), '-infinity'::date from area_people where role = 'connector';

create function track_connector_hours() returns trigger
  language plpgsql as $$
  begin
    if tg_op in ('DELETE', 'UPDATE') and old.role = 'connector' then
      -- A period that started today and ends today never happened.
      delete from connector_hours
        where area_id = old.area_id and user_id = old.user_id and valid_to is null and valid_from >= current_date;
      update connector_hours set valid_to = current_date
        where area_id = old.area_id and user_id = old.user_id and valid_to is null;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.role = 'connector' then
      -- Saving the same people again (area_people is replaced as a whole) continues the period.
      update connector_hours set valid_to = null
        where id = (select h.id from connector_hours h
                    where h.area_id = new.area_id and h.user_id = new.user_id and h.valid_to = current_date
                      and h.hours_per_week = coalesce(new.hours_per_week, 0)
                    order by h.valid_from desc limit 1);
      if not found then
        insert into connector_hours (municipality_id, area_id, user_id, hours_per_week, valid_from)
          values (new.municipality_id, new.area_id, new.user_id, coalesce(new.hours_per_week, 0), current_date);
      end if;
    end if;
    return null;
  end $$;
create trigger area_people_connector_hours
  after insert or update or delete on area_people
  for each row execute function track_connector_hours();

-- A coordinator moved an area's portfolio from one connector to another.
create table area_handovers (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  from_user_id uuid references users (id) on delete set null,
  to_user_id uuid references users (id) on delete set null,
  note text not null default '' check (length(note) <= 2000),
  moved jsonb not null default '{}'::jsonb,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index area_handovers_area on area_handovers (municipality_id, area_id, created_at desc);

-- What colleagues may know of a connector beyond the public card: when they are available.
create table connector_profiles (
  user_id uuid primary key references users (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  availability text not null default '' check (length(availability) <= 500),
  updated_at timestamptz not null default now()
);

do $$
declare t text;
begin
  foreach t in array array['organisations', 'organisation_areas', 'contacts', 'agreements', 'product_wishes', 'activities',
                           'activity_organisations', 'activity_contacts', 'connector_hours', 'area_handovers', 'connector_profiles'] loop
    execute format('alter table %I enable row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (municipality_id = current_municipality()) with check (municipality_id = current_municipality())',
      t
    );
  end loop;
end $$;
