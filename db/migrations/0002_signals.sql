-- Signals: intake from every channel, triage, assessment, referrals to specialists, status history,
-- messages to the resident, and the mail outbox. Resident personal data lives in its own table
-- (signal_reporters) so access to it can be limited, logged and erased after the retention period.

create extension if not exists pg_trgm;

alter table municipalities
  add column frameworks text[] not null
    default array['structuurvisie', 'wijkontwikkelingsprogramma', 'veiligheidsbeleid', 'onderhoudsplannen'],
  add column open311 jsonb,
  add column retention_months int not null default 24 check (retention_months between 1 and 120);

-- Which areas a specialist covers; none means the whole municipality.
create table specialist_areas (
  user_id uuid not null references users (id) on delete cascade,
  area_id uuid not null references areas (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  primary key (user_id, area_id)
);

create table signal_counters (
  municipality_id text not null references municipalities (id) on delete cascade,
  year int not null,
  last_number int not null default 0,
  primary key (municipality_id, year)
);

create table signals (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  reference text not null,
  text text not null check (length(text) between 3 and 5000),
  channel text not null check (channel in ('website', 'partner', 'spreekuur', 'gesprek', 'telefoon', 'email', 'overig')),
  received_on date not null default current_date,
  entered_by uuid references users (id) on delete set null,
  on_behalf_of text,
  area_id uuid references areas (id) on delete set null,
  neighbourhood_code text,
  lat double precision check (lat between -90 and 90),
  lon double precision check (lon between -180 and 180),
  kind text not null check (kind in ('daily_report', 'individual_question', 'area_issue')),
  triage jsonb not null,
  kind_confirmed_by uuid references users (id) on delete set null,
  themes text[] not null default '{}',
  status text not null default 'new'
    check (status in ('new', 'assessed', 'in_progress', 'result_agreed', 'monitoring', 'closed')),
  closing_state text check (closing_state in
    ('resolved', 'referred_to_department', 'handed_to_regular_channel', 'not_municipal_task', 'not_resolved', 'duplicate')),
  closing_reason text,
  priority text check (priority in ('low', 'normal', 'high', 'urgent')),
  priority_reason text,
  content_assessment text,
  relevance text,
  frameworks text[] not null default '{}',
  approach text,
  expected_result text,
  result text,
  duplicate_of uuid references signals (id) on delete set null,
  tracking_token_hash text not null unique,
  handoff jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_at timestamptz,
  unique (municipality_id, reference),
  check ((status = 'closed') = (closing_state is not null))
);
create index signals_inbox on signals (municipality_id, status, created_at desc);
create index signals_recent on signals (municipality_id, created_at desc);
create index signals_received on signals (municipality_id, received_on);
-- What connectors look at most: the open signals of an area, newest first (the closed majority is skipped).
create index signals_open_area on signals (municipality_id, area_id, created_at desc) where status <> 'closed';
-- The connector's decisions that triage learns from (a few hundred newest per municipality).
create index signals_learned on signals (municipality_id, updated_at desc) where kind_confirmed_by is not null;
create index signals_area on signals (municipality_id, area_id, created_at desc);
create index signals_text_search on signals using gin (to_tsvector('dutch', text));
create index signals_text_trigram on signals using gin (text gin_trgm_ops);

create table signal_photos (
  id uuid primary key default gen_random_uuid(),
  signal_id uuid not null references signals (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
  bytes bytea not null,
  created_at timestamptz not null default now()
);

-- Personal data of residents: only with consent, only for who needs it, erased after retention.
create table signal_reporters (
  id uuid primary key default gen_random_uuid(),
  signal_id uuid not null references signals (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  name text,
  email text,
  phone text,
  consent_at timestamptz not null,
  created_at timestamptz not null default now(),
  erased_at timestamptz
);
create index signal_reporters_signal on signal_reporters (signal_id);

create table signal_events (
  id bigint generated always as identity primary key,
  signal_id uuid not null references signals (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  at timestamptz not null default now(),
  actor_id uuid references users (id) on delete set null,
  type text not null,
  from_status text,
  to_status text,
  note text,
  public_message text,
  details jsonb not null default '{}'::jsonb
);
create index signal_events_signal on signal_events (signal_id, at);

create table referrals (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  signal_id uuid not null references signals (id) on delete cascade,
  specialist_id uuid not null references users (id),
  created_by uuid references users (id) on delete set null,
  question text not null check (length(question) between 3 and 5000),
  due_on date not null,
  status text not null default 'open' check (status in ('open', 'seen', 'answered', 'closed', 'cancelled')),
  created_at timestamptz not null default now(),
  seen_at timestamptz,
  answered_at timestamptz,
  answer text,
  follow_up text,
  reminded_at timestamptz,
  escalated_at timestamptz
);
create index referrals_specialist on referrals (municipality_id, specialist_id, status);
create index referrals_signal on referrals (signal_id);
create index referrals_due on referrals (due_on) where status in ('open', 'seen');

-- Transactional outbox: a mail is a row written in the same transaction as the change it reports;
-- a worker sends it afterwards. A crash before sending loses nothing; `sent_at` keeps it from going twice.
create table mail_outbox (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  recipient text not null,
  subject text not null,
  body_text text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  attempts int not null default 0,
  locked_until timestamptz,
  last_error text
);
create index mail_outbox_pending on mail_outbox (created_at) where sent_at is null;

create table message_templates (
  municipality_id text not null references municipalities (id) on delete cascade,
  key text not null check (key ~ '^[a-z0-9_]{2,40}$'),
  title text not null,
  body text not null check (length(body) between 1 and 5000),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, key)
);

-- A broader approach proposed for a problem that keeps coming back (a cluster of signals).
create table approaches (
  id uuid primary key default gen_random_uuid(),
  municipality_id text not null references municipalities (id) on delete cascade,
  area_id uuid references areas (id) on delete set null,
  title text not null check (length(title) between 3 and 200),
  proposal text not null check (length(proposal) between 3 and 10000),
  status text not null default 'proposed' check (status in ('proposed', 'agreed', 'rejected', 'done')),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now()
);
create table approach_signals (
  approach_id uuid not null references approaches (id) on delete cascade,
  signal_id uuid not null references signals (id) on delete cascade,
  municipality_id text not null references municipalities (id) on delete cascade,
  primary key (approach_id, signal_id)
);

do $$
declare t text;
begin
  foreach t in array array['approaches', 'approach_signals', 'specialist_areas', 'signal_counters', 'signals', 'signal_photos', 'signal_reporters',
                           'signal_events', 'referrals', 'mail_outbox', 'message_templates'] loop
    execute format('alter table %I enable row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (municipality_id = current_municipality()) with check (municipality_id = current_municipality())',
      t
    );
  end loop;
end $$;

-- The resident's tracking link is the only key they have: find the municipality of a token without a tenant.
create function signal_by_tracking_token(p_hash text)
  returns table (id uuid, municipality_id text)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select s.id, s.municipality_id from signals s where s.tracking_token_hash = p_hash $$;
