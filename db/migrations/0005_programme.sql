-- Programme and meetings: the area programme (wijkontwikkelingsprogramma, WOP) with goals, process steps,
-- projects, milestones and participation levels; resident initiatives with their budgets; meetings
-- (leefbaarheidsgesprek, spreekuur, wijkoverleg, wijkideeteam, collegebezoek) with agreements as actions;
-- office-hour schedules and their walk-in log; themes for the college agenda; college terms; calendar
-- feed tokens; and method templates that a municipality may publish for others to copy.
--
-- Every table is tenant data (municipality_id + row-level security). The only things read across
-- municipalities are published method templates and the tokens of tracking links and calendar feeds,
-- each through a SECURITY DEFINER function that returns nothing else.

-- Templates of working methods: WOP handbook steps, conversation formats, the participation framework.
create table method_templates (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  kind text not null check (kind in ('wop_handbook', 'conversation_format', 'participation_framework')),
  name text not null check (length(name) between 1 and 200),
  description text not null default '',
  content jsonb not null,
  is_default boolean not null default false,
  is_published boolean not null default false,
  published_at timestamptz,
  -- A copy remembers where it came from (by name: the source may be changed or withdrawn later).
  adopted_from_id uuid,
  adopted_from_municipality text,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- One default per kind (and, for conversation formats, per kind of meeting).
create unique index method_templates_one_default on method_templates (municipality_id, kind, (coalesce(content ->> 'meetingKind', ''))) where is_default;

-- The college's term of office (collegeperiode): the college visits each area once per term.
create table college_terms (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  name text not null check (length(name) between 1 and 60),
  starts_on date not null,
  ends_on date not null check (ends_on > starts_on),
  unique (municipality_id, name)
);

create table programmes (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  title text not null check (length(title) between 3 and 200),
  period_start date not null,
  period_end date not null check (period_end > period_start),
  status text not null default 'draft' check (status in ('draft', 'adopted', 'running', 'closed')),
  summary text not null default '',
  internal_notes text not null default '',
  realised_summary text not null default '',
  handbook_template_id uuid references method_templates (id) on delete set null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index programmes_area on programmes (municipality_id, area_id, period_start desc);

create table programme_goals (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programmes (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  position int not null default 0,
  title text not null check (length(title) between 3 and 300),
  description text not null default '',
  result text not null default ''
);
create index programme_goals_programme on programme_goals (programme_id, position);

-- The process steps of the handbook, copied into the programme as a checklist.
create table programme_steps (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programmes (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  position int not null,
  title text not null check (length(title) between 1 and 300),
  description text not null default '',
  done_at timestamptz,
  done_by uuid references users (id) on delete set null,
  note text not null default ''
);
create index programme_steps_programme on programme_steps (programme_id, position);

create table budgets (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  name text not null check (length(name) between 3 and 200),
  description text not null default '',
  year int not null check (year between 2000 and 2100),
  area_id uuid references areas (id) on delete cascade,
  total_cents bigint not null check (total_cents >= 0),
  max_per_initiative_cents bigint check (max_per_initiative_cents is null or max_per_initiative_cents > 0),
  created_at timestamptz not null default now(),
  unique (municipality_id, name, year)
);

create table initiative_counters (
  municipality_id text not null references municipalities (id) on delete cascade,
  year int not null,
  last_number int not null default 0,
  primary key (municipality_id, year)
);

create table initiatives (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  reference text not null,
  area_id uuid references areas (id) on delete set null,
  title text not null check (length(title) between 3 and 200),
  description text not null check (length(description) between 10 and 5000),
  initiator_group text,
  help_wanted text not null default '',
  status text not null default 'submitted'
    check (status in ('submitted', 'intake', 'advice', 'decision', 'approved', 'rejected', 'running', 'completed', 'withdrawn')),
  received_on date not null default current_date,
  connector_id uuid references users (id) on delete set null,
  intake_at timestamptz,
  intake_notes text not null default '',
  advice text not null default '',
  budget_id uuid references budgets (id) on delete set null,
  amount_requested_cents bigint check (amount_requested_cents is null or amount_requested_cents >= 0),
  amount_granted_cents bigint check (amount_granted_cents is null or amount_granted_cents >= 0),
  decision text check (decision in ('approved', 'partly_approved', 'rejected')),
  decision_reason text,
  decided_on date,
  follow_up text not null default '',
  project_id uuid,
  is_public boolean not null default false,
  public_summary text not null default '',
  tracking_token_hash text not null unique,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_at timestamptz,
  unique (municipality_id, reference)
);
create index initiatives_area on initiatives (municipality_id, area_id, created_at desc);

-- Personal data of the initiators: only with consent, erased after the retention period.
create table initiative_contacts (
  id uuid primary key default gen_random_uuid(),
  initiative_id uuid not null references initiatives (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  name text,
  email text,
  phone text,
  consent_at timestamptz not null,
  created_at timestamptz not null default now(),
  erased_at timestamptz
);
create index initiative_contacts_initiative on initiative_contacts (initiative_id);

create table initiative_events (
  id bigint generated always as identity primary key,
  initiative_id uuid not null references initiatives (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  at timestamptz not null default now(),
  actor_id uuid references users (id) on delete set null,
  type text not null,
  from_status text,
  to_status text,
  note text,
  public_message text
);
create index initiative_events_initiative on initiative_events (initiative_id, at);

create table projects (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  programme_id uuid not null references programmes (id) on delete cascade,
  goal_id uuid references programme_goals (id) on delete set null,
  title text not null check (length(title) between 3 and 200),
  description text not null default '',
  internal_notes text not null default '',
  carried_by text not null default 'municipality' check (carried_by in ('municipality', 'partner', 'together')),
  owner_user_id uuid references users (id) on delete set null,
  owner_name text,
  partners text[] not null default '{}',
  budget_cents bigint check (budget_cents is null or budget_cents >= 0),
  start_on date,
  end_on date,
  status text not null default 'planned' check (status in ('idea', 'planned', 'running', 'on_hold', 'done', 'cancelled')),
  participation_planned text not null default 'informeren'
    check (participation_planned in ('informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen')),
  participation_realised text
    check (participation_realised in ('informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen')),
  participation_specialist_id uuid references users (id) on delete set null,
  participation_note text not null default '',
  initiative_id uuid references initiatives (id) on delete set null,
  result text not null default '',
  is_public boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (end_on is null or start_on is null or end_on >= start_on)
);
create index projects_programme on projects (programme_id);
alter table initiatives add constraint initiatives_project foreign key (project_id) references projects (id) on delete set null;

create table project_milestones (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references projects (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  position int not null default 0,
  title text not null check (length(title) between 1 and 200),
  due_on date,
  percent_done int not null default 0 check (percent_done between 0 and 100)
);
create index project_milestones_project on project_milestones (project_id, position);

-- A recurring spreekuur of an area at a location; occurrences are computed, never stored.
create table office_hour_schedules (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  title text not null check (length(title) between 3 and 200),
  location text not null check (length(location) between 2 and 200),
  address text not null default '',
  weekday int not null check (weekday between 1 and 7),
  start_time time not null,
  end_time time not null check (end_time > start_time),
  interval_weeks int not null default 1 check (interval_weeks between 1 and 8),
  starts_on date not null,
  ends_on date check (ends_on is null or ends_on >= starts_on),
  themes text[] not null default '{}',
  host_user_id uuid references users (id) on delete set null,
  is_public boolean not null default true,
  notes text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index office_hour_schedules_area on office_hour_schedules (municipality_id, area_id);

create table meetings (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  kind text not null check (kind in ('leefbaarheidsgesprek', 'wijkoverleg', 'wijkideeteam', 'collegebezoek', 'spreekuur')),
  title text not null check (length(title) between 3 and 200),
  starts_at timestamptz not null,
  ends_at timestamptz not null check (ends_at > starts_at),
  location text not null default '',
  status text not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
  is_public boolean not null default false,
  participants jsonb not null default '[]'::jsonb,
  agenda jsonb not null default '[]'::jsonb,
  minutes text not null default '',
  outcomes text not null default '',
  public_summary text not null default '',
  format_template_id uuid references method_templates (id) on delete set null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index meetings_area on meetings (municipality_id, area_id, starts_at desc);
create index meetings_kind on meetings (municipality_id, kind, starts_at desc);

-- Information supply for a wijkoverleg: which colleague is invited on which theme.
create table meeting_invitations (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meetings (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  theme text not null,
  note text not null default '',
  unique (meeting_id, user_id, theme)
);

-- Agreements of a meeting, followed up as actions with an owner and a due date.
create table meeting_actions (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meetings (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  text text not null check (length(text) between 3 and 1000),
  owner_user_id uuid references users (id) on delete set null,
  owner_name text,
  due_on date,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  done_at timestamptz,
  note text not null default '',
  created_at timestamptz not null default now(),
  check (owner_user_id is not null or owner_name is not null)
);
create index meeting_actions_open on meeting_actions (municipality_id, status, due_on);

-- The walk-in log of a spreekuur: each visit is answered, or becomes a signal (and possibly a referral).
create table office_hour_visits (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  schedule_id uuid references office_hour_schedules (id) on delete set null,
  visited_on date not null,
  question text not null check (length(question) between 3 and 5000),
  themes text[] not null default '{}',
  outcome text not null check (outcome in ('answered', 'signal', 'referral')),
  answer text not null default '',
  signal_id uuid references signals (id) on delete set null,
  referral_id uuid references referrals (id) on delete set null,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create index office_hour_visits_area on office_hour_visits (municipality_id, area_id, visited_on desc);

-- Themes the connector or the wijkwethouder puts forward for the college's agenda.
create table college_agenda_items (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  theme text not null,
  title text not null check (length(title) between 3 and 200),
  note text not null check (length(note) between 3 and 2000),
  college_meeting_on date,
  status text not null default 'proposed' check (status in ('proposed', 'scheduled', 'discussed', 'withdrawn')),
  outcome text not null default '',
  signal_id uuid references signals (id) on delete set null,
  project_id uuid references projects (id) on delete set null,
  marked_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index college_agenda_items_meeting on college_agenda_items (municipality_id, college_meeting_on);

-- A personal calendar feed is fetched by calendar apps without a session: a secret link (hash stored).
create table calendar_feed_tokens (
  user_id uuid primary key references users (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  token_hash text not null unique,
  created_at timestamptz not null default now()
);

do $$
declare t text;
begin
  foreach t in array array['method_templates', 'college_terms', 'programmes', 'programme_goals', 'programme_steps', 'budgets',
                           'initiative_counters', 'initiatives', 'initiative_contacts', 'initiative_events', 'projects',
                           'project_milestones', 'office_hour_schedules', 'meetings', 'meeting_invitations', 'meeting_actions',
                           'office_hour_visits', 'college_agenda_items', 'calendar_feed_tokens'] loop
    execute format('alter table %I enable row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (municipality_id = current_municipality()) with check (municipality_id = current_municipality())',
      t
    );
  end loop;
end $$;

-- The initiator's tracking link is their only key: find the municipality of a token without a tenant.
create function initiative_by_tracking_token(p_hash text)
  returns table (id uuid, municipality_id text)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select i.id, i.municipality_id from initiatives i where i.tracking_token_hash = p_hash $$;

create function calendar_feed_owner(p_hash text)
  returns table (user_id uuid, municipality_id text)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select t.user_id, t.municipality_id from calendar_feed_tokens t join users u on u.id = t.user_id and u.is_active where t.token_hash = p_hash $$;

-- What one municipality publishes for others: the template alone, with the publisher's name; never data.
create function published_method_templates()
  returns table (id uuid, municipality_id text, municipality_name text, kind text, name text, description text,
                 content jsonb, published_at timestamptz)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select t.id, t.municipality_id, m.name, t.kind, t.name, t.description, t.content, t.published_at
    from method_templates t join municipalities m on m.id = t.municipality_id
    where t.is_published
    order by t.published_at desc
  $$;
