import type { z } from 'zod';
import type { Schedule, ScheduleInput, ScheduleUpdateSchema, ThemeSuggestionSchema, Visit, VisitInput } from '../../../shared/schemas/meeting.js';
import { THEMES, THEME_KEYS, type Theme } from '../../../shared/schemas/signal-vocabulary.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, notFound } from '../../platform/errors.js';
import { createReferral } from '../referrals/referrals.service.js';
import { createSignal } from '../signals/intake.service.js';
import type { Triage } from '../signals/triage/triage-service.js';
import type { FigureLine } from './agenda-prefill.js';
import { countAreaThemes } from './agenda.repo.js';
import { activeUserIds, areaName } from './meetings.repo.js';
import { optionalFigures } from './meetings.service.js';
import { amsterdamDate, nextOccurrences } from './occurrences.js';
import {
  deleteScheduleRow,
  findScheduleRow,
  findVisitRow,
  insertScheduleRow,
  insertVisitRow,
  listScheduleRows,
  listVisitRows,
  type ScheduleRow,
  updateScheduleRow,
  type VisitRow,
} from './office-hours.repo.js';

export const scheduleTimes = (row: ScheduleRow) => ({
  weekday: row.weekday,
  startTime: row.start_time,
  endTime: row.end_time,
  intervalWeeks: row.interval_weeks,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
});

export function presentSchedule(row: ScheduleRow, now = new Date()): Schedule {
  return {
    id: row.id,
    area: { id: row.area_id, name: row.area_name },
    title: row.title,
    location: row.location,
    address: row.address,
    weekday: row.weekday,
    startTime: row.start_time,
    endTime: row.end_time,
    intervalWeeks: row.interval_weeks,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    themes: row.themes,
    host: row.host_user_id ? { id: row.host_user_id, name: row.host_name ?? '' } : null,
    isPublic: row.is_public,
    notes: row.notes,
    nextOccurrences: nextOccurrences(scheduleTimes(row), { from: now, limit: 3 }).map((o) => ({ startsAt: o.startsAt.toISOString(), endsAt: o.endsAt.toISOString() })),
  };
}

export async function listSchedules(scope: Scope & { areaId?: string }): Promise<Schedule[]> {
  return (await listScheduleRows(scope.db, scope.municipalityId, { areaId: scope.areaId })).map((row) => presentSchedule(row));
}

async function assertHost(scope: Scope, hostUserId: string | null | undefined) {
  if (!hostUserId) return;
  if (!(await activeUserIds(scope.db, scope.municipalityId, [hostUserId])).has(hostUserId)) throw new AppError(400, 'unknown_user', 'Deze collega bestaat niet (meer) in deze gemeente.');
}

/** A recurring spreekuur of an area at a location (hub, wijksteunpunt), on the themes that matter there. */
export async function createSchedule(scope: Scope & { input: ScheduleInput }): Promise<Schedule> {
  if (!(await areaName(scope.db, scope.municipalityId, scope.input.areaId))) throw new AppError(400, 'unknown_area', 'Dit gebied bestaat niet in deze gemeente.');
  await assertHost(scope, scope.input.hostUserId);
  const id = await insertScheduleRow(scope.db, scope.municipalityId, scope.input);
  await audit(scope, 'office_hours.create', id, { areaId: scope.input.areaId });
  return presentSchedule((await findScheduleRow(scope.db, scope.municipalityId, id)) as ScheduleRow);
}

export async function updateSchedule(scope: Scope & { scheduleId: string; update: z.infer<typeof ScheduleUpdateSchema> }): Promise<Schedule> {
  const row = await findScheduleRow(scope.db, scope.municipalityId, scope.scheduleId);
  if (!row) throw notFound('Spreekuur niet gevonden.');
  if (scope.update.endsOn && scope.update.endsOn < row.starts_on) throw new AppError(400, 'invalid_period', 'De einddatum ligt niet vóór de begindatum.');
  await assertHost(scope, scope.update.hostUserId);
  await updateScheduleRow(scope.db, scope.municipalityId, row.id, scope.update);
  await audit(scope, 'office_hours.update', row.id, { fields: Object.keys(scope.update) });
  return presentSchedule((await findScheduleRow(scope.db, scope.municipalityId, row.id)) as ScheduleRow);
}

export async function deleteSchedule(scope: Scope & { scheduleId: string }): Promise<void> {
  if (!(await deleteScheduleRow(scope.db, scope.municipalityId, scope.scheduleId))) throw notFound('Spreekuur niet gevonden.');
  await audit(scope, 'office_hours.delete', scope.scheduleId, {});
}

function presentVisit(row: VisitRow): Visit {
  return {
    id: row.id,
    areaId: row.area_id,
    scheduleId: row.schedule_id,
    visitedOn: row.visited_on,
    question: row.question,
    themes: row.themes,
    outcome: row.outcome,
    answer: row.answer,
    signal: row.signal_id ? { id: row.signal_id, reference: row.signal_reference ?? '' } : null,
    referralId: row.referral_id,
    createdBy: row.created_by_name,
  };
}

export async function listVisits(scope: Scope & { areaId?: string; scheduleId?: string }): Promise<Visit[]> {
  return (await listVisitRows(scope.db, scope.municipalityId, scope)).map(presentVisit);
}

/**
 * Logs a walk-in at a spreekuur. In the same step the visit can become a signal (channel "spreekuur")
 * and, when a colleague must answer, a referral to that colleague — one transaction, all or nothing.
 */
export async function logVisit(scope: Scope & { reference: string | null; input: VisitInput; triage: Triage; publicUrl: string }): Promise<Visit> {
  const { input } = scope;
  if (!(await areaName(scope.db, scope.municipalityId, input.areaId))) throw new AppError(400, 'unknown_area', 'Dit gebied bestaat niet in deze gemeente.');
  if (input.scheduleId) {
    const schedule = await findScheduleRow(scope.db, scope.municipalityId, input.scheduleId);
    if (!schedule || schedule.area_id !== input.areaId) throw new AppError(400, 'unknown_schedule', 'Dit spreekuur bestaat niet in dit gebied.');
  }
  const visitedOn = input.visitedOn ?? amsterdamDate(new Date());
  let signalId: string | null = null;
  let referralId: string | null = null;
  let themes = input.themes;
  if (input.outcome !== 'answered') {
    if (!scope.reference) throw new Error('a visit that becomes a signal needs a reference');
    const signal = await createSignal({
      ...scope,
      reference: scope.reference,
      input: { text: input.question, channel: 'spreekuur', receivedOn: visitedOn, onBehalfOf: input.onBehalfOf, areaId: input.areaId, reporter: input.reporter },
      located: { areaId: input.areaId, neighbourhoodCode: null },
      triage: scope.triage,
      publicUrl: scope.publicUrl,
    });
    signalId = signal.id;
    if (themes.length === 0) themes = signal.triage.themes;
    if (input.outcome === 'referral' && input.referral) {
      const referral = await createReferral({ ...scope, signalId: signal.id, ...input.referral, publicUrl: scope.publicUrl });
      referralId = referral.id;
    }
  }
  const id = await insertVisitRow(scope.db, {
    municipalityId: scope.municipalityId,
    areaId: input.areaId,
    scheduleId: input.scheduleId,
    visitedOn,
    question: input.question,
    themes,
    outcome: input.outcome,
    answer: input.answer,
    signalId,
    referralId,
    createdBy: scope.actorId,
  });
  await audit(scope, 'office_hours.visit', id, { outcome: input.outcome, signalId, referralId });
  return presentVisit((await findVisitRow(scope.db, scope.municipalityId, id)) as VisitRow);
}

/** Spreekuur themes suggested from what the area raises (signals and visits of the past year) and its figures. */
export async function suggestThemes(scope: Scope & { areaId: string; loadFigures?: () => Promise<FigureLine[]> }): Promise<z.infer<typeof ThemeSuggestionSchema>> {
  if (!(await areaName(scope.db, scope.municipalityId, scope.areaId))) throw notFound('Gebied niet gevonden.');
  const counts = (await countAreaThemes(scope.db, scope.municipalityId, scope.areaId, 12)).filter((row) => THEME_KEYS.includes(row.theme as Theme));
  const figures = scope.loadFigures ? await optionalFigures(scope.db, scope.loadFigures) : [];
  return {
    themes: counts.slice(0, 5).map((row) => ({
      theme: row.theme as Theme,
      label: THEMES[row.theme as Theme].label,
      signals: row.signals,
      visits: row.visits,
      reason: `${row.signals} signaal${row.signals === 1 ? '' : 'en'} en ${row.visits} spreekuurbezoek${row.visits === 1 ? '' : 'en'} in de afgelopen 12 maanden`,
    })),
    figures: figures.map((figure) => ({ title: figure.title, area: null, municipality: null, unit: '', note: figure.text })),
  };
}

function audit(scope: Scope, action: string, id: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType: 'office_hours', entityId: id, details });
}
