import type { MovedCounts } from '../../../shared/schemas/activity.js';
import type { Db } from '../../platform/db/tenant.js';

export async function findAreaName(db: Db, municipalityId: string, areaId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ name: string }>('select name from areas where municipality_id = $1 and id = $2', [municipalityId, areaId]);
  return rows[0]?.name;
}

export async function findConnectorHours(db: Db, municipalityId: string, areaId: string, userId: string) {
  const { rows } = await db.query<{ hours_per_week: number | null }>(
    `select hours_per_week from area_people where municipality_id = $1 and area_id = $2 and user_id = $3 and role = 'connector'`,
    [municipalityId, areaId, userId],
  );
  return rows[0] ? { hoursPerWeek: rows[0].hours_per_week === null ? null : Number(rows[0].hours_per_week) } : undefined;
}

export async function findActiveConnector(db: Db, municipalityId: string, userId: string) {
  const { rows } = await db.query<{ name: string }>(
    `select name from users where municipality_id = $1 and id = $2 and is_active and 'connector' = any(roles)`,
    [municipalityId, userId],
  );
  return rows[0];
}

/** The successor takes the predecessor's place as the area's connector (the public card follows). */
export async function replaceConnector(db: Db, municipalityId: string, areaId: string, fromId: string, toId: string, hours: number | null): Promise<void> {
  await db.query(`delete from area_people where municipality_id = $1 and area_id = $2 and user_id = $3 and role = 'connector'`, [
    municipalityId,
    areaId,
    fromId,
  ]);
  await db.query(
    `insert into area_people (area_id, user_id, municipality_id, role, hours_per_week) values ($1, $2, $3, 'connector', $4)
     on conflict (area_id, user_id, role) do update set hours_per_week = coalesce(excluded.hours_per_week, area_people.hours_per_week)`,
    [areaId, toId, municipalityId, hours],
  );
}

/** Moves everything of the predecessor that belongs to this area; returns what moved. */
export async function movePortfolio(
  db: Db,
  options: { municipalityId: string; areaId: string; fromId: string; toId: string; actorId: string; fromName: string; toName: string },
): Promise<MovedCounts> {
  const { municipalityId, areaId, fromId, toId } = options;
  // Referrals the predecessor asked that still need them: the answer and reminders now go to the successor.
  const referrals = await db.query(
    `update referrals f set created_by = $4
     from signals s
     where f.municipality_id = $1 and s.municipality_id = $1 and s.id = f.signal_id and s.area_id = $2
       and f.created_by = $3 and f.status in ('open', 'seen', 'answered')`,
    [municipalityId, areaId, fromId, toId],
  );
  // Open signals belong to the area, so to its connector; the handover is written into their history.
  const signals = await db.query(
    `insert into signal_events (signal_id, municipality_id, actor_id, type, note, details)
     select s.id, s.municipality_id, $3, 'handover', $4, $5::jsonb
     from signals s where s.municipality_id = $1 and s.area_id = $2 and s.status <> 'closed'`,
    [
      municipalityId,
      areaId,
      options.actorId,
      `Overgedragen van ${options.fromName} aan ${options.toName}.`,
      JSON.stringify({ fromUserId: fromId, toUserId: toId }),
    ],
  );
  const organisations = await db.query(
    `update organisations o set relation_holder_id = $4, updated_at = now()
     where o.municipality_id = $1 and o.relation_holder_id = $3
       and exists (select 1 from organisation_areas oa where oa.organisation_id = o.id and oa.area_id = $2)`,
    [municipalityId, areaId, fromId, toId],
  );
  // Contacts of the area: of its organisations, or met in the area's activities.
  const contacts = await db.query(
    `update contacts c set relation_holder_id = $4, updated_at = now()
     where c.municipality_id = $1 and c.relation_holder_id = $3
       and (exists (select 1 from organisation_areas oa where oa.organisation_id = c.organisation_id and oa.area_id = $2)
            or exists (select 1 from activity_contacts ac join activities a on a.id = ac.activity_id
                       where ac.contact_id = c.id and a.area_id = $2))`,
    [municipalityId, areaId, fromId, toId],
  );
  const activities = await db.query<{ n: number }>('select count(*)::int as n from activities where municipality_id = $1 and area_id = $2', [
    municipalityId,
    areaId,
  ]);
  return {
    openSignals: signals.rowCount ?? 0,
    referrals: referrals.rowCount ?? 0,
    organisations: organisations.rowCount ?? 0,
    contacts: contacts.rowCount ?? 0,
    activities: activities.rows[0]?.n ?? 0,
  };
}

export async function insertHandover(
  db: Db,
  record: { municipalityId: string; areaId: string; fromId: string; toId: string; note: string; moved: MovedCounts; actorId: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into area_handovers (municipality_id, area_id, from_user_id, to_user_id, note, moved, created_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [record.municipalityId, record.areaId, record.fromId, record.toId, record.note, JSON.stringify(record.moved), record.actorId],
  );
  return rows[0]?.id as string;
}

export async function listHandoverRows(db: Db, municipalityId: string, areaId: string) {
  const { rows } = await db.query<{
    id: string;
    created_at: Date;
    from_id: string | null;
    from_name: string | null;
    to_id: string | null;
    to_name: string | null;
    by_name: string | null;
    note: string;
    moved: MovedCounts;
  }>(
    `select h.id, h.created_at, h.from_user_id as from_id, f.name as from_name, h.to_user_id as to_id, t.name as to_name,
       b.name as by_name, h.note, h.moved
     from area_handovers h
     left join users f on f.id = h.from_user_id
     left join users t on t.id = h.to_user_id
     left join users b on b.id = h.created_by
     where h.municipality_id = $1 and h.area_id = $2 order by h.created_at desc`,
    [municipalityId, areaId],
  );
  return rows;
}

/** The open work of an area: what a (new) connector must pick up. */
export async function findOpenWork(db: Db, municipalityId: string, areaId: string) {
  const connectors = await db.query<{ id: string; name: string; hours_per_week: number | null }>(
    `select u.id, u.name, ap.hours_per_week from area_people ap join users u on u.id = ap.user_id
     where ap.municipality_id = $1 and ap.area_id = $2 and ap.role = 'connector' order by u.name`,
    [municipalityId, areaId],
  );
  const signals = await db.query<{ id: string; reference: string; text: string; status: string; received_on: string; is_overdue: boolean }>(
    `select s.id, s.reference, s.text, s.status, s.received_on,
       exists (select 1 from referrals f where f.signal_id = s.id and f.status in ('open', 'seen') and f.due_on < current_date) as is_overdue
     from signals s where s.municipality_id = $1 and s.area_id = $2 and s.status <> 'closed'
     order by s.created_at`,
    [municipalityId, areaId],
  );
  const referrals = await db.query<{
    id: string;
    signal_reference: string;
    question: string;
    specialist: string;
    department: string | null;
    requested_by: string | null;
    status: string;
    due_on: string;
    is_overdue: boolean;
  }>(
    `select f.id, s.reference as signal_reference, f.question, sp.name as specialist, sp.department, cb.name as requested_by, f.status, f.due_on,
       (f.status in ('open', 'seen') and f.due_on < current_date) as is_overdue
     from referrals f join signals s on s.id = f.signal_id
     join users sp on sp.id = f.specialist_id left join users cb on cb.id = f.created_by
     where f.municipality_id = $1 and s.area_id = $2 and f.status in ('open', 'seen', 'answered')
     order by f.due_on`,
    [municipalityId, areaId],
  );
  const organisations = await db.query<{ id: string; name: string; type: string; relation_holder: string | null }>(
    `select o.id, o.name, o.type, u.name as relation_holder from organisations o
     join organisation_areas oa on oa.organisation_id = o.id and oa.area_id = $2
     left join users u on u.id = o.relation_holder_id
     where o.municipality_id = $1 order by o.name`,
    [municipalityId, areaId],
  );
  const contacts = await db.query<{ n: number }>(
    `select count(*)::int as n from contacts c where c.municipality_id = $1
       and exists (select 1 from organisation_areas oa where oa.organisation_id = c.organisation_id and oa.area_id = $2)`,
    [municipalityId, areaId],
  );
  const activities = await db.query<{ n: number; minutes: number; last_on: string | null }>(
    `select count(*)::int as n, coalesce(sum(minutes), 0)::int as minutes, max(occurred_on)::text as last_on
     from activities where municipality_id = $1 and area_id = $2`,
    [municipalityId, areaId],
  );
  return {
    connectors: connectors.rows,
    signals: signals.rows,
    referrals: referrals.rows,
    organisations: organisations.rows,
    contactCount: contacts.rows[0]?.n ?? 0,
    activities: activities.rows[0] ?? { n: 0, minutes: 0, last_on: null },
  };
}
