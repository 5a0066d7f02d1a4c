import type { AgendaSection, MeetingKind, MeetingUpdate } from '../../../shared/schemas/meeting.js';
import type { Db } from '../../platform/db/tenant.js';

export interface MeetingRow {
  id: string;
  area_id: string;
  area_name: string;
  kind: MeetingKind;
  title: string;
  starts_at: Date;
  ends_at: Date;
  location: string;
  status: 'planned' | 'held' | 'cancelled';
  is_public: boolean;
  participants: { name: string; organisation: string; userId: string | null }[];
  agenda: AgendaSection[];
  minutes: string;
  outcomes: string;
  public_summary: string;
  format_template_id: string | null;
  format_name: string | null;
  open_actions: number;
  created_by: string | null;
}

const MEETING_SELECT = `
  select m.id, m.area_id, a.name as area_name, m.kind, m.title, m.starts_at, m.ends_at, m.location, m.status, m.is_public,
    m.participants, m.agenda, m.minutes, m.outcomes, m.public_summary, m.format_template_id, t.name as format_name, m.created_by,
    (select count(*)::int from meeting_actions ma where ma.meeting_id = m.id and ma.municipality_id = m.municipality_id and ma.status = 'open') as open_actions
  from meetings m
  join areas a on a.id = m.area_id and a.municipality_id = m.municipality_id
  left join method_templates t on t.id = m.format_template_id and t.municipality_id = m.municipality_id`;

export async function listMeetingRows(db: Db, municipalityId: string, filter: { areaId?: string; kind?: MeetingKind; from?: string; to?: string; areaIds?: string[]; publicOnly?: boolean }): Promise<MeetingRow[]> {
  const { rows } = await db.query<MeetingRow>(
    `${MEETING_SELECT} where m.municipality_id = $1 and ($2::uuid is null or m.area_id = $2) and ($3::text is null or m.kind = $3)
       and ($4::date is null or m.starts_at >= ($4::date::timestamp at time zone 'Europe/Amsterdam'))
       and ($5::date is null or m.starts_at < (($5::date + 1)::timestamp at time zone 'Europe/Amsterdam'))
       and ($6::uuid[] is null or m.area_id = any($6)) and (not $7 or m.is_public)
     order by m.starts_at desc limit 1000`,
    [municipalityId, filter.areaId ?? null, filter.kind ?? null, filter.from ?? null, filter.to ?? null, filter.areaIds ?? null, filter.publicOnly ?? false],
  );
  return rows;
}

export async function findMeetingRow(db: Db, municipalityId: string, id: string): Promise<MeetingRow | undefined> {
  const { rows } = await db.query<MeetingRow>(`${MEETING_SELECT} where m.municipality_id = $1 and m.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function insertMeetingRow(
  db: Db,
  row: { municipalityId: string; areaId: string; kind: MeetingKind; title: string; startsAt: string; endsAt: string; location: string; isPublic: boolean; participants: unknown; agenda: unknown; formatTemplateId: string | null; createdBy: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into meetings (municipality_id, area_id, kind, title, starts_at, ends_at, location, is_public, participants, agenda, format_template_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
    [row.municipalityId, row.areaId, row.kind, row.title, row.startsAt, row.endsAt, row.location, row.isPublic, JSON.stringify(row.participants), JSON.stringify(row.agenda), row.formatTemplateId, row.createdBy],
  );
  return rows[0]?.id as string;
}

const MEETING_COLUMNS: Record<keyof MeetingUpdate, string> = {
  title: 'title',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  location: 'location',
  status: 'status',
  isPublic: 'is_public',
  participants: 'participants',
  agenda: 'agenda',
  minutes: 'minutes',
  outcomes: 'outcomes',
  publicSummary: 'public_summary',
};

export async function updateMeetingRow(db: Db, municipalityId: string, id: string, update: MeetingUpdate): Promise<void> {
  const entries = Object.entries(MEETING_COLUMNS).filter(([key]) => update[key as keyof MeetingUpdate] !== undefined);
  if (entries.length === 0) return;
  // Column names come from the fixed map above, never from the request.
  const sets = entries.map(([, column], i) => `${column} = $${i + 3}`).join(', ');
  const values = entries.map(([key]) => {
    const value = update[key as keyof MeetingUpdate];
    return key === 'participants' || key === 'agenda' ? JSON.stringify(value) : value;
  });
  await db.query(`update meetings set ${sets}, updated_at = now() where municipality_id = $1 and id = $2`, [municipalityId, id, ...values]);
}

export async function deleteMeetingRow(db: Db, municipalityId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from meetings where municipality_id = $1 and id = $2', [municipalityId, id]);
  return (rowCount ?? 0) > 0;
}

export interface ActionRow {
  id: string;
  meeting_id: string;
  meeting_title: string;
  meeting_kind: MeetingKind;
  area_id: string;
  area_name: string;
  text: string;
  owner_user_id: string | null;
  owner_user_name: string | null;
  owner_name: string | null;
  due_on: string | null;
  status: 'open' | 'done' | 'cancelled';
  done_at: Date | null;
  reminded_at: Date | null;
  note: string;
  created_at: Date;
}

const ACTION_SELECT = `
  select ma.id, ma.meeting_id, m.title as meeting_title, m.kind as meeting_kind, ma.area_id, a.name as area_name, ma.text,
    ma.owner_user_id, u.name as owner_user_name, ma.owner_name, ma.due_on::text, ma.status, ma.done_at, ma.reminded_at, ma.note, ma.created_at
  from meeting_actions ma
  join meetings m on m.id = ma.meeting_id and m.municipality_id = ma.municipality_id
  join areas a on a.id = ma.area_id and a.municipality_id = ma.municipality_id
  left join users u on u.id = ma.owner_user_id and u.municipality_id = ma.municipality_id`;

export async function listActionRows(db: Db, municipalityId: string, filter: { meetingId?: string; areaId?: string; ownerId?: string; status?: string }): Promise<ActionRow[]> {
  const { rows } = await db.query<ActionRow>(
    `${ACTION_SELECT} where ma.municipality_id = $1 and ($2::uuid is null or ma.meeting_id = $2) and ($3::uuid is null or ma.area_id = $3)
       and ($4::uuid is null or ma.owner_user_id = $4) and ($5::text is null or ma.status = $5)
     order by ma.status = 'open' desc, ma.due_on nulls last, ma.created_at`,
    [municipalityId, filter.meetingId ?? null, filter.areaId ?? null, filter.ownerId ?? null, filter.status ?? null],
  );
  return rows;
}

export async function findActionRow(db: Db, municipalityId: string, id: string): Promise<ActionRow | undefined> {
  const { rows } = await db.query<ActionRow>(`${ACTION_SELECT} where ma.municipality_id = $1 and ma.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function insertActionRow(db: Db, row: { municipalityId: string; meetingId: string; areaId: string; text: string; ownerUserId: string | null; ownerName: string | null; dueOn: string | null }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into meeting_actions (municipality_id, meeting_id, area_id, text, owner_user_id, owner_name, due_on) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [row.municipalityId, row.meetingId, row.areaId, row.text, row.ownerUserId, row.ownerName, row.dueOn],
  );
  return rows[0]?.id as string;
}

export async function updateActionRow(db: Db, municipalityId: string, id: string, change: { status?: string; note?: string; dueOn?: string | null; ownerUserId?: string | null; ownerName?: string | null }): Promise<void> {
  await db.query(
    `update meeting_actions set
       status = coalesce($3, status),
       done_at = case when $3 = 'done' then coalesce(done_at, now()) when $3 is null then done_at else null end,
       note = coalesce($4, note),
       due_on = case when $5 then $6::date else due_on end,
       -- A new due date may be missed again: it gets its own reminder (action-reminders.ts).
       reminded_at = case when $5 and $6::date is distinct from due_on then null else reminded_at end,
       owner_user_id = case when $7 then $8::uuid else owner_user_id end,
       owner_name = case when $9 then $10 else owner_name end
     where municipality_id = $1 and id = $2`,
    [municipalityId, id, change.status ?? null, change.note ?? null, change.dueOn !== undefined, change.dueOn ?? null, change.ownerUserId !== undefined, change.ownerUserId ?? null, change.ownerName !== undefined, change.ownerName ?? null],
  );
}

export async function listInvitationRows(db: Db, municipalityId: string, meetingId: string) {
  const { rows } = await db.query<{ id: string; user_id: string; name: string; department: string | null; theme: string; note: string }>(
    `select i.id, i.user_id, u.name, u.department, i.theme, i.note from meeting_invitations i
     join users u on u.id = i.user_id and u.municipality_id = i.municipality_id
     where i.municipality_id = $1 and i.meeting_id = $2 order by i.theme, u.name`,
    [municipalityId, meetingId],
  );
  return rows;
}

export async function insertInvitationRow(db: Db, row: { municipalityId: string; meetingId: string; userId: string; theme: string; note: string }): Promise<void> {
  await db.query(
    `insert into meeting_invitations (municipality_id, meeting_id, user_id, theme, note) values ($1, $2, $3, $4, $5)
     on conflict (meeting_id, user_id, theme) do update set note = excluded.note`,
    [row.municipalityId, row.meetingId, row.userId, row.theme, row.note],
  );
}

export async function deleteInvitationRow(db: Db, municipalityId: string, meetingId: string, invitationId: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from meeting_invitations where municipality_id = $1 and meeting_id = $2 and id = $3', [municipalityId, meetingId, invitationId]);
  return (rowCount ?? 0) > 0;
}

/** Active colleagues whose expertise matches one of `domains` (lower case). */
export async function listExpertsRows(db: Db, municipalityId: string, domains: string[]) {
  const { rows } = await db.query<{ id: string; name: string; department: string | null; expertise: string[] }>(
    `select u.id, u.name, u.department, u.expertise from users u
     where u.municipality_id = $1 and u.is_active and exists (select 1 from unnest(u.expertise) e where lower(e) = any($2::text[]))
     order by u.name`,
    [municipalityId, domains],
  );
  return rows;
}

/** Per area: the last held and the next planned leefbaarheidsgesprek. */
export async function listConversationDates(db: Db, municipalityId: string) {
  const { rows } = await db.query<{ area_id: string; area_name: string; last_held: Date | null; next_planned: Date | null }>(
    `select a.id as area_id, a.name as area_name,
       (select max(m.starts_at) from meetings m where m.municipality_id = a.municipality_id and m.area_id = a.id and m.kind = 'leefbaarheidsgesprek' and m.status = 'held') as last_held,
       (select min(m.starts_at) from meetings m where m.municipality_id = a.municipality_id and m.area_id = a.id and m.kind = 'leefbaarheidsgesprek' and m.status = 'planned' and m.starts_at >= now()) as next_planned
     from areas a where a.municipality_id = $1 order by a.name`,
    [municipalityId],
  );
  return rows;
}

export async function heldConversationAreaIds(db: Db, municipalityId: string, year: number): Promise<Set<string>> {
  const { rows } = await db.query<{ area_id: string }>(
    `select distinct area_id from meetings where municipality_id = $1 and kind = 'leefbaarheidsgesprek' and status = 'held'
       and extract(year from starts_at at time zone 'Europe/Amsterdam') = $2`,
    [municipalityId, year],
  );
  return new Set(rows.map((row) => row.area_id));
}

export async function areaName(db: Db, municipalityId: string, areaId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ name: string }>('select name from areas where municipality_id = $1 and id = $2', [municipalityId, areaId]);
  return rows[0]?.name;
}

export async function activeUserIds(db: Db, municipalityId: string, ids: string[]): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>('select id from users where municipality_id = $1 and id = any($2::uuid[]) and is_active', [municipalityId, ids]);
  return new Set(rows.map((row) => row.id));
}

/** Open actions past their due date that were not reminded yet, in every municipality (the owner pool's job). */
export async function findActionsToRemind(db: { query: Db['query'] }, today: string, staffRoles: readonly string[]) {
  const { rows } = await db.query<{
    id: string;
    municipality_id: string;
    meeting_id: string;
    area_id: string;
    text: string;
    due_on: string;
    owner_name: string | null;
    owner_user_name: string | null;
    /** Only for an active colleague: an outside owner or a partner has none here. */
    owner_email: string | null;
    meeting_title: string;
    area_name: string;
  }>(
    `select a.id, a.municipality_id, a.meeting_id, a.area_id, a.text, a.due_on::text as due_on, a.owner_name,
              o.name as owner_user_name, case when o.is_active and o.roles && $2::text[] then o.email end as owner_email,
              m.title as meeting_title, ar.name as area_name
       from meeting_actions a
       join meetings m on m.id = a.meeting_id and m.municipality_id = a.municipality_id
       join areas ar on ar.id = a.area_id and ar.municipality_id = a.municipality_id
       left join users o on o.id = a.owner_user_id and o.municipality_id = a.municipality_id
       where a.status = 'open' and a.reminded_at is null and a.due_on < $1::date
       order by a.municipality_id, a.due_on, a.id`,
    [today, staffRoles],
  );
  return rows;
}

/** The area's active connectors, to mail. */
export async function listAreaConnectorContacts(db: Db, municipalityId: string, areaId: string) {
  const { rows } = await db.query<{ name: string; email: string }>(
    `select u.name, u.email from area_people ap join users u on u.id = ap.user_id and u.municipality_id = ap.municipality_id
     where ap.municipality_id = $1 and ap.area_id = $2 and ap.role = 'connector' and u.is_active order by u.name`,
    [municipalityId, areaId],
  );
  return rows;
}

export async function markActionReminded(db: Db, municipalityId: string, id: string): Promise<void> {
  await db.query('update meeting_actions set reminded_at = now() where municipality_id = $1 and id = $2', [municipalityId, id]);
}
