import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';
import { addressOf, startTestMailbox, type TestMailbox } from '../../../../test/smtp.js';
import { runActionReminders } from './action-reminders.js';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('reminders for overdue meeting actions, over real SMTP', () => {
  let t: TestApp;
  let mailbox: TestMailbox;
  let connector: Session;
  let meetingId: string;
  let areaConnectors: string[];
  let areaId: string;
  const run = () => runActionReminders({ appPool: t.database.app, ownerPool: t.database.owner, publicUrl: 'https://schakel.test', today: inDays(0) });

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    t = await buildTestApp({ template: 'demo', config: { mail: { smtpUrl: mailbox.url, from: 'Schakel <noreply@schakel.test>', outboxIntervalMs: 60_000 }, publicUrl: 'https://schakel.test' } });
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    const { rows: areas } = await t.database.owner.query(`select id from areas where municipality_id = 'GM0748' and name = 'Gageldonk-Warande'`);
    areaId = areas[0].id;
    const { rows: connectors } = await t.database.owner.query(
      `select u.email from area_people ap join users u on u.id = ap.user_id where ap.area_id = $1 and ap.role = 'connector' and u.is_active`,
      [areaId],
    );
    areaConnectors = connectors.map((row) => row.email).sort();
    const meeting = await t.app.inject({
      method: 'POST',
      url: '/api/v1/meetings',
      headers: connector.headers,
      payload: { areaId, kind: 'leefbaarheidsgesprek', title: 'Leefbaarheidsgesprek Gageldonk-Warande', startsAt: '2026-03-26T19:30:00+01:00', endsAt: '2026-03-26T21:30:00+01:00' },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    meetingId = meeting.json().id;
    // The demo's own overdue actions are reminded first, so the counts below are this test's alone.
    await run();
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  const addAction = async (payload: Record<string, unknown>) => {
    const response = await t.app.inject({ method: 'POST', url: `/api/v1/meetings/${meetingId}/actions`, headers: connector.headers, payload });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().actions.find((action: { text: string }) => action.text === payload.text).id as string;
  };

  it('reminds a colleague who owns an overdue action, and the connectors for an owner outside, once each', async () => {
    const specialistId = (await t.database.owner.query(`select id from users where email = 'specialist@bergenopzoom.demo'`)).rows[0].id;
    const late = await addAction({ text: 'Jongerenwerk spreekt de groep bij het winkelcentrum aan', ownerUserId: specialistId, dueOn: inDays(-1) });
    await addAction({ text: 'Stadlander plaatst extra verlichting in de portieken', ownerName: 'Stadlander', dueOn: inDays(-3) });
    // A partner has an account but cannot open the meeting: the connectors hear of it instead.
    const partner = (await t.database.owner.query(`select id, name from users where email = 'partner@bergenopzoom.demo'`)).rows[0];
    const [partnerId, partnerName] = [partner.id, partner.name];
    await addAction({ text: 'Welzijnswerk organiseert een buurtavond over veiligheid', ownerUserId: partnerId, dueOn: inDays(-1) });
    await addAction({ text: 'Wijkagent loopt vaker een ronde', ownerUserId: specialistId, dueOn: inDays(1) });
    const done = await addAction({ text: 'Buurthuis opent op woensdagavond', ownerUserId: specialistId, dueOn: inDays(-2) });
    expect((await t.app.inject({ method: 'PATCH', url: `/api/v1/actions/${done}`, headers: connector.headers, payload: { status: 'done' } })).statusCode).toBe(200);

    expect(areaConnectors.length).toBeGreaterThan(0);
    expect(await run()).toEqual({ actions: 3, mails: 1 + 2 * areaConnectors.length });
    expect(await run()).toEqual({ actions: 0, mails: 0 });
    // The meeting's page shows when the reminder went out.
    const listed = (await t.app.inject({ url: `/api/v1/actions?areaId=${areaId}`, headers: connector.headers })).json();
    expect(listed.find((action: { id: string }) => action.id === late).remindedAt).toEqual(expect.any(String));
    expect(listed.find((action: { text: string }) => action.text === 'Wijkagent loopt vaker een ronde').remindedAt).toBeNull();

    expect(await t.app.outbox.flush()).toBeGreaterThanOrEqual(1 + 2 * areaConnectors.length);
    const owner = await mailbox.waitFor((m) => addressOf(m) === 'specialist@bergenopzoom.demo' && (m.subject ?? '').startsWith('Afspraak verlopen'));
    expect(owner.text).toContain('Jongerenwerk spreekt de groep bij het winkelcentrum aan');
    expect(owner.text).toContain(`https://schakel.test/werk/bijeenkomsten/${meetingId}`);
    expect(owner.text).not.toContain('Buurthuis opent');
    for (const email of areaConnectors) {
      const mail = await mailbox.waitFor((m) => addressOf(m) === email && (m.text ?? '').includes('Stadlander plaatst extra verlichting'));
      expect(mail.text).toContain('Vraag Stadlander hoe het ervoor staat');
      const partnerMail = await mailbox.waitFor((m) => addressOf(m) === email && (m.text ?? '').includes('Welzijnswerk organiseert een buurtavond'));
      expect(partnerMail.text).toContain(`Vraag ${partnerName} hoe het ervoor staat`);
    }
    expect(mailbox.messages.some((m) => addressOf(m) === 'partner@bergenopzoom.demo')).toBe(false);

    // A new due date, missed again, gets a reminder of its own; keeping the same date does not.
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: `/api/v1/actions/${late}`, headers: connector.headers, payload });
    expect((await patch({ dueOn: inDays(-1) })).statusCode).toBe(200);
    expect(await run()).toEqual({ actions: 0, mails: 0 });
    expect((await patch({ dueOn: inDays(-2) })).statusCode).toBe(200);
    expect(await run()).toEqual({ actions: 1, mails: 1 });
  });
});
