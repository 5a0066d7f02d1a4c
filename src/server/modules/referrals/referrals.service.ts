import { recordAudit } from '../../platform/audit.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { findSignalRow, insertEvent, updateSignalFields } from '../signals/signals.repo.js';
import { presentReferral } from './referrals.presenter.js';
import { findReferralRow, insertReferral, listReferralsOfSpecialist, type ReferralRow, updateReferral } from './referrals.repo.js';

/** Asks a specialist a question about a signal, with a due date; the specialist gets a mail with a link. */
export async function createReferral(
  scope: Scope & { signalId: string; specialistId: string; question: string; dueOn: string; publicUrl: string },
) {
  const signal = await findSignalRow(scope.db, scope.municipalityId, scope.signalId);
  if (!signal) throw notFound('Signaal niet gevonden.');
  if (signal.status === 'closed') throw new AppError(409, 'signal_closed', 'Dit signaal is afgesloten; heropen het eerst.');
  const { rows } = await scope.db.query<{ name: string; email: string; is_active: boolean }>(
    'select name, email, is_active from users where municipality_id = $1 and id = $2',
    [scope.municipalityId, scope.specialistId],
  );
  const specialist = rows[0];
  if (!specialist?.is_active) throw new AppError(400, 'unknown_specialist', 'Deze collega bestaat niet (meer) in deze gemeente.');
  if (scope.dueOn < new Date().toISOString().slice(0, 10)) throw new AppError(400, 'due_in_past', 'De termijn ligt in het verleden.');
  const id = await insertReferral(scope.db, {
    municipalityId: scope.municipalityId,
    signalId: signal.id,
    specialistId: scope.specialistId,
    createdBy: scope.actorId,
    question: scope.question,
    dueOn: scope.dueOn,
  });
  if (signal.status === 'new' || signal.status === 'assessed') {
    await updateSignalFields(scope.db, scope.municipalityId, signal.id, { status: 'in_progress' });
  }
  await insertEvent(scope.db, {
    signalId: signal.id,
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    type: 'referred',
    fromStatus: signal.status,
    toStatus: signal.status === 'new' || signal.status === 'assessed' ? 'in_progress' : signal.status,
    details: { referralId: id, specialist: specialist.name, dueOn: scope.dueOn },
  });
  await enqueueMail(scope.db, {
    municipalityId: scope.municipalityId,
    to: specialist.email,
    subject: `Verzoek over signaal ${signal.reference} — graag vóór ${formatDate(scope.dueOn)}`,
    text:
      `Beste ${specialist.name},\n\nEr is een vraag aan u over signaal ${signal.reference}${signal.area_name ? ` (${signal.area_name})` : ''}:\n\n` +
      `${scope.question}\n\nGraag uw antwoord vóór ${formatDate(scope.dueOn)}. Bekijken en beantwoorden:\n` +
      `${scope.publicUrl}/werk/verzoeken/${id}\n\nMet vriendelijke groet,\nSchakel`,
  });
  await recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action: 'referral.create', entityType: 'referral', entityId: id, details: { signalId: signal.id } });
  return presentReferral((await findReferralRow(scope.db, scope.municipalityId, id)) as ReferralRow);
}

async function loadOwnReferral(scope: Scope & { user: SessionUser; referralId: string }): Promise<ReferralRow> {
  const row = await findReferralRow(scope.db, scope.municipalityId, scope.referralId);
  if (!row) throw notFound('Verzoek niet gevonden.');
  const isOwn = row.specialist_id === scope.user.id;
  const isHandler = scope.user.roles.some((r) => r === 'connector' || r === 'coordinator');
  if (!isOwn && !isHandler) throw notFound('Verzoek niet gevonden.');
  return row;
}

export async function getReferral(scope: Scope & { user: SessionUser; referralId: string }) {
  return presentReferral(await loadOwnReferral(scope));
}

/** The specialist's list: open first, by due date. */
export async function listMyReferrals(scope: Scope & { openOnly: boolean }) {
  return (await listReferralsOfSpecialist(scope.db, scope.municipalityId, scope.actorId, scope.openOnly)).map(presentReferral);
}

/** "Gezien": the specialist acknowledges the question. */
export async function acknowledgeReferral(scope: Scope & { user: SessionUser; referralId: string }) {
  const row = await loadOwnReferral(scope);
  if (row.specialist_id !== scope.user.id) throw forbidden('Alleen de gevraagde collega kan het verzoek als gezien markeren.');
  if (row.status === 'open') {
    await updateReferral(scope.db, scope.municipalityId, row.id, { status: 'seen', seen_at: new Date() });
    await insertEvent(scope.db, { signalId: row.signal_id, municipalityId: scope.municipalityId, actorId: scope.actorId, type: 'referral_seen', details: { referralId: row.id } });
  }
  return presentReferral((await findReferralRow(scope.db, scope.municipalityId, row.id)) as ReferralRow);
}

/** The specialist's answer; the connector who asked gets a mail. */
export async function answerReferral(scope: Scope & { user: SessionUser; referralId: string; answer: string; publicUrl: string }) {
  const row = await loadOwnReferral(scope);
  if (row.specialist_id !== scope.user.id) throw forbidden('Alleen de gevraagde collega kan dit verzoek beantwoorden.');
  if (!['open', 'seen'].includes(row.status)) throw new AppError(409, 'already_answered', 'Dit verzoek is al beantwoord of gesloten.');
  const now = new Date();
  await updateReferral(scope.db, scope.municipalityId, row.id, { status: 'answered', answer: scope.answer, answered_at: now, seen_at: row.seen_at ?? now });
  await insertEvent(scope.db, { signalId: row.signal_id, municipalityId: scope.municipalityId, actorId: scope.actorId, type: 'referral_answered', note: scope.answer, details: { referralId: row.id } });
  if (row.created_by_email) {
    await enqueueMail(scope.db, {
      municipalityId: scope.municipalityId,
      to: row.created_by_email,
      subject: `Antwoord van ${row.specialist_name} over signaal ${row.signal_reference}`,
      text: `${row.specialist_name} antwoordde op uw verzoek:\n\n${scope.answer}\n\nBekijk het signaal: ${scope.publicUrl}/werk/signalen/${row.signal_id}`,
    });
  }
  return presentReferral((await findReferralRow(scope.db, scope.municipalityId, row.id)) as ReferralRow);
}

/** The connector records the follow-up of an answered referral, and may close it. */
export async function followUpReferral(scope: Scope & { user: SessionUser; referralId: string; followUp: string; close: boolean }) {
  const row = await loadOwnReferral(scope);
  await updateReferral(scope.db, scope.municipalityId, row.id, { follow_up: scope.followUp, ...(scope.close && { status: 'closed' }) });
  await insertEvent(scope.db, { signalId: row.signal_id, municipalityId: scope.municipalityId, actorId: scope.actorId, type: 'referral_follow_up', note: scope.followUp, details: { referralId: row.id, closed: scope.close } });
  return presentReferral((await findReferralRow(scope.db, scope.municipalityId, row.id)) as ReferralRow);
}

export const formatDate = (isoDate: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(`${isoDate}T12:00:00Z`));

/** Withdraws an open referral (no longer needed); the specialist hears it is off their list. */
export async function cancelReferral(scope: Scope & { user: SessionUser; referralId: string; reason: string }) {
  const row = await loadOwnReferral(scope);
  if (!['open', 'seen'].includes(row.status)) throw new AppError(409, 'not_open', 'Alleen een open verzoek kan worden ingetrokken.');
  await updateReferral(scope.db, scope.municipalityId, row.id, { status: 'cancelled', follow_up: scope.reason });
  await insertEvent(scope.db, { signalId: row.signal_id, municipalityId: scope.municipalityId, actorId: scope.actorId, type: 'referral_cancelled', note: scope.reason, details: { referralId: row.id, specialist: row.specialist_name } });
  await enqueueMail(scope.db, {
    municipalityId: scope.municipalityId,
    to: row.specialist_email,
    subject: `Verzoek over signaal ${row.signal_reference} is ingetrokken`,
    text: `Beste ${row.specialist_name},\n\nHet verzoek over signaal ${row.signal_reference} is ingetrokken: ${scope.reason}\n\nU hoeft er niets meer mee te doen.`,
  });
  await recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action: 'referral.cancel', entityType: 'referral', entityId: row.id });
  return presentReferral((await findReferralRow(scope.db, scope.municipalityId, row.id)) as ReferralRow);
}
