import type { ActivityInput, ActivityListQuery, ActivityRole, ActivityUpdate } from '../../../shared/schemas/activity.js';
import type { Db } from '../../platform/db/tenant.js';

export interface ActivityRow {
  id: string;
  user_id: string;
  user_name: string;
  area_id: string | null;
  area_name: string | null;
  kind: ActivityInput['kind'];
  occurred_on: string;
  minutes: number;
  role: ActivityRole;
  suggested_role: ActivityRole | null;
  participants: string;
  note: string;
  signal_id: string | null;
  signal_reference: string | null;
  organisations: { id: string; name: string }[];
  contacts: { id: string; name: string }[];
  created_at: Date;
}

const SELECT = `
  select a.id, a.user_id, u.name as user_name, a.area_id, ar.name as area_name, a.kind, a.occurred_on, a.minutes, a.role,
    a.suggested_role, a.participants, a.note, a.signal_id, s.reference as signal_reference, a.created_at,
    coalesce((select jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name) order by o.name)
              from activity_organisations ao join organisations o on o.id = ao.organisation_id
              where ao.activity_id = a.id and ao.municipality_id = a.municipality_id), '[]'::jsonb) as organisations,
    coalesce((select jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name) order by c.name)
              from activity_contacts ac join contacts c on c.id = ac.contact_id
              where ac.activity_id = a.id and ac.municipality_id = a.municipality_id), '[]'::jsonb) as contacts
  from activities a
  join users u on u.id = a.user_id
  left join areas ar on ar.id = a.area_id
  left join signals s on s.id = a.signal_id`;

export async function insertActivity(
  db: Db,
  municipalityId: string,
  userId: string,
  input: ActivityInput & { suggestedRole: ActivityRole },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into activities (municipality_id, user_id, area_id, kind, occurred_on, minutes, role, suggested_role, participants, note, signal_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [
      municipalityId, userId, input.areaId, input.kind, input.occurredOn, input.minutes, input.role, input.suggestedRole,
      input.participants, input.note, input.signalId,
    ],
  );
  return rows[0]?.id as string;
}

const COLUMNS: Record<string, string> = {
  areaId: 'area_id',
  kind: 'kind',
  occurredOn: 'occurred_on',
  minutes: 'minutes',
  role: 'role',
  suggestedRole: 'suggested_role',
  participants: 'participants',
  note: 'note',
  signalId: 'signal_id',
};

export async function updateActivity(
  db: Db,
  municipalityId: string,
  id: string,
  update: Omit<ActivityUpdate, 'organisationIds' | 'contactIds'> & { suggestedRole?: ActivityRole },
): Promise<void> {
  const entries = Object.entries(update).filter(([key, value]) => key in COLUMNS && value !== undefined);
  if (entries.length === 0) return;
  const sets = entries.map(([key], i) => `${COLUMNS[key]} = $${i + 3}`);
  await db.query(`update activities set ${sets.join(', ')}, updated_at = now() where municipality_id = $1 and id = $2`, [
    municipalityId,
    id,
    ...entries.map(([, value]) => value),
  ]);
}

export async function replaceActivityLinks(
  db: Db,
  municipalityId: string,
  activityId: string,
  links: { organisationIds?: string[]; contactIds?: string[] },
): Promise<void> {
  if (links.organisationIds) {
    await db.query('delete from activity_organisations where municipality_id = $1 and activity_id = $2', [municipalityId, activityId]);
    await db.query(
      `insert into activity_organisations (activity_id, organisation_id, municipality_id) select $2, unnest($3::uuid[]), $1`,
      [municipalityId, activityId, links.organisationIds],
    );
  }
  if (links.contactIds) {
    await db.query('delete from activity_contacts where municipality_id = $1 and activity_id = $2', [municipalityId, activityId]);
    await db.query(`insert into activity_contacts (activity_id, contact_id, municipality_id) select $2, unnest($3::uuid[]), $1`, [
      municipalityId,
      activityId,
      links.contactIds,
    ]);
  }
}

export async function deleteActivity(db: Db, municipalityId: string, id: string): Promise<void> {
  await db.query('delete from activities where municipality_id = $1 and id = $2', [municipalityId, id]);
}

export async function findActivityRow(db: Db, municipalityId: string, id: string): Promise<ActivityRow | undefined> {
  const { rows } = await db.query<ActivityRow>(`${SELECT} where a.municipality_id = $1 and a.id = $2`, [municipalityId, id]);
  return rows[0];
}

/** The log, newest first, with every filter combined. */
export async function listActivityRows(
  db: Db,
  municipalityId: string,
  query: Omit<ActivityListQuery, 'mine'>,
): Promise<{ rows: ActivityRow[]; total: number }> {
  const where = ['a.municipality_id = $1'];
  const params: unknown[] = [municipalityId];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (query.from) add('a.occurred_on >= ?::date', query.from);
  if (query.to) add('a.occurred_on <= ?::date', query.to);
  if (query.userId) add('a.user_id = ?', query.userId);
  if (query.areaId) add('a.area_id = ?', query.areaId);
  if (query.role) add('a.role = ?', query.role);
  if (query.kind) add('a.kind = ?', query.kind);
  if (query.signalId) add('a.signal_id = ?', query.signalId);
  if (query.organisationId) {
    add(
      `(exists (select 1 from activity_organisations ao where ao.activity_id = a.id and ao.organisation_id = ?)
        or exists (select 1 from activity_contacts ac join contacts c on c.id = ac.contact_id where ac.activity_id = a.id and c.organisation_id = ?))`,
      query.organisationId,
    );
  }
  if (query.contactId) add('exists (select 1 from activity_contacts ac where ac.activity_id = a.id and ac.contact_id = ?)', query.contactId);
  const { rows } = await db.query<ActivityRow & { total: number }>(
    `${SELECT.replace('select a.id,', 'select count(*) over ()::int as total, a.id,')} where ${where.join(' and ')}
     order by a.occurred_on desc, a.created_at desc limit ${query.limit} offset ${query.offset}`,
    params,
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

/** How many of `ids` exist in `table` of this municipality (for checking links before writing them). */
export async function countExisting(db: Db, municipalityId: string, table: 'areas' | 'organisations' | 'contacts' | 'signals', ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${table} where municipality_id = $1 and id = any($2::uuid[])`, [
    municipalityId,
    ids,
  ]);
  return rows[0]?.n ?? 0;
}

export async function findSignalKind(db: Db, municipalityId: string, signalId: string) {
  const { rows } = await db.query<{ kind: 'daily_report' | 'individual_question' | 'area_issue'; area_id: string | null }>(
    'select kind, area_id from signals where municipality_id = $1 and id = $2',
    [municipalityId, signalId],
  );
  return rows[0];
}
