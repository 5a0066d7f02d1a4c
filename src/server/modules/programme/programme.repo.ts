import type { ProgrammeUpdate, ProjectInput, ProjectUpdate } from '../../../shared/schemas/programme.js';
import type { Db } from '../../platform/db/tenant.js';

export interface ProgrammeRow {
  id: string;
  area_id: string;
  area_name: string;
  title: string;
  period_start: string;
  period_end: string;
  status: 'draft' | 'adopted' | 'running' | 'closed';
  summary: string;
  internal_notes: string;
  realised_summary: string;
  handbook_template_id: string | null;
  handbook_name: string | null;
  project_count: number;
  steps_done: number;
  steps_total: number;
}

export interface GoalRow { id: string; title: string; description: string; result: string }
export interface StepRow { id: string; position: number; title: string; description: string; done_at: Date | null; done_by_name: string | null; note: string }

export interface ProjectRow {
  id: string;
  programme_id: string;
  area_id: string;
  area_name: string;
  goal_id: string | null;
  title: string;
  description: string;
  internal_notes: string;
  carried_by: 'municipality' | 'partner' | 'together';
  owner_user_id: string | null;
  owner_user_name: string | null;
  owner_name: string | null;
  partners: string[];
  budget_cents: string | null;
  start_on: string | null;
  end_on: string | null;
  status: 'idea' | 'planned' | 'running' | 'on_hold' | 'done' | 'cancelled';
  participation_planned: ProjectInput['participationPlanned'];
  participation_realised: ProjectInput['participationPlanned'] | null;
  participation_specialist_id: string | null;
  participation_specialist_name: string | null;
  participation_note: string;
  initiative_id: string | null;
  result: string;
  is_public: boolean;
  milestones: { id: string; title: string; due_on: string | null; percent_done: number }[];
}

// Dates leave PostgreSQL as text: a `date` has no time zone and must not become one.
const PROGRAMME_SELECT = `
  select p.id, p.area_id, a.name as area_name, p.title, p.period_start::text, p.period_end::text, p.status, p.summary,
    p.internal_notes, p.realised_summary, p.handbook_template_id, t.name as handbook_name,
    (select count(*)::int from projects pr where pr.programme_id = p.id and pr.municipality_id = p.municipality_id) as project_count,
    (select count(*)::int from programme_steps s where s.programme_id = p.id and s.municipality_id = p.municipality_id and s.done_at is not null) as steps_done,
    (select count(*)::int from programme_steps s where s.programme_id = p.id and s.municipality_id = p.municipality_id) as steps_total
  from programmes p
  join areas a on a.id = p.area_id and a.municipality_id = p.municipality_id
  left join method_templates t on t.id = p.handbook_template_id and t.municipality_id = p.municipality_id`;

export async function listProgrammeRows(db: Db, municipalityId: string, filter: { areaId?: string }): Promise<ProgrammeRow[]> {
  const { rows } = await db.query<ProgrammeRow>(
    `${PROGRAMME_SELECT} where p.municipality_id = $1 and ($2::uuid is null or p.area_id = $2) order by a.name, p.period_start desc`,
    [municipalityId, filter.areaId ?? null],
  );
  return rows;
}

export async function findProgrammeRow(db: Db, municipalityId: string, id: string): Promise<ProgrammeRow | undefined> {
  const { rows } = await db.query<ProgrammeRow>(`${PROGRAMME_SELECT} where p.municipality_id = $1 and p.id = $2`, [municipalityId, id]);
  return rows[0];
}

/** The programme residents see: the newest one of the area that is not a draft. */
export async function findCurrentPublicProgrammeRow(db: Db, municipalityId: string, areaId: string): Promise<ProgrammeRow | undefined> {
  const { rows } = await db.query<ProgrammeRow>(
    `${PROGRAMME_SELECT} where p.municipality_id = $1 and p.area_id = $2 and p.status <> 'draft'
     order by (p.period_start <= current_date and p.period_end >= current_date) desc, p.period_start desc limit 1`,
    [municipalityId, areaId],
  );
  return rows[0];
}

export async function insertProgrammeRow(
  db: Db,
  row: { municipalityId: string; areaId: string; title: string; periodStart: string; periodEnd: string; summary: string; internalNotes: string; handbookTemplateId: string | null; createdBy: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into programmes (municipality_id, area_id, title, period_start, period_end, summary, internal_notes, handbook_template_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [row.municipalityId, row.areaId, row.title, row.periodStart, row.periodEnd, row.summary, row.internalNotes, row.handbookTemplateId, row.createdBy],
  );
  return rows[0]?.id as string;
}

export async function updateProgrammeRow(db: Db, municipalityId: string, id: string, update: ProgrammeUpdate): Promise<void> {
  await db.query(
    `update programmes set title = coalesce($3, title), period_start = coalesce($4, period_start), period_end = coalesce($5, period_end),
       status = coalesce($6, status), summary = coalesce($7, summary), internal_notes = coalesce($8, internal_notes),
       realised_summary = coalesce($9, realised_summary), updated_at = now()
     where municipality_id = $1 and id = $2`,
    [municipalityId, id, update.title ?? null, update.periodStart ?? null, update.periodEnd ?? null, update.status ?? null, update.summary ?? null, update.internalNotes ?? null, update.realisedSummary ?? null],
  );
}

export async function deleteProgrammeRow(db: Db, municipalityId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from programmes where municipality_id = $1 and id = $2', [municipalityId, id]);
  return (rowCount ?? 0) > 0;
}

export async function insertStepRows(db: Db, municipalityId: string, programmeId: string, steps: { title: string; description: string }[]): Promise<void> {
  await db.query(
    `insert into programme_steps (programme_id, municipality_id, position, title, description)
     select $1, $2, s.ordinality, s.title, s.description
     from unnest($3::text[], $4::text[]) with ordinality as s(title, description, ordinality)`,
    [programmeId, municipalityId, steps.map((s) => s.title), steps.map((s) => s.description)],
  );
}

export async function listStepRows(db: Db, municipalityId: string, programmeId: string): Promise<StepRow[]> {
  const { rows } = await db.query<StepRow>(
    `select s.id, s.position, s.title, s.description, s.done_at, u.name as done_by_name, s.note
     from programme_steps s left join users u on u.id = s.done_by and u.municipality_id = s.municipality_id
     where s.municipality_id = $1 and s.programme_id = $2 order by s.position`,
    [municipalityId, programmeId],
  );
  return rows;
}

export async function updateStepRow(db: Db, municipalityId: string, programmeId: string, stepId: string, change: { isDone: boolean; note?: string; actorId: string }): Promise<boolean> {
  const { rowCount } = await db.query(
    `update programme_steps set
       done_at = case when $4 then coalesce(done_at, now()) else null end,
       done_by = case when $4 then coalesce(done_by, $5) else null end,
       note = coalesce($6, note)
     where municipality_id = $1 and programme_id = $2 and id = $3`,
    [municipalityId, programmeId, stepId, change.isDone, change.actorId, change.note ?? null],
  );
  return (rowCount ?? 0) > 0;
}

export async function listGoalRows(db: Db, municipalityId: string, programmeId: string): Promise<GoalRow[]> {
  const { rows } = await db.query<GoalRow>(
    'select id, title, description, result from programme_goals where municipality_id = $1 and programme_id = $2 order by position, title',
    [municipalityId, programmeId],
  );
  return rows;
}

export async function insertGoalRow(db: Db, municipalityId: string, programmeId: string, goal: { title: string; description: string; result: string }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into programme_goals (programme_id, municipality_id, position, title, description, result)
     values ($1, $2, (select coalesce(max(position), 0) + 1 from programme_goals where programme_id = $1 and municipality_id = $2), $3, $4, $5) returning id`,
    [programmeId, municipalityId, goal.title, goal.description, goal.result],
  );
  return rows[0]?.id as string;
}

export async function updateGoalRow(db: Db, municipalityId: string, programmeId: string, goalId: string, goal: { title?: string; description?: string; result?: string }): Promise<boolean> {
  const { rowCount } = await db.query(
    `update programme_goals set title = coalesce($4, title), description = coalesce($5, description), result = coalesce($6, result)
     where municipality_id = $1 and programme_id = $2 and id = $3`,
    [municipalityId, programmeId, goalId, goal.title ?? null, goal.description ?? null, goal.result ?? null],
  );
  return (rowCount ?? 0) > 0;
}

export async function deleteGoalRow(db: Db, municipalityId: string, programmeId: string, goalId: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from programme_goals where municipality_id = $1 and programme_id = $2 and id = $3', [municipalityId, programmeId, goalId]);
  return (rowCount ?? 0) > 0;
}

const PROJECT_SELECT = `
  select pr.id, pr.programme_id, p.area_id, a.name as area_name, pr.goal_id, pr.title, pr.description, pr.internal_notes, pr.carried_by,
    pr.owner_user_id, ou.name as owner_user_name, pr.owner_name, pr.partners, pr.budget_cents, pr.start_on::text, pr.end_on::text,
    pr.status, pr.participation_planned, pr.participation_realised, pr.participation_specialist_id, su.name as participation_specialist_name,
    pr.participation_note, pr.initiative_id, pr.result, pr.is_public,
    coalesce((select jsonb_agg(jsonb_build_object('id', m.id, 'title', m.title, 'due_on', m.due_on, 'percent_done', m.percent_done) order by m.position)
              from project_milestones m where m.project_id = pr.id and m.municipality_id = pr.municipality_id), '[]'::jsonb) as milestones
  from projects pr
  join programmes p on p.id = pr.programme_id and p.municipality_id = pr.municipality_id
  join areas a on a.id = p.area_id and a.municipality_id = p.municipality_id
  left join users ou on ou.id = pr.owner_user_id and ou.municipality_id = pr.municipality_id
  left join users su on su.id = pr.participation_specialist_id and su.municipality_id = pr.municipality_id`;

export async function listProjectRows(db: Db, municipalityId: string, filter: { programmeId?: string; areaId?: string }): Promise<ProjectRow[]> {
  const { rows } = await db.query<ProjectRow>(
    `${PROJECT_SELECT} where pr.municipality_id = $1 and ($2::uuid is null or pr.programme_id = $2) and ($3::uuid is null or p.area_id = $3)
     order by a.name, pr.start_on nulls last, pr.title`,
    [municipalityId, filter.programmeId ?? null, filter.areaId ?? null],
  );
  return rows;
}

export async function findProjectRow(db: Db, municipalityId: string, id: string): Promise<ProjectRow | undefined> {
  const { rows } = await db.query<ProjectRow>(`${PROJECT_SELECT} where pr.municipality_id = $1 and pr.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function insertProjectRow(db: Db, municipalityId: string, programmeId: string, input: Omit<ProjectInput, 'milestones'> & { initiativeId?: string | null }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into projects (municipality_id, programme_id, goal_id, title, description, internal_notes, carried_by, owner_user_id, owner_name,
       partners, budget_cents, start_on, end_on, status, participation_planned, participation_realised, participation_specialist_id,
       participation_note, result, is_public, initiative_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) returning id`,
    [
      municipalityId, programmeId, input.goalId, input.title, input.description, input.internalNotes, input.carriedBy, input.ownerUserId,
      input.ownerName, input.partners, input.budgetCents, input.startOn, input.endOn, input.status, input.participationPlanned,
      input.participationRealised, input.participationSpecialistId, input.participationNote, input.result, input.isPublic, input.initiativeId ?? null,
    ],
  );
  return rows[0]?.id as string;
}

const PROJECT_COLUMNS: Record<Exclude<keyof ProjectUpdate, 'milestones'>, string> = {
  title: 'title',
  description: 'description',
  internalNotes: 'internal_notes',
  goalId: 'goal_id',
  carriedBy: 'carried_by',
  ownerUserId: 'owner_user_id',
  ownerName: 'owner_name',
  partners: 'partners',
  budgetCents: 'budget_cents',
  startOn: 'start_on',
  endOn: 'end_on',
  status: 'status',
  participationPlanned: 'participation_planned',
  participationRealised: 'participation_realised',
  participationSpecialistId: 'participation_specialist_id',
  participationNote: 'participation_note',
  result: 'result',
  isPublic: 'is_public',
};

export async function updateProjectRow(db: Db, municipalityId: string, id: string, update: ProjectUpdate): Promise<void> {
  const entries = Object.entries(PROJECT_COLUMNS).filter(([key]) => update[key as keyof ProjectUpdate] !== undefined);
  if (entries.length === 0) return;
  // Column names come from the fixed map above, never from the request.
  const sets = entries.map(([, column], i) => `${column} = $${i + 3}`).join(', ');
  await db.query(`update projects set ${sets}, updated_at = now() where municipality_id = $1 and id = $2`, [
    municipalityId,
    id,
    ...entries.map(([key]) => update[key as keyof ProjectUpdate]),
  ]);
}

export async function deleteProjectRow(db: Db, municipalityId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from projects where municipality_id = $1 and id = $2', [municipalityId, id]);
  return (rowCount ?? 0) > 0;
}

export async function replaceMilestoneRows(db: Db, municipalityId: string, projectId: string, milestones: { title: string; dueOn: string | null; percentDone: number }[]): Promise<void> {
  await db.query('delete from project_milestones where municipality_id = $1 and project_id = $2', [municipalityId, projectId]);
  if (milestones.length === 0) return;
  await db.query(
    `insert into project_milestones (project_id, municipality_id, position, title, due_on, percent_done)
     select $1, $2, m.ordinality, m.title, m.due_on, m.percent_done
     from unnest($3::text[], $4::date[], $5::int[]) with ordinality as m(title, due_on, percent_done, ordinality)`,
    [projectId, municipalityId, milestones.map((m) => m.title), milestones.map((m) => m.dueOn), milestones.map((m) => m.percentDone)],
  );
}

/** Users of this municipality among `ids` that are active (owners and specialists must exist here). */
export async function findActiveUserIds(db: Db, municipalityId: string, ids: string[]): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>('select id from users where municipality_id = $1 and id = any($2::uuid[]) and is_active', [municipalityId, ids]);
  return new Set(rows.map((row) => row.id));
}

export async function areaExists(db: Db, municipalityId: string, areaId: string): Promise<boolean> {
  const { rowCount } = await db.query('select 1 from areas where municipality_id = $1 and id = $2', [municipalityId, areaId]);
  return (rowCount ?? 0) > 0;
}
