import type { z } from 'zod';
import type { AldermanOverviewSchema, CollegeAgendaSchema, CollegeItem, CollegeItemInputSchema, CollegeItemUpdateSchema, CollegeTermInputSchema, CollegeTermUpdateSchema, CollegeVisitCoverageSchema } from '../../../shared/schemas/college.js';
import { THEMES, type Theme } from '../../../shared/schemas/signal-vocabulary.js';
import { recordAudit } from '../../platform/audit.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, notFound } from '../../platform/errors.js';
import { listParticipationDeviations } from '../programme/programme.service.js';
import { countOpenAreaSignals, listOpenAreaSignals } from './agenda.repo.js';
import {
  aldermanAreaIds,
  countOverdueActions,
  type CollegeItemRow,
  findCollegeItemRow,
  insertCollegeItemRow,
  insertTermRow,
  updateTermRow,
  listAreaRefs,
  listCollegeItemRows,
  listCollegeVisits,
  listTermRows,
  projectBelongsToArea,
  signalBelongsToArea,
  updateCollegeItemRow,
} from './college.repo.js';
import { areaName, listConversationDates, listMeetingRows } from './meetings.repo.js';
import { presentMeetingSummary } from './meetings.service.js';
import { amsterdamDate } from './occurrences.js';

function presentItem(row: CollegeItemRow): CollegeItem {
  return {
    id: row.id,
    area: { id: row.area_id, name: row.area_name },
    theme: row.theme,
    themeLabel: THEMES[row.theme as Theme]?.label ?? row.theme,
    title: row.title,
    note: row.note,
    collegeMeetingOn: row.college_meeting_on,
    status: row.status,
    outcome: row.outcome,
    signal: row.signal_id ? { id: row.signal_id, reference: row.signal_reference ?? '' } : null,
    projectId: row.project_id,
    markedBy: row.marked_by_name,
    createdAt: row.created_at.toISOString(),
  };
}

/** The connector or wijkwethouder marks a theme "for the college agenda", with a short note. */
export async function markForCollege(scope: Scope & { input: z.infer<typeof CollegeItemInputSchema> }): Promise<CollegeItem> {
  const { input } = scope;
  if (!(await areaName(scope.db, scope.municipalityId, input.areaId))) throw new AppError(400, 'unknown_area', 'Dit gebied bestaat niet in deze gemeente.');
  if (input.signalId && !(await signalBelongsToArea(scope.db, scope.municipalityId, input.signalId, input.areaId))) throw new AppError(400, 'unknown_signal', 'Dit signaal hoort niet bij dit gebied.');
  if (input.projectId && !(await projectBelongsToArea(scope.db, scope.municipalityId, input.projectId, input.areaId))) throw new AppError(400, 'unknown_project', 'Dit project hoort niet bij dit gebied.');
  const id = await insertCollegeItemRow(scope.db, { municipalityId: scope.municipalityId, ...input, markedBy: scope.actorId });
  await audit(scope, 'college_item.create', id, { areaId: input.areaId, theme: input.theme });
  return presentItem((await findCollegeItemRow(scope.db, scope.municipalityId, id)) as CollegeItemRow);
}

export async function updateCollegeItem(scope: Scope & { itemId: string; update: z.infer<typeof CollegeItemUpdateSchema> }): Promise<CollegeItem> {
  const row = await findCollegeItemRow(scope.db, scope.municipalityId, scope.itemId);
  if (!row) throw notFound('Agendapunt niet gevonden.');
  await updateCollegeItemRow(scope.db, scope.municipalityId, row.id, scope.update);
  await audit(scope, 'college_item.update', row.id, { fields: Object.keys(scope.update) });
  return presentItem((await findCollegeItemRow(scope.db, scope.municipalityId, row.id)) as CollegeItemRow);
}

/** The list per college meeting: themes grouped by the date of the college meeting (unplanned first). */
export async function collegeAgenda(scope: Scope & { includeClosed: boolean }): Promise<z.infer<typeof CollegeAgendaSchema>> {
  const rows = await listCollegeItemRows(scope.db, scope.municipalityId, { includeClosed: scope.includeClosed });
  const groups = new Map<string | null, CollegeItem[]>();
  for (const row of rows) {
    const list = groups.get(row.college_meeting_on) ?? [];
    list.push(presentItem(row));
    groups.set(row.college_meeting_on, list);
  }
  return { meetings: [...groups.entries()].map(([date, items]) => ({ date, items })) };
}

/** What needs the college's attention in the wijkwethouder's areas (all areas for a coordinator). */
export async function aldermanOverview(scope: Scope & { user: SessionUser }): Promise<z.infer<typeof AldermanOverviewSchema>> {
  const own = await aldermanAreaIds(scope.db, scope.municipalityId, scope.user.id);
  const isAlderman = scope.user.roles.includes('alderman') && !scope.user.roles.some((r) => r === 'coordinator' || r === 'administrator');
  const areas = await listAreaRefs(scope.db, scope.municipalityId, isAlderman ? own : undefined);
  const deviations = await listParticipationDeviations(scope);
  const items = await listCollegeItemRows(scope.db, scope.municipalityId, { areaIds: areas.map((a) => a.id), includeClosed: false });
  const conversations = new Map((await listConversationDates(scope.db, scope.municipalityId)).map((row) => [row.area_id, row.last_held]));
  const now = new Date();
  const result = [];
  for (const area of areas) {
    const urgent = (await listOpenAreaSignals(scope.db, scope.municipalityId, area.id, 10)).filter((s) => s.priority === 'urgent' || s.priority === 'high');
    const meetings = (await listMeetingRows(scope.db, scope.municipalityId, { areaId: area.id })).filter((m) => m.status === 'planned' && m.ends_at > now).reverse().slice(0, 3);
    result.push({
      area,
      openSignals: await countOpenAreaSignals(scope.db, scope.municipalityId, area.id),
      urgentSignals: urgent.map((s) => ({ id: s.id, reference: s.reference, excerpt: s.text.length > 140 ? `${s.text.slice(0, 139)}…` : s.text, priority: s.priority as 'high' | 'urgent', themes: s.themes })),
      overdueActions: await countOverdueActions(scope.db, scope.municipalityId, area.id),
      participationDeviations: deviations.filter((d) => d.area.id === area.id && d.direction !== 'higher').length,
      collegeItems: items.filter((item) => item.area_id === area.id).map(presentItem),
      nextMeetings: meetings.map(presentMeetingSummary),
      lastConversation: conversations.get(area.id)?.toISOString() ?? null,
    });
  }
  return { areas: result };
}

export async function listTerms(scope: Scope) {
  return (await listTermRows(scope.db, scope.municipalityId)).map((row) => ({ id: row.id, name: row.name, startsOn: row.starts_on, endsOn: row.ends_on }));
}

export async function createTerm(scope: Scope & { input: z.infer<typeof CollegeTermInputSchema> }) {
  await assertNoOverlap(scope, scope.input, null);
  const id = await insertTermRow(scope.db, scope.municipalityId, scope.input);
  await audit(scope, 'college_term.create', id, { name: scope.input.name });
  return { id, ...scope.input };
}

/** Corrects a term's name or dates (an election brought forward, a typo). */
export async function updateTerm(scope: Scope & { termId: string; update: z.infer<typeof CollegeTermUpdateSchema> }) {
  const current = (await listTermRows(scope.db, scope.municipalityId)).find((term) => term.id === scope.termId);
  if (!current) throw notFound('Collegeperiode niet gevonden.');
  const term = {
    name: scope.update.name ?? current.name,
    startsOn: scope.update.startsOn ?? current.starts_on,
    endsOn: scope.update.endsOn ?? current.ends_on,
  };
  if (term.endsOn <= term.startsOn) throw new AppError(400, 'invalid_period', 'Het einde van de collegeperiode ligt na het begin.');
  await assertNoOverlap(scope, term, scope.termId);
  await updateTermRow(scope.db, scope.municipalityId, scope.termId, term);
  await audit(scope, 'college_term.update', scope.termId, { name: term.name, startsOn: term.startsOn, endsOn: term.endsOn });
  return { id: scope.termId, ...term };
}

/** Two college terms of one municipality never overlap: a visit belongs to one term. */
async function assertNoOverlap(scope: Scope, term: { startsOn: string; endsOn: string }, except: string | null) {
  const other = (await listTermRows(scope.db, scope.municipalityId)).find(
    (row) => row.id !== except && row.starts_on <= term.endsOn && term.startsOn <= row.ends_on,
  );
  if (other) throw new AppError(409, 'overlapping_term', `Deze periode overlapt met collegeperiode ${other.name} (${other.starts_on} tot ${other.ends_on}).`);
}

/** The term a view opens on: the one running today, else the last one that began, else the first to come. */
function defaultTerm<T extends { starts_on: string; ends_on: string }>(terms: readonly T[], today: string): T | undefined {
  return (
    terms.find((term) => term.starts_on <= today && today <= term.ends_on) ??
    terms.find((term) => term.starts_on <= today) ??
    terms[terms.length - 1]
  );
}

/** Per term: which areas the college visited (or has planned to visit) for its half-day. */
export async function collegeVisitCoverage(scope: Scope & { termId?: string }): Promise<z.infer<typeof CollegeVisitCoverageSchema>> {
  const terms = await listTermRows(scope.db, scope.municipalityId);
  // Newest first (listTermRows); today as the municipality counts it.
  const term = scope.termId ? terms.find((t) => t.id === scope.termId) : defaultTerm(terms, amsterdamDate(new Date()));
  if (!term) throw notFound(scope.termId ? 'Collegeperiode niet gevonden.' : 'Leg eerst een collegeperiode vast.');
  const visits = await listCollegeVisits(scope.db, scope.municipalityId, term);
  return {
    term: { id: term.id, name: term.name, startsOn: term.starts_on, endsOn: term.ends_on },
    visited: visits.filter((v) => v.status === 'held').length,
    total: visits.length,
    areas: visits.map((v) => ({
      area: { id: v.area_id, name: v.area_name },
      visit: v.meeting_id && v.starts_at && v.status ? { meetingId: v.meeting_id, startsAt: v.starts_at.toISOString(), status: v.status } : null,
    })),
  };
}

function audit(scope: Scope, action: string, id: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType: 'college', entityId: id, details });
}
