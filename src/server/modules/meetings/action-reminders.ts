import type pg from 'pg';
import { withMunicipality } from '../../platform/db/tenant.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { STAFF_ROLES } from '../../platform/auth/access.js';
import { formatDate } from '../referrals/referrals.service.js';

interface OverdueAction {
  id: string;
  municipality_id: string;
  meeting_id: string;
  area_id: string;
  text: string;
  due_on: string;
  owner_name: string | null;
  owner_user_name: string | null;
  owner_email: string | null;
  meeting_title: string;
  area_name: string;
}

/**
 * Reminds the owner of each open meeting action the day after its due date, once: a colleague by mail; for
 * an owner outside the municipality (a name only, or a partner, who cannot open the meeting) the area's
 * connectors, who agreed it with them.
 * A periodic job, like the referral reminders. Returns how many actions were reminded and how many mails queued.
 */
export async function runActionReminders(options: { appPool: pg.Pool; ownerPool: pg.Pool; publicUrl: string; today?: string }) {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // Finding overdue actions spans municipalities (a platform job); each mail is then written in its tenant.
  const { rows: overdue } = await options.ownerPool.query<OverdueAction>(
    `select a.id, a.municipality_id, a.meeting_id, a.area_id, a.text, a.due_on::text as due_on, a.owner_name,
            o.name as owner_user_name, case when o.is_active and o.roles && $2::text[] then o.email end as owner_email,
            m.title as meeting_title, ar.name as area_name
     from meeting_actions a
     join meetings m on m.id = a.meeting_id and m.municipality_id = a.municipality_id
     join areas ar on ar.id = a.area_id and ar.municipality_id = a.municipality_id
     left join users o on o.id = a.owner_user_id and o.municipality_id = a.municipality_id
     where a.status = 'open' and a.reminded_at is null and a.due_on < $1::date
     order by a.municipality_id, a.due_on, a.id`,
    [today, STAFF_ROLES],
  );
  const result = { actions: 0, mails: 0 };
  for (const action of overdue) {
    await withMunicipality(options.appPool, action.municipality_id, async (db) => {
      const recipients = action.owner_email
        ? [{ name: action.owner_user_name ?? '', email: action.owner_email }]
        : (
            await db.query<{ name: string; email: string }>(
              `select u.name, u.email from area_people ap join users u on u.id = ap.user_id and u.municipality_id = ap.municipality_id
               where ap.municipality_id = $1 and ap.area_id = $2 and ap.role = 'connector' and u.is_active order by u.name`,
              [action.municipality_id, action.area_id],
            )
          ).rows;
      const owner = action.owner_user_name ?? action.owner_name ?? 'onbekend';
      const link = `${options.publicUrl}/werk/bijeenkomsten/${action.meeting_id}`;
      for (const recipient of recipients) {
        const forOwner = Boolean(action.owner_email);
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
      await db.query('update meeting_actions set reminded_at = now() where municipality_id = $1 and id = $2', [action.municipality_id, action.id]);
      result.actions++;
    });
  }
  return result;
}

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
