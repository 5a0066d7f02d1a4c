-- A version number per municipality for the data the activity dashboards read (role fulfilment and hours:
-- activities, connector_hours, area_people, and the names of users and areas). Every write to those tables
-- bumps the version of each municipality it touched, in the same transaction, so a server may keep a
-- dashboard answer for as long as the version it was computed at is still the current one (the answer
-- cache in modules/activities/dashboard-cache.ts). The version lives here, not in a process, so every
-- server process sees every write.

-- No foreign key on purpose: the row outlives its municipality, so a municipality deleted and created again
-- with the same code continues counting and never meets an answer cached under an old number.
create table dashboard_versions (
  municipality_id text primary key check (municipality_id ~ '^GM[0-9]{4}$'),
  version bigint not null default 1
);

alter table dashboard_versions enable row level security;
alter table dashboard_versions force row level security;
create policy tenant_isolation on dashboard_versions
  using (municipality_id = current_municipality()) with check (municipality_id = current_municipality());
-- Forced, so the owner is bound as well and needs a policy of its own: the bump runs as the owner, and an
-- owner's write (an import, the demo data, a bulk insert) has no municipality set, or touches several.
do $$
begin
  execute format('create policy owner_bumps on dashboard_versions to %I using (true) with check (true)', current_user);
end $$;

-- Only the bump writes versions. The app role gets insert/update/delete on every table at each start
-- (platform/db/migrate.ts), so a revoke here would not last: this check refuses anyone but the owner (the
-- bump function runs as the owner), before any row is looked at.
create function refuse_dashboard_version_writes() returns trigger
  language plpgsql as $$
  begin
    if current_user <> (select pg_get_userbyid(c.relowner) from pg_class c where c.oid = tg_relid) then
      raise exception 'permission denied for table %', tg_table_name using errcode = 'insufficient_privilege';
    end if;
    return null;
  end $$;
create trigger dashboard_versions_owner_only
  before insert or update or delete or truncate on dashboard_versions
  for each statement execute function refuse_dashboard_version_writes();

-- The municipalities of the changed rows, once each and in order (two bulk writes never wait on each other's
-- version rows in opposite orders).
create function bump_dashboard_versions() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
  begin
    if tg_op = 'INSERT' then
      insert into dashboard_versions as v (municipality_id)
        select distinct municipality_id from new_rows order by 1
        on conflict (municipality_id) do update set version = v.version + 1;
    elsif tg_op = 'UPDATE' then
      insert into dashboard_versions as v (municipality_id)
        select municipality_id from old_rows union select municipality_id from new_rows order by 1
        on conflict (municipality_id) do update set version = v.version + 1;
    else
      insert into dashboard_versions as v (municipality_id)
        select distinct municipality_id from old_rows order by 1
        on conflict (municipality_id) do update set version = v.version + 1;
    end if;
    return null;
  end $$;

-- Users and areas change often in ways no dashboard shows (a login sets last_login_at): an update bumps only
-- where the name (or the municipality) changed. Transition tables cannot go with a column list (UPDATE OF).
create function bump_dashboard_versions_on_rename() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
  begin
    insert into dashboard_versions as v (municipality_id)
      select o.municipality_id from old_rows o join new_rows n on n.id = o.id
        where n.name is distinct from o.name or n.municipality_id <> o.municipality_id
      union
      select n.municipality_id from old_rows o join new_rows n on n.id = o.id
        where n.name is distinct from o.name or n.municipality_id <> o.municipality_id
      order by 1
      on conflict (municipality_id) do update set version = v.version + 1;
    return null;
  end $$;

-- TRUNCATE has no transition table: every municipality's dashboards may have changed.
create function bump_all_dashboard_versions() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
  begin
    insert into dashboard_versions as v (municipality_id)
      select id from municipalities order by 1
      on conflict (municipality_id) do update set version = v.version + 1;
    return null;
  end $$;

do $$
declare
  t text;
begin
  -- Every change to these rows can change a dashboard figure.
  foreach t in array array['activities', 'connector_hours', 'area_people'] loop
    execute format('create trigger %I after insert on %I referencing new table as new_rows
                    for each statement execute function bump_dashboard_versions()', t || '_dashboard_insert', t);
    execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows
                    for each statement execute function bump_dashboard_versions()', t || '_dashboard_update', t);
    execute format('create trigger %I after delete on %I referencing old table as old_rows
                    for each statement execute function bump_dashboard_versions()', t || '_dashboard_delete', t);
    execute format('create trigger %I after truncate on %I
                    for each statement execute function bump_all_dashboard_versions()', t || '_dashboard_truncate', t);
  end loop;
  -- The dashboards show these by name only.
  foreach t in array array['users', 'areas'] loop
    execute format('create trigger %I after insert on %I referencing new table as new_rows
                    for each statement execute function bump_dashboard_versions()', t || '_dashboard_insert', t);
    execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows
                    for each statement execute function bump_dashboard_versions_on_rename()', t || '_dashboard_update', t);
    execute format('create trigger %I after delete on %I referencing old table as old_rows
                    for each statement execute function bump_dashboard_versions()', t || '_dashboard_delete', t);
    execute format('create trigger %I after truncate on %I
                    for each statement execute function bump_all_dashboard_versions()', t || '_dashboard_truncate', t);
  end loop;
end $$;
