import type { Handover, HandoverInput, Portfolio } from '../../../shared/schemas/activity.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, notFound } from '../../platform/errors.js';
import {
  findActiveConnector,
  findAreaName,
  findConnectorHours,
  findOpenWork,
  insertHandover,
  listHandoverRows,
  movePortfolio,
  replaceConnector,
} from './handover.repo.js';

/**
 * Hands an area's portfolio from a leaving connector to a successor in one transaction: the connector
 * place (and so the public card), open referrals, the relations with organisations and contacts, and
 * a handover line in every open signal. Activities keep their author, so hours and roles stay true.
 */
export async function handOverArea(scope: Scope & { areaId: string; input: HandoverInput }): Promise<{ handover: Handover; portfolio: Portfolio }> {
  const { db, municipalityId, areaId, input } = scope;
  const areaName = await findAreaName(db, municipalityId, areaId);
  if (!areaName) throw notFound('Gebied niet gevonden.');
  const current = await findConnectorHours(db, municipalityId, areaId, input.fromUserId);
  if (!current) throw new AppError(400, 'not_connector_of_area', `Deze persoon is geen wijkverbinder van ${areaName}.`);
  const from = (await findActiveConnector(db, municipalityId, input.fromUserId)) ?? { name: 'de vorige wijkverbinder' };
  const to = await findActiveConnector(db, municipalityId, input.toUserId);
  if (!to) throw new AppError(400, 'successor_not_connector', 'De opvolger moet een actieve medewerker met de rol wijkverbinder zijn.');

  await replaceConnector(db, municipalityId, areaId, input.fromUserId, input.toUserId, input.hoursPerWeek ?? current.hoursPerWeek);
  const moved = await movePortfolio(db, {
    municipalityId,
    areaId,
    fromId: input.fromUserId,
    toId: input.toUserId,
    actorId: scope.actorId,
    fromName: from.name,
    toName: to.name,
  });
  const id = await insertHandover(db, { municipalityId, areaId, fromId: input.fromUserId, toId: input.toUserId, note: input.note, moved, actorId: scope.actorId });
  await recordAudit(db, {
    municipalityId,
    actorId: scope.actorId,
    action: 'area.handover',
    entityType: 'area',
    entityId: areaId,
    details: { handoverId: id, fromUserId: input.fromUserId, toUserId: input.toUserId, moved },
  });
  const portfolio = await getPortfolio(scope);
  return { handover: portfolio.handovers.find((handover) => handover.id === id) as Handover, portfolio };
}

/** The open work of an area and its handover history: the overview a successor starts from. */
export async function getPortfolio(scope: Scope & { areaId: string }): Promise<Portfolio> {
  const areaName = await findAreaName(scope.db, scope.municipalityId, scope.areaId);
  if (!areaName) throw notFound('Gebied niet gevonden.');
  const work = await findOpenWork(scope.db, scope.municipalityId, scope.areaId);
  const handovers = await listHandoverRows(scope.db, scope.municipalityId, scope.areaId);
  return {
    area: { id: scope.areaId, name: areaName },
    connectors: work.connectors.map((c) => ({ id: c.id, name: c.name, hoursPerWeek: c.hours_per_week === null ? null : Number(c.hours_per_week) })),
    openSignals: work.signals.map((s) => ({
      id: s.id,
      reference: s.reference,
      excerpt: s.text.length > 140 ? `${s.text.slice(0, 137)}…` : s.text,
      status: s.status,
      receivedOn: s.received_on,
      isOverdue: s.is_overdue,
    })),
    openReferrals: work.referrals.map((r) => ({
      id: r.id,
      signalReference: r.signal_reference,
      question: r.question,
      specialist: r.specialist,
      department: r.department,
      requestedBy: r.requested_by,
      status: r.status,
      dueOn: r.due_on,
      isOverdue: r.is_overdue,
    })),
    organisations: work.organisations.map((o) => ({ id: o.id, name: o.name, type: o.type, relationHolder: o.relation_holder })),
    contactCount: work.contactCount,
    activities: { count: work.activities.n, hours: Math.round((work.activities.minutes / 60) * 10) / 10, lastOn: work.activities.last_on },
    handovers: handovers.map((h) => ({
      id: h.id,
      at: h.created_at.toISOString(),
      from: h.from_id ? { id: h.from_id, name: h.from_name ?? '' } : null,
      to: h.to_id ? { id: h.to_id, name: h.to_name ?? '' } : null,
      by: h.by_name,
      note: h.note,
      moved: h.moved,
    })),
  };
}
