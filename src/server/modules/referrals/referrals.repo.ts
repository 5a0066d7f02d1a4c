import type { Db } from '../../platform/db/tenant.js';

export interface ReferralRow {
  id: string;
  municipality_id: string;
  signal_id: string;
  signal_reference: string;
  signal_text: string;
  area_name: string | null;
  specialist_id: string;
  specialist_name: string;
  specialist_email: string;
  specialist_department: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_by_email: string | null;
  question: string;
  due_on: string;
  status: 'open' | 'seen' | 'answered' | 'closed' | 'cancelled';
  created_at: Date;
  seen_at: Date | null;
  answered_at: Date | null;
  answer: string | null;
  follow_up: string | null;
  is_overdue: boolean;
}

const SELECT = `
  select f.*, s.reference as signal_reference, s.text as signal_text, a.name as area_name,
    sp.name as specialist_name, sp.email as specialist_email, sp.department as specialist_department,
    cb.name as created_by_name, cb.email as created_by_email,
    (f.status in ('open', 'seen') and f.due_on < current_date) as is_overdue
  from referrals f
  join signals s on s.id = f.signal_id
  left join areas a on a.id = s.area_id
  join users sp on sp.id = f.specialist_id
  left join users cb on cb.id = f.created_by`;

export async function insertReferral(
  db: Db,
  r: { municipalityId: string; signalId: string; specialistId: string; createdBy: string; question: string; dueOn: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into referrals (municipality_id, signal_id, specialist_id, created_by, question, due_on)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [r.municipalityId, r.signalId, r.specialistId, r.createdBy, r.question, r.dueOn],
  );
  return rows[0]?.id as string;
}

export async function findReferralRow(db: Db, municipalityId: string, id: string): Promise<ReferralRow | undefined> {
  const { rows } = await db.query<ReferralRow>(`${SELECT} where f.municipality_id = $1 and f.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function listReferralsOfSignal(db: Db, municipalityId: string, signalId: string): Promise<ReferralRow[]> {
  const { rows } = await db.query<ReferralRow>(`${SELECT} where f.municipality_id = $1 and f.signal_id = $2 order by f.created_at`, [
    municipalityId,
    signalId,
  ]);
  return rows;
}

export async function listReferralsOfSpecialist(db: Db, municipalityId: string, specialistId: string, openOnly: boolean): Promise<ReferralRow[]> {
  const { rows } = await db.query<ReferralRow>(
    `${SELECT} where f.municipality_id = $1 and f.specialist_id = $2 ${openOnly ? `and f.status in ('open', 'seen')` : ''}
     order by (f.status in ('open', 'seen')) desc, f.due_on, f.created_at`,
    [municipalityId, specialistId],
  );
  return rows;
}

export async function updateReferral(db: Db, municipalityId: string, id: string, fields: Record<string, unknown>): Promise<void> {
  const entries = Object.entries(fields);
  const sets = entries.map(([column], i) => `${column} = $${i + 3}`);
  await db.query(`update referrals set ${sets.join(', ')} where municipality_id = $1 and id = $2`, [municipalityId, id, ...entries.map(([, v]) => v)]);
}

/** Referrals whose due date is near (reminder) or past (escalation), across all municipalities: a platform job. */
export async function findReferralsForReminders(db: { query: Db['query'] }, today: string) {
  const { rows } = await db.query<ReferralRow & { kind: 'reminder' | 'escalation' }>(
    `${SELECT.replace('select f.*,', `select f.*, case when f.due_on < $1::date then 'escalation' else 'reminder' end as kind,`)}
     where f.status in ('open', 'seen')
       and ((f.due_on < $1::date and f.escalated_at is null) or (f.due_on between $1::date and $1::date + 2 and f.reminded_at is null))
     order by f.municipality_id, f.due_on`,
    [today],
  );
  return rows;
}
