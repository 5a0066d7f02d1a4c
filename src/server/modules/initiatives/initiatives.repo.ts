import type { Db } from '../../platform/db/tenant.js';

export interface InitiativeRow {
  id: string;
  municipality_id: string;
  reference: string;
  area_id: string | null;
  area_name: string | null;
  title: string;
  description: string;
  initiator_group: string | null;
  help_wanted: string;
  status: 'submitted' | 'intake' | 'advice' | 'decision' | 'approved' | 'rejected' | 'running' | 'completed' | 'withdrawn';
  received_on: string;
  connector_id: string | null;
  connector_name: string | null;
  intake_at: Date | null;
  intake_notes: string;
  advice: string;
  budget_id: string | null;
  amount_requested_cents: string | null;
  amount_granted_cents: string | null;
  decision: 'approved' | 'partly_approved' | 'rejected' | null;
  decision_reason: string | null;
  decided_on: string | null;
  follow_up: string;
  project_id: string | null;
  is_public: boolean;
  public_summary: string;
}

const INITIATIVE_SELECT = `
  select i.id, i.municipality_id, i.reference, i.area_id, a.name as area_name, i.title, i.description, i.initiator_group, i.help_wanted,
    i.status, i.received_on::text, i.connector_id, u.name as connector_name, i.intake_at, i.intake_notes, i.advice, i.budget_id,
    i.amount_requested_cents, i.amount_granted_cents, i.decision, i.decision_reason, i.decided_on::text, i.follow_up, i.project_id,
    i.is_public, i.public_summary
  from initiatives i
  left join areas a on a.id = i.area_id and a.municipality_id = i.municipality_id
  left join users u on u.id = i.connector_id and u.municipality_id = i.municipality_id`;

export async function nextInitiativeReference(db: Db, municipalityId: string, year: number): Promise<string> {
  const { rows } = await db.query<{ last_number: number }>(
    `insert into initiative_counters (municipality_id, year, last_number) values ($1, $2, 1)
     on conflict (municipality_id, year) do update set last_number = initiative_counters.last_number + 1
     returning last_number`,
    [municipalityId, year],
  );
  return `BI-${year}-${String(rows[0]?.last_number ?? 1).padStart(4, '0')}`;
}

export async function insertInitiativeRow(
  db: Db,
  row: { municipalityId: string; reference: string; areaId: string | null; title: string; description: string; initiatorGroup: string | null; helpWanted: string; amountRequestedCents: number | null; connectorId: string | null; receivedOn: string | null; trackingTokenHash: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into initiatives (municipality_id, reference, area_id, title, description, initiator_group, help_wanted, amount_requested_cents, connector_id, received_on, tracking_token_hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10::date, current_date), $11) returning id`,
    [row.municipalityId, row.reference, row.areaId, row.title, row.description, row.initiatorGroup, row.helpWanted, row.amountRequestedCents, row.connectorId, row.receivedOn, row.trackingTokenHash],
  );
  return rows[0]?.id as string;
}

export async function findInitiativeRow(db: Db, municipalityId: string, id: string): Promise<InitiativeRow | undefined> {
  const { rows } = await db.query<InitiativeRow>(`${INITIATIVE_SELECT} where i.municipality_id = $1 and i.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function listInitiativeRows(db: Db, municipalityId: string, filter: { areaId?: string; statuses?: string[] }): Promise<InitiativeRow[]> {
  const { rows } = await db.query<InitiativeRow>(
    `${INITIATIVE_SELECT} where i.municipality_id = $1 and ($2::uuid is null or i.area_id = $2) and ($3::text[] is null or i.status = any($3))
     order by i.created_at desc limit 500`,
    [municipalityId, filter.areaId ?? null, filter.statuses ?? null],
  );
  return rows;
}

export async function listPublicInitiativeRows(db: Db, municipalityId: string, areaId: string): Promise<InitiativeRow[]> {
  const { rows } = await db.query<InitiativeRow>(
    `${INITIATIVE_SELECT} where i.municipality_id = $1 and i.area_id = $2 and i.is_public and i.status in ('approved', 'running', 'completed')
     order by i.created_at desc limit 50`,
    [municipalityId, areaId],
  );
  return rows;
}

const COLUMNS = {
  status: 'status',
  connectorId: 'connector_id',
  intakeAt: 'intake_at',
  intakeNotes: 'intake_notes',
  advice: 'advice',
  budgetId: 'budget_id',
  amountRequestedCents: 'amount_requested_cents',
  amountGrantedCents: 'amount_granted_cents',
  decision: 'decision',
  decisionReason: 'decision_reason',
  decidedOn: 'decided_on',
  followUp: 'follow_up',
  projectId: 'project_id',
  isPublic: 'is_public',
  publicSummary: 'public_summary',
  closedAt: 'closed_at',
} as const;
export type InitiativeChange = Partial<Record<keyof typeof COLUMNS, unknown>>;

export async function updateInitiativeRow(db: Db, municipalityId: string, id: string, change: InitiativeChange): Promise<void> {
  const entries = Object.entries(COLUMNS).filter(([key]) => change[key as keyof typeof COLUMNS] !== undefined);
  if (entries.length === 0) return;
  // Column names come from the fixed map above, never from the request.
  const sets = entries.map(([, column], i) => `${column} = $${i + 3}`).join(', ');
  await db.query(`update initiatives set ${sets}, updated_at = now() where municipality_id = $1 and id = $2`, [
    municipalityId,
    id,
    ...entries.map(([key]) => change[key as keyof typeof COLUMNS]),
  ]);
}

export async function insertContactRow(db: Db, row: { initiativeId: string; municipalityId: string; name: string | null; email: string | null; phone: string | null }): Promise<void> {
  await db.query(
    `insert into initiative_contacts (initiative_id, municipality_id, name, email, phone, consent_at) values ($1, $2, $3, $4, $5, now())`,
    [row.initiativeId, row.municipalityId, row.name, row.email, row.phone],
  );
}

export async function findContactRow(db: Db, municipalityId: string, initiativeId: string) {
  const { rows } = await db.query<{ name: string | null; email: string | null; phone: string | null; erased_at: Date | null }>(
    'select name, email, phone, erased_at from initiative_contacts where municipality_id = $1 and initiative_id = $2 order by created_at limit 1',
    [municipalityId, initiativeId],
  );
  return rows[0];
}

export async function insertInitiativeEvent(
  db: Db,
  row: { initiativeId: string; municipalityId: string; actorId: string | null; type: string; fromStatus?: string | null; toStatus?: string | null; note?: string | null; publicMessage?: string | null },
): Promise<void> {
  await db.query(
    `insert into initiative_events (initiative_id, municipality_id, actor_id, type, from_status, to_status, note, public_message)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [row.initiativeId, row.municipalityId, row.actorId, row.type, row.fromStatus ?? null, row.toStatus ?? null, row.note ?? null, row.publicMessage ?? null],
  );
}

export async function listInitiativeEvents(db: Db, municipalityId: string, initiativeId: string) {
  const { rows } = await db.query<{ at: Date; type: string; actor: string | null; to_status: string | null; note: string | null; public_message: string | null }>(
    `select e.at, e.type, u.name as actor, e.to_status, e.note, e.public_message
     from initiative_events e left join users u on u.id = e.actor_id and u.municipality_id = e.municipality_id
     where e.municipality_id = $1 and e.initiative_id = $2 order by e.at, e.id`,
    [municipalityId, initiativeId],
  );
  return rows;
}

export async function findInitiativeByTokenHash(db: Db | import('pg').Pool, hash: string): Promise<{ id: string; municipality_id: string } | undefined> {
  const { rows } = await db.query<{ id: string; municipality_id: string }>('select * from initiative_by_tracking_token($1)', [hash]);
  return rows[0];
}

export interface BudgetRow {
  id: string;
  name: string;
  description: string;
  year: number;
  area_id: string | null;
  area_name: string | null;
  total_cents: string;
  max_per_initiative_cents: string | null;
  granted_cents: string;
  initiatives: number;
}

const BUDGET_SELECT = `
  select b.id, b.name, b.description, b.year, b.area_id, a.name as area_name, b.total_cents, b.max_per_initiative_cents,
    coalesce((select sum(i.amount_granted_cents) from initiatives i where i.budget_id = b.id and i.municipality_id = b.municipality_id
              and i.decision in ('approved', 'partly_approved')), 0) as granted_cents,
    (select count(*)::int from initiatives i where i.budget_id = b.id and i.municipality_id = b.municipality_id) as initiatives
  from budgets b left join areas a on a.id = b.area_id and a.municipality_id = b.municipality_id`;

export async function listBudgetRows(db: Db, municipalityId: string, filter: { year?: number }): Promise<BudgetRow[]> {
  const { rows } = await db.query<BudgetRow>(`${BUDGET_SELECT} where b.municipality_id = $1 and ($2::int is null or b.year = $2) order by b.year desc, b.name`, [municipalityId, filter.year ?? null]);
  return rows;
}

export async function findBudgetRow(db: Db, municipalityId: string, id: string): Promise<BudgetRow | undefined> {
  const { rows } = await db.query<BudgetRow>(`${BUDGET_SELECT} where b.municipality_id = $1 and b.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function insertBudgetRow(db: Db, municipalityId: string, input: { name: string; description: string; year: number; areaId: string | null; totalCents: number; maxPerInitiativeCents: number | null }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into budgets (municipality_id, name, description, year, area_id, total_cents, max_per_initiative_cents) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [municipalityId, input.name, input.description, input.year, input.areaId, input.totalCents, input.maxPerInitiativeCents],
  );
  return rows[0]?.id as string;
}

/** Serialises grants on one budget, so two decisions cannot both spend the last euro. */
export async function lockBudgetRow(db: Db, municipalityId: string, id: string): Promise<void> {
  await db.query('select 1 from budgets where municipality_id = $1 and id = $2 for update', [municipalityId, id]);
}

export async function isConnectorOfArea(db: Db, municipalityId: string, userId: string, areaId: string | null): Promise<boolean> {
  if (!areaId) return false;
  const { rowCount } = await db.query(`select 1 from area_people where municipality_id = $1 and user_id = $2 and area_id = $3 and role = 'connector'`, [municipalityId, userId, areaId]);
  return (rowCount ?? 0) > 0;
}

export async function firstConnectorOfArea(db: Db, municipalityId: string, areaId: string | null): Promise<{ id: string; email: string; name: string } | undefined> {
  if (!areaId) return undefined;
  const { rows } = await db.query<{ id: string; email: string; name: string }>(
    `select u.id, u.email, u.name from area_people ap join users u on u.id = ap.user_id and u.municipality_id = ap.municipality_id and u.is_active
     where ap.municipality_id = $1 and ap.area_id = $2 and ap.role = 'connector' order by ap.hours_per_week desc nulls last, u.name limit 1`,
    [municipalityId, areaId],
  );
  return rows[0];
}
