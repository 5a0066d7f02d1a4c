import type { SignalDetail, SignalListItem, SignalListQuery } from '../../../shared/schemas/signal.js';
import { recordAudit } from '../../platform/audit.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import { hasRole } from '../../platform/auth/access.js';
import type { Scope } from '../../platform/db/scope.js';
import { notFound } from '../../platform/errors.js';
import { listReferralsOfSignal } from '../referrals/referrals.repo.js';
import { presentReferralSummary } from '../referrals/referrals.presenter.js';
import { THEME_KEYS, type Theme } from '../../../shared/schemas/signal-vocabulary.js';
import { suggestSpecialists } from './intake.service.js';
import { canReadReporterData, seesAllSignals } from './signals.policy.js';
import {
  countReporters,
  findConnectorAreaIds,
  findDuplicates,
  findEventRows,
  findPhotoIds,
  findReporterRows,
  findSignalRow,
  listSignalRows,
  type SignalListRow,
} from './signals.repo.js';
import { allowedTransitions } from './status-machine.js';

export function presentListItem(row: SignalListRow): SignalListItem {
  return {
    id: row.id,
    reference: row.reference,
    excerpt: row.text.length > 140 ? `${row.text.slice(0, 137)}…` : row.text,
    kind: row.kind,
    status: row.status,
    closingState: row.closing_state as SignalListItem['closingState'],
    channel: row.channel as SignalListItem['channel'],
    themes: row.themes,
    priority: row.priority,
    area: row.area_id ? { id: row.area_id, name: row.area_name ?? '' } : null,
    receivedOn: row.received_on,
    createdAt: row.created_at.toISOString(),
    openReferrals: row.open_referrals,
    isOverdue: row.overdue_referrals > 0,
  };
}

/** The inbox: what this user may see, filtered. Partners see what they entered; specialists what they were asked. */
export async function listSignals(scope: Scope & { user: SessionUser; query: SignalListQuery }): Promise<{ items: SignalListItem[]; total: number; isTotalCapped: boolean }> {
  const { user, query } = scope;
  const visibility = seesAllSignals(user)
    ? {}
    : hasRole(user, 'specialist')
      ? { referredTo: user.id }
      : { enteredBy: user.id };
  const areaIds = query.mine === 'true' ? await findConnectorAreaIds(scope.db, scope.municipalityId, user.id) : undefined;
  const { rows, total, isTotalCapped } = await listSignalRows(scope.db, scope.municipalityId, query, { ...visibility, areaIds });
  return { items: rows.map(presentListItem), total, isTotalCapped };
}

/** One signal with its assessment, referrals and history; the resident's details only for who needs them. */
export async function getSignal(scope: Scope & { user: SessionUser; signalId: string }): Promise<SignalDetail> {
  const { db, municipalityId, user } = scope;
  const row = await findSignalRow(db, municipalityId, scope.signalId);
  if (!row) throw notFound('Signaal niet gevonden.');
  if (!seesAllSignals(user)) {
    const referred = (await listReferralsOfSignal(db, municipalityId, row.id)).some((r) => r.specialist_id === user.id);
    if (!(row.entered_by === user.id || referred)) throw notFound('Signaal niet gevonden.');
  }
  const myAreas = await findConnectorAreaIds(db, municipalityId, user.id);
  const mayReadReporters = canReadReporterData(user, row.area_id !== null && myAreas.includes(row.area_id));
  let reporters: SignalDetail['reporters'] = null;
  if (mayReadReporters && (await countReporters(db, municipalityId, row.id)) > 0) {
    reporters = (await findReporterRows(db, municipalityId, [row.id])).map(({ name, email, phone }) => ({ name, email, phone }));
    await recordAudit(db, { municipalityId, actorId: user.id, action: 'resident.read', entityType: 'signal', entityId: row.id, details: { reference: row.reference } });
  }
  // One connection runs one query at a time: in sequence, not Promise.all.
  const events = await findEventRows(db, municipalityId, row.id);
  const photoIds = await findPhotoIds(db, municipalityId, row.id);
  const duplicates = await findDuplicates(db, municipalityId, row.id);
  const referrals = await listReferralsOfSignal(db, municipalityId, row.id);
  return {
    ...presentListItem(row),
    text: row.text,
    onBehalfOf: row.on_behalf_of,
    enteredBy: row.entered_by_name,
    neighbourhood: row.neighbourhood_code ? { code: row.neighbourhood_code, name: row.neighbourhood_name ?? row.neighbourhood_code } : null,
    location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    triage: row.triage,
    priorityReason: row.priority_reason,
    contentAssessment: row.content_assessment,
    relevance: row.relevance,
    frameworks: row.frameworks,
    approach: row.approach,
    expectedResult: row.expected_result,
    result: row.result,
    closingReason: row.closing_reason,
    duplicateOf: row.duplicate_of ? { id: row.duplicate_of, reference: row.duplicate_of_reference ?? '' } : null,
    duplicates,
    handoff: row.handoff,
    photoIds,
    hasReporter: reporters !== null || (await countReporters(db, municipalityId, row.id)) > 0,
    reporters,
    referrals: referrals.map(presentReferralSummary),
    events: events.map((e) => ({
      at: e.at.toISOString(),
      type: e.type,
      actor: e.actor,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
      publicMessage: e.public_message,
      details: e.details,
    })),
    allowedTransitions: allowedTransitions(row.status),
    suggestedSpecialists: await suggestSpecialists(db, municipalityId, row.themes.filter(isTheme), true),
  };
}

const isTheme = (value: string): value is Theme => (THEME_KEYS as string[]).includes(value);
