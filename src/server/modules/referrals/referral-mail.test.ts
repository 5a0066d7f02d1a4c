import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';
import { addressOf, startTestMailbox, type TestMailbox } from '../../../../test/smtp.js';
import { runReferralReminders } from './referral-reminders.js';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('referral mail: transactional outbox, reminders and escalation over real SMTP', () => {
  let t: TestApp;
  let mailbox: TestMailbox;
  let connector: Session;
  let signalId: string;
  let specialistId: string;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    // No SMTP for the first app: it commits referrals but "crashes" before it can send anything.
    t = await buildTestApp({ template: 'demo', config: { mail: { smtpUrl: undefined, from: 'Schakel <noreply@schakel.test>', outboxIntervalMs: 60_000 }, publicUrl: 'https://schakel.test' } });
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signals/staff',
      headers: connector.headers,
      payload: { text: 'Bewoners melden structureel te hard rijden op de Ravelstraat bij de school.', channel: 'telefoon' },
    });
    signalId = created.json().id;
    const { rows } = await t.database.owner.query(`select id from users where email = 'specialist@bergenopzoom.demo'`);
    specialistId = rows[0].id;
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('delivers a mail committed before a crash exactly once after restart', async () => {
    const referred = await t.app.inject({
      method: 'POST',
      url: `/api/v1/signals/${signalId}/referrals`,
      headers: connector.headers,
      payload: { specialistId, question: 'Kunnen jullie snelheidsmetingen doen?', dueOn: inDays(10) },
    });
    expect(referred.statusCode).toBe(201);
    const pending = await t.database.owner.query('select count(*)::int as n from mail_outbox where sent_at is null');
    expect(pending.rows[0].n).toBe(1);

    // A second server on the same database, now with SMTP: it finds the mail and sends it.
    const restarted = await buildApp({ ...t.config, mail: { ...t.config.mail, smtpUrl: mailbox.url } }, { database: t.database, logger: false });
    try {
      expect(await restarted.outbox.flush()).toBe(1);
      expect(await restarted.outbox.flush()).toBe(0);
      await Promise.all([restarted.outbox.flush(), restarted.outbox.flush()]);
    } finally {
      await restarted.close();
    }
    const mail = await mailbox.waitFor((m) => addressOf(m) === 'specialist@bergenopzoom.demo');
    expect(mail.text).toContain('Kunnen jullie snelheidsmetingen doen?');
    expect(mail.messageId).toMatch(/@schakel>$/);
    expect(mailbox.messages.filter((m) => addressOf(m) === 'specialist@bergenopzoom.demo')).toHaveLength(1);
  });

  it('reminds the specialist before the due date and escalates to the coordinator after it, once each', async () => {
    const soon = await t.app.inject({
      method: 'POST',
      url: `/api/v1/signals/${signalId}/referrals`,
      headers: connector.headers,
      payload: { specialistId, question: 'Is er een wijkagent beschikbaar voor een schouw?', dueOn: inDays(1) },
    });
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/v1/signals/${signalId}/referrals`,
      headers: connector.headers,
      payload: { specialistId, question: 'Kan handhaving hier controleren?', dueOn: inDays(3) },
    });
    await t.database.owner.query('update referrals set due_on = $2 where id = $1', [late.json().id, inDays(-1)]);
    const first = await runReferralReminders({ appPool: t.database.app, ownerPool: t.database.owner, publicUrl: 'https://schakel.test' });
    expect(first).toEqual({ reminders: 1, escalations: 1 });
    expect(await runReferralReminders({ appPool: t.database.app, ownerPool: t.database.owner, publicUrl: 'https://schakel.test' })).toEqual({ reminders: 0, escalations: 0 });

    const mailer = await buildApp({ ...t.config, mail: { ...t.config.mail, smtpUrl: mailbox.url } }, { database: t.database, logger: false });
    try {
      await mailer.outbox.flush();
    } finally {
      await mailer.close();
    }
    const reminder = await mailbox.waitFor((m) => (m.subject ?? '').startsWith('Herinnering'));
    expect(addressOf(reminder)).toBe('specialist@bergenopzoom.demo');
    expect(reminder.text).toContain(`/werk/verzoeken/${soon.json().id}`);
    const escalation = await mailbox.waitFor((m) => (m.subject ?? '').startsWith('Verlopen verzoek'));
    expect(addressOf(escalation)).toBe('coordinator@bergenopzoom.demo');
    expect(escalation.text).toContain('Kan handhaving hier controleren?');

    const overdue = await t.app.inject({ url: '/api/v1/signals?overdue=true', headers: connector.headers });
    expect(overdue.json().items.map((s: { id: string }) => s.id)).toContain(signalId);
  });
});
