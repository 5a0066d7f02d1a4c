import type { Assessment, StatusChange } from '../../../shared/schemas/signal.js';
import { CLOSING_STATE_LABELS, SIGNAL_STATUS_LABELS } from '../../../shared/schemas/signal.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import type { Db } from '../../platform/db/tenant.js';
import { AppError, notFound } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { forgetLearnedExamples } from './intake.service.js';
import { findMunicipality } from '../municipalities/municipalities.repo.js';
import { renderTemplate } from './message-templates.js';
import { postToOpen311 } from './open311.js';
import { findReporterRows, findSignalRow, insertEvent, type SignalRow, updateSignalFields } from './signals.repo.js';
import { assertTransition } from './status-machine.js';

async function loadSignal(scope: Scope, signalId: string): Promise<SignalRow> {
  const signal = await findSignalRow(scope.db, scope.municipalityId, signalId);
  if (!signal) throw notFound('Signaal niet gevonden.');
  return signal;
}

/** The connector's assessment: content, relevance, priority with reason, frameworks, approach; new → assessed. */
export async function assessSignal(scope: Scope & { signalId: string; assessment: Assessment }): Promise<void> {
  const signal = await loadSignal(scope, scope.signalId);
  const a = scope.assessment;
  const municipality = await findMunicipalityFrameworks(scope.db, scope.municipalityId);
  const unknown = a.frameworks.filter((f) => !municipality.includes(f));
  if (unknown.length > 0) {
    throw new AppError(400, 'unknown_framework', `Onbekend kader: ${unknown.join(', ')}. Kies uit: ${municipality.join(', ')}.`);
  }
  if (a.areaId) {
    const { rowCount } = await scope.db.query('select 1 from areas where municipality_id = $1 and id = $2', [scope.municipalityId, a.areaId]);
    if (!rowCount) throw new AppError(400, 'unknown_area', 'Dit gebied bestaat niet in deze gemeente.');
  }
  await updateSignalFields(scope.db, scope.municipalityId, signal.id, {
    kind: a.kind,
    kind_confirmed_by: scope.actorId,
    themes: a.themes,
    priority: a.priority,
    priority_reason: a.priorityReason,
    content_assessment: a.contentAssessment,
    relevance: a.relevance,
    frameworks: a.frameworks,
    approach: a.approach,
    expected_result: a.expectedResult,
    ...(a.areaId !== undefined && { area_id: a.areaId }),
    ...(signal.status === 'new' && { status: 'assessed' }),
  });
  forgetLearnedExamples(scope.municipalityId);
  await insertEvent(scope.db, {
    signalId: signal.id,
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    type: 'assessed',
    fromStatus: signal.status,
    toStatus: signal.status === 'new' ? 'assessed' : signal.status,
    details: { kind: a.kind, kindChanged: a.kind !== signal.kind, priority: a.priority },
  });
  await audit(scope, 'signal.assess', signal.id);
}

async function findMunicipalityFrameworks(db: Db, municipalityId: string): Promise<string[]> {
  const { rows } = await db.query<{ frameworks: string[] }>('select frameworks from municipalities where id = $1', [municipalityId]);
  return rows[0]?.frameworks ?? [];
}

/** Moves a signal through its workflow (or reopens it), with an optional message to the resident. */
export async function changeStatus(scope: Scope & { signalId: string; change: StatusChange }): Promise<void> {
  const signal = await loadSignal(scope, scope.signalId);
  const { change } = scope;
  assertTransition({ from: signal.status, to: change.to, closingState: change.closingState, reason: change.reason });
  const isClosing = change.to === 'closed';
  await updateSignalFields(scope.db, scope.municipalityId, signal.id, {
    status: change.to,
    closing_state: isClosing ? change.closingState : null,
    closing_reason: isClosing ? (change.reason ?? null) : null,
    closed_at: isClosing ? new Date() : null,
    ...(change.result !== undefined && { result: change.result }),
  });
  await insertEvent(scope.db, {
    signalId: signal.id,
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    type: signal.status === 'closed' ? 'reopened' : 'status',
    fromStatus: signal.status,
    toStatus: change.to,
    note: change.reason ?? null,
    publicMessage: change.publicMessage ?? null,
    details: isClosing ? { closingState: change.closingState } : {},
  });
  if (change.publicMessage) await mailReporters(scope, signal, change.publicMessage);
  await audit(scope, isClosing ? 'signal.close' : 'signal.status', signal.id, { to: change.to, closingState: change.closingState });
}

/** A message to the resident(s): shown on the tracking page and mailed to whoever left an address. */
export async function sendMessage(scope: Scope & { signalId: string; text: string }): Promise<void> {
  const signal = await loadSignal(scope, scope.signalId);
  await insertEvent(scope.db, { signalId: signal.id, municipalityId: scope.municipalityId, actorId: scope.actorId, type: 'message', publicMessage: scope.text });
  await mailReporters(scope, signal, scope.text);
  await audit(scope, 'signal.message', signal.id);
}

/** An internal note: never shown to the resident. */
export async function addNote(scope: Scope & { signalId: string; text: string }): Promise<void> {
  const signal = await loadSignal(scope, scope.signalId);
  await insertEvent(scope.db, { signalId: signal.id, municipalityId: scope.municipalityId, actorId: scope.actorId, type: 'note', note: scope.text });
}

/** Hands a daily report to the regular channel in one step: recorded, posted to Open311 where configured, closed. */
export async function handOffDailyReport(scope: Scope & { signalId: string }): Promise<{ open311: unknown }> {
  const signal = await loadSignal(scope, scope.signalId);
  if (signal.status === 'closed') throw new AppError(409, 'already_closed', 'Dit signaal is al afgesloten.');
  const municipality = await findMunicipality(scope.db, scope.municipalityId);
  const channel = municipality?.regular_channels[0];
  const open311Config = (await scope.db.query<{ open311: { endpoint: string; serviceCode: string; apiKey?: string } | null }>(
    'select open311 from municipalities where id = $1',
    [scope.municipalityId],
  )).rows[0]?.open311;
  const open311 = open311Config
    ? await postToOpen311({ config: open311Config, description: signal.text, lat: signal.lat, lon: signal.lon })
    : null;
  const message = await renderTemplate(scope.db, scope.municipalityId, 'daily_report', { channel: channel?.name ?? 'het meldkanaal van de gemeente' });
  await updateSignalFields(scope.db, scope.municipalityId, signal.id, {
    kind: 'daily_report',
    kind_confirmed_by: scope.actorId,
    status: 'closed',
    closing_state: 'handed_to_regular_channel',
    closed_at: new Date(),
    handoff: JSON.stringify({ channel: channel ?? null, at: new Date().toISOString(), by: scope.actorId, open311 }),
  });
  forgetLearnedExamples(scope.municipalityId);
  await insertEvent(scope.db, {
    signalId: signal.id,
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    type: 'handoff',
    fromStatus: signal.status,
    toStatus: 'closed',
    publicMessage: message,
    details: { channel: channel?.name ?? null, open311 },
  });
  await mailReporters(scope, signal, message);
  await audit(scope, 'signal.handoff', signal.id, { channel: channel?.name ?? null });
  return { open311 };
}

/** Links a signal to an earlier one on the same problem: it closes as duplicate; its reporters follow the original. */
export async function linkDuplicate(scope: Scope & { signalId: string; duplicateOf: string }): Promise<void> {
  if (scope.signalId === scope.duplicateOf) throw new AppError(400, 'self_link', 'Een signaal kan geen dubbel van zichzelf zijn.');
  const signal = await loadSignal(scope, scope.signalId);
  const original = await loadSignal(scope, scope.duplicateOf);
  if (original.duplicate_of) throw new AppError(400, 'link_to_duplicate', `Koppel aan het oorspronkelijke signaal ${original.duplicate_of_reference}.`);
  await updateSignalFields(scope.db, scope.municipalityId, signal.id, {
    duplicate_of: original.id,
    status: 'closed',
    closing_state: 'duplicate',
    closed_at: new Date(),
  });
  await scope.db.query('update signals set duplicate_of = $3 where municipality_id = $1 and duplicate_of = $2', [scope.municipalityId, signal.id, original.id]);
  const message = `Uw signaal gaat over hetzelfde als signaal ${original.reference}. Wij behandelen ze samen; u blijft op de hoogte.`;
  await insertEvent(scope.db, {
    signalId: signal.id,
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    type: 'linked',
    fromStatus: signal.status,
    toStatus: 'closed',
    publicMessage: message,
    details: { duplicateOf: original.reference },
  });
  await insertEvent(scope.db, { signalId: original.id, municipalityId: scope.municipalityId, actorId: scope.actorId, type: 'duplicate_added', details: { duplicate: signal.reference } });
  await mailReporters(scope, { ...signal, duplicate_of: null }, message);
  await audit(scope, 'signal.link', signal.id, { duplicateOf: original.id });
}

/** Mails a message to the reporters of a signal and of every signal linked to it as duplicate. */
async function mailReporters(scope: Scope, signal: SignalRow, text: string): Promise<void> {
  const { rows: linked } = await scope.db.query<{ id: string }>(
    'select id from signals where municipality_id = $1 and duplicate_of = $2',
    [scope.municipalityId, signal.id],
  );
  const reporters = await findReporterRows(scope.db, scope.municipalityId, [signal.id, ...linked.map((row) => row.id)]);
  const status = SIGNAL_STATUS_LABELS[signal.status];
  for (const email of new Set(reporters.map((r) => r.email).filter((e): e is string => Boolean(e)))) {
    await enqueueMail(scope.db, {
      municipalityId: scope.municipalityId,
      to: email,
      subject: `Nieuws over uw signaal ${signal.reference}`,
      text: `${text}\n\n(Status: ${signal.closing_state ? CLOSING_STATE_LABELS[signal.closing_state as keyof typeof CLOSING_STATE_LABELS] : status}. Volg uw signaal met de link uit de ontvangstbevestiging.)`,
    });
  }
}

function audit(scope: Scope, action: string, signalId: string, details: Record<string, unknown> = {}) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType: 'signal', entityId: signalId, details });
}
