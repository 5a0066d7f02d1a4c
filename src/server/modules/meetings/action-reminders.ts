import type pg from 'pg';
import { withMunicipality } from '../../platform/db/tenant.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { STAFF_ROLES } from '../../platform/auth/access.js';
import { formatDate } from '../referrals/referrals.service.js';
import { findActionsToRemind, listAreaConnectorContacts, markActionReminded } from './meetings.repo.js';

/**
 * Reminds the owner of each open meeting action the day after its due date, once: a colleague by mail; for
 * an owner outside the municipality (a name only, or a partner, who cannot open the meeting) the area's
 * connectors, who agreed it with them.
 * A periodic job, like the referral reminders. Returns how many actions were reminded and how many mails queued.
 */
export async function runActionReminders(options: { appPool: pg.Pool; ownerPool: pg.Pool; publicUrl: string; today?: string }) {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // Finding overdue actions spans municipalities (a platform job); each mail is then written in its tenant.
  const overdue = await findActionsToRemind(options.ownerPool, today, STAFF_ROLES);
  const result = { actions: 0, mails: 0 };
  for (const action of overdue) {
    await withMunicipality(options.appPool, action.municipality_id, async (db) => {
      const recipients = action.owner_email
        ? [{ name: action.owner_user_name ?? '', email: action.owner_email }]
        : await listAreaConnectorContacts(db, action.municipality_id, action.area_id);
      const owner = action.owner_user_name ?? action.owner_name ?? 'onbekend';
      const link = `${options.publicUrl}/werk/bijeenkomsten/${action.meeting_id}`;
      const forOwner = Boolean(action.owner_email);
      for (const recipient of recipients) {
        await enqueueMail(db, {
          municipalityId: action.municipality_id,
          to: recipient.email,
          subject: `Afspraak verlopen: ${truncate(action.text, 60)}`,
          text:
            `Beste ${recipient.name},\n\n` +
            (forOwner
              ? `Deze afspraak uit "${action.meeting_title}" (${action.area_name}) had ${formatDate(action.due_on)} klaar moeten zijn en staat nog open:`
              : `Deze afspraak met ${owner} uit "${action.meeting_title}" (${action.area_name}) had ${formatDate(action.due_on)} klaar moeten zijn en staat nog open:`) +
            `\n\n${action.text}\n\n` +
            (forOwner ? 'Rond de actie af of spreek een nieuwe termijn af:' : `Vraag ${owner} hoe het ervoor staat, en rond de actie af of spreek een nieuwe termijn af:`) +
            `\n${link}\n\nDit bericht is automatisch verstuurd.`,
        });
        result.mails++;
      }
      await markActionReminded(db, action.municipality_id, action.id);
      result.actions++;
    });
  }
  return result;
}

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
