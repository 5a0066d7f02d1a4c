import type pg from 'pg';
import { withMunicipality } from '../../platform/db/tenant.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { findReferralsForReminders } from './referrals.repo.js';
import { formatDate } from './referrals.service.js';

/**
 * Reminds specialists two days before a referral is due, and escalates to the municipality's coordinators
 * the day after it is overdue. Each referral is reminded and escalated once. Returns what was queued.
 */
export async function runReferralReminders(options: { appPool: pg.Pool; ownerPool: pg.Pool; publicUrl: string; today?: string }) {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // Finding due referrals spans municipalities (a platform job); each mail is then written in its tenant.
  const due = await findReferralsForReminders(options.ownerPool, today);
  const result = { reminders: 0, escalations: 0 };
  for (const referral of due) {
    await withMunicipality(options.appPool, referral.municipality_id, async (db) => {
      const link = `${options.publicUrl}/werk/verzoeken/${referral.id}`;
      if (referral.kind === 'reminder') {
        await enqueueMail(db, {
          municipalityId: referral.municipality_id,
          to: referral.specialist_email,
          subject: `Herinnering: verzoek over ${referral.signal_reference} verloopt ${formatDate(referral.due_on)}`,
          text: `Beste ${referral.specialist_name},\n\nHet verzoek over signaal ${referral.signal_reference} wacht nog op uw antwoord (termijn ${formatDate(referral.due_on)}):\n\n${referral.question}\n\n${link}`,
        });
        await db.query('update referrals set reminded_at = now() where municipality_id = $1 and id = $2', [referral.municipality_id, referral.id]);
        result.reminders++;
        return;
      }
      const { rows: coordinators } = await db.query<{ email: string }>(
        `select email from users where municipality_id = $1 and is_active and 'coordinator' = any(roles)`,
        [referral.municipality_id],
      );
      for (const coordinator of coordinators) {
        await enqueueMail(db, {
          municipalityId: referral.municipality_id,
          to: coordinator.email,
          subject: `Verlopen verzoek: ${referral.specialist_name} over ${referral.signal_reference}`,
          text: `Het verzoek van ${referral.created_by_name ?? 'een wijkverbinder'} aan ${referral.specialist_name}${referral.specialist_department ? ` (${referral.specialist_department})` : ''} over signaal ${referral.signal_reference} is verlopen op ${formatDate(referral.due_on)} en nog niet beantwoord.\n\n${referral.question}\n\n${link}`,
        });
      }
      await db.query('update referrals set escalated_at = now() where municipality_id = $1 and id = $2', [referral.municipality_id, referral.id]);
      await db.query(
        `insert into signal_events (signal_id, municipality_id, type, details) values ($1, $2, 'referral_escalated', $3)`,
        [referral.signal_id, referral.municipality_id, JSON.stringify({ referralId: referral.id })],
      );
      result.escalations++;
    });
  }
  return result;
}
