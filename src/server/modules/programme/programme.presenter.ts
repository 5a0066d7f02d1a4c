import type { Programme, ProgrammeSummary, Project, PublicProgramme } from '../../../shared/schemas/programme.js';
import type { GoalRow, ProgrammeRow, ProjectRow, StepRow } from './programme.repo.js';

/** Progress of a project: the mean of its milestones, or 100 when it is done. */
export function percentDone(row: Pick<ProjectRow, 'status' | 'milestones'>): number {
  if (row.status === 'done') return 100;
  if (row.milestones.length === 0) return 0;
  return Math.round(row.milestones.reduce((sum, m) => sum + m.percent_done, 0) / row.milestones.length);
}

const milestones = (row: ProjectRow) => row.milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.due_on, percentDone: m.percent_done }));

export function presentProject(row: ProjectRow, options: { isInternal: boolean }): Project {
  return {
    id: row.id,
    programmeId: row.programme_id,
    areaId: row.area_id,
    title: row.title,
    description: row.description,
    ...(options.isInternal ? { internalNotes: row.internal_notes } : {}),
    goalId: row.goal_id,
    carriedBy: row.carried_by,
    owner: row.owner_user_id ? { id: row.owner_user_id, name: row.owner_user_name ?? '' } : null,
    ownerName: row.owner_name,
    partners: row.partners,
    budgetCents: row.budget_cents === null ? null : Number(row.budget_cents),
    startOn: row.start_on,
    endOn: row.end_on,
    status: row.status,
    percentDone: percentDone(row),
    participationPlanned: row.participation_planned,
    participationRealised: row.participation_realised,
    participationSpecialist: row.participation_specialist_id ? { id: row.participation_specialist_id, name: row.participation_specialist_name ?? '' } : null,
    participationNote: row.participation_note,
    initiativeId: row.initiative_id,
    result: row.result,
    isPublic: row.is_public,
    milestones: milestones(row),
  };
}

export function presentProgrammeSummary(row: ProgrammeRow): ProgrammeSummary {
  return {
    id: row.id,
    area: { id: row.area_id, name: row.area_name },
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    projectCount: row.project_count,
    stepsDone: row.steps_done,
    stepsTotal: row.steps_total,
  };
}

export function presentProgramme(row: ProgrammeRow, parts: { goals: GoalRow[]; steps: StepRow[]; projects: ProjectRow[] }, options: { isInternal: boolean }): Programme {
  return {
    ...presentProgrammeSummary(row),
    summary: row.summary,
    ...(options.isInternal ? { internalNotes: row.internal_notes } : {}),
    realisedSummary: row.realised_summary,
    handbook: row.handbook_template_id ? { id: row.handbook_template_id, name: row.handbook_name ?? '' } : null,
    goals: parts.goals,
    steps: parts.steps.map((step) => ({
      id: step.id,
      position: step.position,
      title: step.title,
      description: step.description,
      isDone: step.done_at !== null,
      doneAt: step.done_at?.toISOString() ?? null,
      doneBy: step.done_by_name,
      note: step.note,
    })),
    projects: parts.projects.map((project) => presentProject(project, options)),
    budgetCents: parts.projects.reduce((sum, project) => sum + Number(project.budget_cents ?? 0), 0),
  };
}

/** What residents see: public projects only, no internal notes, no names of colleagues, no budgets of single people. */
export function presentPublicProgramme(row: ProgrammeRow, parts: { goals: GoalRow[]; projects: ProjectRow[] }): PublicProgramme {
  return {
    id: row.id,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    summary: row.summary,
    realisedSummary: row.realised_summary,
    goals: parts.goals,
    projects: parts.projects
      .filter((project) => project.is_public && project.status !== 'cancelled')
      .map((project) => ({
        id: project.id,
        title: project.title,
        description: project.description,
        carriedBy: project.carried_by,
        partners: project.partners,
        ownerName: project.owner_name,
        startOn: project.start_on,
        endOn: project.end_on,
        status: project.status,
        percentDone: percentDone(project),
        participation: project.participation_planned,
        result: project.result,
        milestones: milestones(project),
      })),
  };
}
