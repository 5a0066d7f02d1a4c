import {
  type Activity,
  type ActivityInput,
  type ActivityListQuery,
  type ActivityUpdate,
  suggestRole,
} from '../../../shared/schemas/activity.js';
import { recordAudit } from '../../platform/audit.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { canEditActivity } from './activities.policy.js';
import { presentActivity } from './activities.presenter.js';
import {
  type ActivityRow,
  countExisting,
  deleteActivity as deleteActivityRow,
  findActivityRow,
  findSignalKind,
  insertActivity,
  listActivityRows,
  replaceActivityLinks,
  updateActivity as updateActivityRow,
} from './activities.repo.js';
import { addDays, todayInAmsterdam } from './periods.js';

type UserScope = Scope & { user: SessionUser };

/** Logs one activity of the signed-in connector; the suggested role is Schakel's own, never the client's. */
export async function createActivity(scope: UserScope & { input: ActivityInput }): Promise<Activity> {
  const input = { ...scope.input };
  const signal = await checkLinks(scope, input);
  if (signal && !input.areaId) input.areaId = signal.area_id;
  const suggested = suggestRole({ kind: input.kind, signalKind: signal?.kind });
  const id = await insertActivity(scope.db, scope.municipalityId, scope.actorId, { ...input, suggestedRole: suggested.role });
  await replaceActivityLinks(scope.db, scope.municipalityId, id, input);
  await audit(scope, 'activity.create', id, { role: input.role, suggestedRole: suggested.role });
  return presentActivity(await loadRow(scope, id), scope.user);
}

export async function updateActivity(scope: UserScope & { activityId: string; update: ActivityUpdate }): Promise<Activity> {
  const row = await loadRow(scope, scope.activityId);
  if (!canEditActivity(scope.user, row.user_id)) throw forbidden('U kunt alleen uw eigen activiteiten wijzigen.');
  const update = scope.update;
  const merged = { kind: update.kind ?? row.kind, signalId: update.signalId === undefined ? row.signal_id : update.signalId };
  const signal = await checkLinks(scope, { ...update, signalId: update.signalId ?? null });
  const signalKind = merged.signalId ? (signal?.kind ?? (await findSignalKind(scope.db, scope.municipalityId, merged.signalId))?.kind) : null;
  const suggestedRole = suggestRole({ kind: merged.kind, signalKind }).role;
  await updateActivityRow(scope.db, scope.municipalityId, row.id, { ...update, suggestedRole });
  await replaceActivityLinks(scope.db, scope.municipalityId, row.id, update);
  await audit(scope, 'activity.update', row.id, { fields: Object.keys(update) });
  return presentActivity(await loadRow(scope, row.id), scope.user);
}

export async function deleteActivity(scope: UserScope & { activityId: string }): Promise<void> {
  const row = await loadRow(scope, scope.activityId);
  if (!canEditActivity(scope.user, row.user_id)) throw forbidden('U kunt alleen uw eigen activiteiten verwijderen.');
  await deleteActivityRow(scope.db, scope.municipalityId, row.id);
  await audit(scope, 'activity.delete', row.id, { occurredOn: row.occurred_on, minutes: row.minutes });
}

export async function getActivity(scope: UserScope & { activityId: string }): Promise<Activity> {
  return presentActivity(await loadRow(scope, scope.activityId), scope.user);
}

/** The log with filters; `mine` is the signed-in user's own. */
export async function listActivities(scope: UserScope & { query: ActivityListQuery }): Promise<{ items: Activity[]; total: number }> {
  const { mine, ...query } = scope.query;
  const { rows, total } = await listActivityRows(scope.db, scope.municipalityId, mine === 'true' ? { ...query, userId: scope.actorId } : query);
  return { items: rows.map((row) => presentActivity(row, scope.user)), total };
}

async function loadRow(scope: Scope, id: string): Promise<ActivityRow> {
  const row = await findActivityRow(scope.db, scope.municipalityId, id);
  if (!row) throw notFound('Activiteit niet gevonden.');
  return row;
}

/** Every linked record must exist in this municipality; returns the linked signal's kind and area. */
async function checkLinks(scope: Scope, input: Partial<ActivityInput>) {
  if (input.occurredOn !== undefined) {
    if (input.occurredOn > addDays(todayInAmsterdam(), 1)) throw new AppError(400, 'date_in_future', 'Een activiteit ligt niet in de toekomst.');
    if (input.occurredOn < '2000-01-01') throw new AppError(400, 'date_too_early', 'Deze datum ligt te ver terug.');
  }
  const unknown = (what: string) => new AppError(400, 'unknown_link', `${what} bestaat niet (meer) in deze gemeente.`);
  if (input.areaId && (await countExisting(scope.db, scope.municipalityId, 'areas', [input.areaId])) !== 1) throw unknown('Dit gebied');
  const organisationIds = input.organisationIds ?? [];
  if ((await countExisting(scope.db, scope.municipalityId, 'organisations', organisationIds)) !== organisationIds.length) {
    throw unknown('Een gekozen organisatie');
  }
  const contactIds = input.contactIds ?? [];
  if ((await countExisting(scope.db, scope.municipalityId, 'contacts', contactIds)) !== contactIds.length) throw unknown('Een gekozen contactpersoon');
  if (!input.signalId) return undefined;
  const signal = await findSignalKind(scope.db, scope.municipalityId, input.signalId);
  if (!signal) throw unknown('Dit signaal');
  return signal;
}

function audit(scope: Scope, action: string, id: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType: 'activity', entityId: id, details });
}
