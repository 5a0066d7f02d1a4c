import type { z } from 'zod';
import {
  type GoalInputSchema,
  type GoalUpdateSchema,
  PARTICIPATION_LEVELS,
  type ParticipationDeviation,
  type Programme,
  type ProgrammeInput,
  type ProgrammeSummary,
  type ProgrammeUpdate,
  type Project,
  type ProjectInput,
  type ProjectUpdate,
  type PublicProgramme,
} from '../../../shared/schemas/programme.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import type { Db } from '../../platform/db/tenant.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { defaultTemplate, findTemplate } from '../methods/methods.service.js';
import { presentProgramme, presentProgrammeSummary, presentProject, presentPublicProgramme } from './programme.presenter.js';
import {
  areaExists,
  deleteGoalRow,
  deleteProgrammeRow,
  deleteProjectRow,
  findActiveUserIds,
  findCurrentPublicProgrammeRow,
  findProgrammeRow,
  findProjectRow,
  insertGoalRow,
  insertProgrammeRow,
  insertProjectRow,
  insertStepRows,
  listGoalRows,
  listProgrammeRows,
  listProjectRows,
  listStepRows,
  type ProgrammeRow,
  replaceMilestoneRows,
  updateGoalRow,
  updateProgrammeRow,
  updateProjectRow,
  updateStepRow,
} from './programme.repo.js';

type Viewer = { isInternal: boolean };

export async function listProgrammes(scope: Scope & { areaId?: string }): Promise<ProgrammeSummary[]> {
  return (await listProgrammeRows(scope.db, scope.municipalityId, { areaId: scope.areaId })).map(presentProgrammeSummary);
}

async function loadProgramme(scope: Scope & { programmeId: string }): Promise<ProgrammeRow> {
  const row = await findProgrammeRow(scope.db, scope.municipalityId, scope.programmeId);
  if (!row) throw notFound('Programma niet gevonden.');
  return row;
}

/** One programme with goals, the handbook's steps as a checklist, and its projects. */
export async function getProgramme(scope: Scope & { programmeId: string } & Viewer): Promise<Programme> {
  const row = await loadProgramme(scope);
  const goals = await listGoalRows(scope.db, scope.municipalityId, row.id);
  const steps = await listStepRows(scope.db, scope.municipalityId, row.id);
  const projects = await listProjectRows(scope.db, scope.municipalityId, { programmeId: row.id });
  return presentProgramme(row, { goals, steps, projects }, scope);
}

/** Starts an area's programme for a period; its process steps are copied from the handbook template. */
export async function createProgramme(scope: Scope & { input: ProgrammeInput }): Promise<Programme> {
  const { input } = scope;
  if (!(await areaExists(scope.db, scope.municipalityId, input.areaId))) throw new AppError(400, 'unknown_area', 'Dit gebied bestaat niet in deze gemeente.');
  const template = input.handbookTemplateId
    ? await findTemplate(scope.db, scope.municipalityId, input.handbookTemplateId, 'wop_handbook')
    : await defaultTemplate(scope.db, scope.municipalityId, 'wop_handbook');
  const id = await insertProgrammeRow(scope.db, {
    municipalityId: scope.municipalityId,
    areaId: input.areaId,
    title: input.title,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    summary: input.summary,
    internalNotes: input.internalNotes,
    handbookTemplateId: template?.id ?? null,
    createdBy: scope.actorId,
  });
  const steps = (template?.content.steps as { title: string; description?: string }[] | undefined) ?? [];
  await insertStepRows(scope.db, scope.municipalityId, id, steps.map((step) => ({ title: step.title, description: step.description ?? '' })));
  await audit(scope, 'programme.create', 'programme', id, { areaId: input.areaId, title: input.title });
  return getProgramme({ ...scope, programmeId: id, isInternal: true });
}

export async function updateProgramme(scope: Scope & { programmeId: string; update: ProgrammeUpdate }): Promise<Programme> {
  const row = await loadProgramme(scope);
  const start = scope.update.periodStart ?? row.period_start;
  const end = scope.update.periodEnd ?? row.period_end;
  if (end <= start) throw new AppError(400, 'invalid_period', 'Het einde van de periode ligt na het begin.');
  await updateProgrammeRow(scope.db, scope.municipalityId, row.id, scope.update);
  await audit(scope, 'programme.update', 'programme', row.id, { fields: Object.keys(scope.update) });
  return getProgramme({ ...scope, isInternal: true });
}

export async function deleteProgramme(scope: Scope & { programmeId: string }): Promise<void> {
  if (!(await deleteProgrammeRow(scope.db, scope.municipalityId, scope.programmeId))) throw notFound('Programma niet gevonden.');
  await audit(scope, 'programme.delete', 'programme', scope.programmeId, {});
}

export async function setStep(scope: Scope & { programmeId: string; stepId: string; isDone: boolean; note?: string }): Promise<Programme> {
  await loadProgramme(scope);
  if (!(await updateStepRow(scope.db, scope.municipalityId, scope.programmeId, scope.stepId, { isDone: scope.isDone, note: scope.note, actorId: scope.actorId }))) {
    throw notFound('Processtap niet gevonden.');
  }
  await audit(scope, 'programme.step', 'programme', scope.programmeId, { stepId: scope.stepId, isDone: scope.isDone });
  return getProgramme({ ...scope, isInternal: true });
}

export async function addGoal(scope: Scope & { programmeId: string; goal: z.infer<typeof GoalInputSchema> }): Promise<Programme> {
  await loadProgramme(scope);
  await insertGoalRow(scope.db, scope.municipalityId, scope.programmeId, scope.goal);
  await audit(scope, 'programme.goal', 'programme', scope.programmeId, { title: scope.goal.title });
  return getProgramme({ ...scope, isInternal: true });
}

export async function updateGoal(scope: Scope & { programmeId: string; goalId: string; goal: z.infer<typeof GoalUpdateSchema> }): Promise<Programme> {
  await loadProgramme(scope);
  if (!(await updateGoalRow(scope.db, scope.municipalityId, scope.programmeId, scope.goalId, scope.goal))) throw notFound('Doel niet gevonden.');
  await audit(scope, 'programme.goal', 'programme', scope.programmeId, { goalId: scope.goalId });
  return getProgramme({ ...scope, isInternal: true });
}

export async function deleteGoal(scope: Scope & { programmeId: string; goalId: string }): Promise<Programme> {
  await loadProgramme(scope);
  if (!(await deleteGoalRow(scope.db, scope.municipalityId, scope.programmeId, scope.goalId))) throw notFound('Doel niet gevonden.');
  await audit(scope, 'programme.goal.delete', 'programme', scope.programmeId, { goalId: scope.goalId });
  return getProgramme({ ...scope, isInternal: true });
}

/** Owners and the participation specialist must be colleagues here; a goal must belong to the programme. */
async function assertProjectReferences(db: Db, municipalityId: string, programmeId: string, input: Partial<Pick<ProjectInput, 'ownerUserId' | 'participationSpecialistId' | 'goalId'>>) {
  const people = [input.ownerUserId, input.participationSpecialistId].filter((id): id is string => typeof id === 'string');
  const known = await findActiveUserIds(db, municipalityId, people);
  if (people.some((id) => !known.has(id))) throw new AppError(400, 'unknown_user', 'Een gekozen collega bestaat niet (meer) in deze gemeente.');
  if (input.goalId && !(await listGoalRows(db, municipalityId, programmeId)).some((goal) => goal.id === input.goalId)) {
    throw new AppError(400, 'unknown_goal', 'Dit doel hoort niet bij dit programma.');
  }
}

export async function createProject(scope: Scope & { programmeId: string; input: ProjectInput & { initiativeId?: string | null } }): Promise<Project> {
  await loadProgramme(scope);
  const { milestones, ...input } = scope.input;
  await assertProjectReferences(scope.db, scope.municipalityId, scope.programmeId, input);
  const id = await insertProjectRow(scope.db, scope.municipalityId, scope.programmeId, input);
  await replaceMilestoneRows(scope.db, scope.municipalityId, id, milestones);
  await audit(scope, 'project.create', 'project', id, { programmeId: scope.programmeId, title: input.title });
  return getProject({ ...scope, projectId: id, isInternal: true });
}

export async function getProject(scope: Scope & { projectId: string } & Viewer): Promise<Project> {
  const row = await findProjectRow(scope.db, scope.municipalityId, scope.projectId);
  if (!row) throw notFound('Project niet gevonden.');
  return presentProject(row, scope);
}

export async function updateProject(scope: Scope & { projectId: string; update: ProjectUpdate }): Promise<Project> {
  const row = await findProjectRow(scope.db, scope.municipalityId, scope.projectId);
  if (!row) throw notFound('Project niet gevonden.');
  const { milestones, ...update } = scope.update;
  const start = update.startOn === undefined ? row.start_on : update.startOn;
  const end = update.endOn === undefined ? row.end_on : update.endOn;
  if (start && end && end < start) throw new AppError(400, 'invalid_period', 'De einddatum ligt niet vóór de begindatum.');
  await assertProjectReferences(scope.db, scope.municipalityId, row.programme_id, update);
  await updateProjectRow(scope.db, scope.municipalityId, row.id, update);
  if (milestones) await replaceMilestoneRows(scope.db, scope.municipalityId, row.id, milestones);
  await audit(scope, 'project.update', 'project', row.id, { fields: Object.keys(scope.update) });
  return getProject({ ...scope, isInternal: true });
}

/** The realised participation, recorded by the specialist responsible for it, or by the connector or coordinator. */
export async function recordParticipation(
  scope: Scope & { user: SessionUser; projectId: string; realised: ProjectInput['participationPlanned'] | null; note?: string },
): Promise<Project> {
  const row = await findProjectRow(scope.db, scope.municipalityId, scope.projectId);
  if (!row) throw notFound('Project niet gevonden.');
  const isEditor = scope.user.roles.some((role) => role === 'connector' || role === 'coordinator');
  if (!isEditor && row.participation_specialist_id !== scope.user.id) {
    throw forbidden('Alleen de verantwoordelijke vakspecialist of de wijkverbinder legt de participatie vast.');
  }
  return updateProject({ ...scope, projectId: row.id, update: { participationRealised: scope.realised, participationNote: scope.note } });
}

export async function deleteProject(scope: Scope & { projectId: string }): Promise<void> {
  if (!(await deleteProjectRow(scope.db, scope.municipalityId, scope.projectId))) throw notFound('Project niet gevonden.');
  await audit(scope, 'project.delete', 'project', scope.projectId, {});
}

/**
 * Projects whose realised participation differs from the plan — or that are done without a realised level —
 * for the connector who watches the input from the area and the specialist who is responsible for it.
 */
export async function listParticipationDeviations(scope: Scope & { areaId?: string }): Promise<ParticipationDeviation[]> {
  const rows = await listProjectRows(scope.db, scope.municipalityId, { areaId: scope.areaId });
  const rank = (level: string) => PARTICIPATION_LEVELS.indexOf(level as (typeof PARTICIPATION_LEVELS)[number]);
  return rows
    .filter((row) => row.status !== 'cancelled')
    .flatMap((row): ParticipationDeviation[] => {
      const realised = row.participation_realised;
      let direction: ParticipationDeviation['direction'];
      if (realised === null) {
        if (row.status !== 'done') return [];
        direction = 'unknown';
      } else if (realised === row.participation_planned) {
        return [];
      } else {
        direction = rank(realised) < rank(row.participation_planned) ? 'lower' : 'higher';
      }
      return [
        {
          projectId: row.id,
          projectTitle: row.title,
          programmeId: row.programme_id,
          area: { id: row.area_id, name: row.area_name },
          status: row.status,
          planned: row.participation_planned,
          realised,
          direction,
          specialist: row.participation_specialist_id ? { id: row.participation_specialist_id, name: row.participation_specialist_name ?? '' } : null,
          note: row.participation_note,
        },
      ];
    });
}

/** The area's current programme as residents see it on the public page, or null. */
export async function getPublicProgramme(options: { db: Db; municipalityId: string; areaId: string }): Promise<PublicProgramme | null> {
  const row = await findCurrentPublicProgrammeRow(options.db, options.municipalityId, options.areaId);
  if (!row) return null;
  const goals = await listGoalRows(options.db, options.municipalityId, row.id);
  const projects = await listProjectRows(options.db, options.municipalityId, { programmeId: row.id });
  return presentPublicProgramme(row, { goals, projects });
}

function audit(scope: Scope, action: string, entityType: string, entityId: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType, entityId, details });
}
