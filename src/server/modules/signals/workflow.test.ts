import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';
import { addressOf, startTestMailbox, type TestMailbox } from '../../../../test/smtp.js';

const AREA_TEXT = 'In de Tuinwijk zijn veel ouderen eenzaam sinds het buurthuis dicht is. Bewoners vragen of er weer een ontmoetingsplek kan komen.';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('signal workflow: assess, refer, answer, close, and the resident sees the result', () => {
  let t: TestApp;
  let mailbox: TestMailbox;
  let connector: Session;
  let specialist: Session;
  let coordinator: Session;
  let admin: Session;
  const open311: { bodies: string[]; server?: http.Server; url?: string } = { bodies: [] };

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    open311.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        open311.bodies.push(`${req.url} ${body}`);
        res.writeHead(201, { 'content-type': 'application/json' }).end('[{"service_request_id":"BB-4711","service_notice":"ok"}]');
      });
    });
    await new Promise<void>((resolve) => open311.server?.listen(0, '127.0.0.1', resolve));
    const address = open311.server.address();
    open311.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/open311/v2`;
    t = await buildTestApp({ template: 'demo', config: { mail: { smtpUrl: mailbox.url, from: 'Schakel <noreply@schakel.test>', outboxIntervalMs: 60_000 }, publicUrl: 'https://schakel.test' } });
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    specialist = await signIn(t.app, 'f.aarts@bergenopzoom.demo', 'demo');
    coordinator = await signIn(t.app, 'coordinator@bergenopzoom.demo', 'demo');
    admin = await signIn(t.app, 'beheerder@bergenopzoom.demo', 'demo');
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
    open311.server?.close();
  });

  const submit = async (text: string, email?: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signals',
      payload: { municipality: 'GM0748', text, lat: 51.5095, lon: 4.2955, ...(email && { reporter: { email, consent: true } }) },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; trackingToken: string; reference: string };
  };
  const act = (session: Session, url: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: session.headers, payload: payload as object });
  const usersByEmail = async () => new Map((await t.app.inject({ url: '/api/v1/users', headers: coordinator.headers })).json().map((u: { email: string; id: string }) => [u.email, u.id]));

  it('runs the whole path through the API', async () => {
    const signal = await submit(AREA_TEXT, 'bewoner@example.nl');

    const assessed = await act(connector, `/api/v1/signals/${signal.id}/assessment`, {
      kind: 'area_issue',
      themes: ['sociaal', 'voorzieningen'],
      priority: 'high',
      priorityReason: 'Raakt veel ouderen; past in het wijkontwikkelingsprogramma.',
      contentAssessment: 'Structureel: geen ontmoetingsplek meer.',
      relevance: 'Eenzaamheid onder ouderen is hoog in deze wijk.',
      frameworks: ['wijkontwikkelingsprogramma'],
      approach: 'Met sociaal domein en WijZijn een tijdelijke plek zoeken.',
      expectedResult: 'Wekelijkse ontmoeting vóór de zomer.',
    });
    expect(assessed.statusCode).toBe(200);
    expect(assessed.json()).toMatchObject({ status: 'assessed', priority: 'high', frameworks: ['wijkontwikkelingsprogramma'] });
    expect(assessed.json().reporters).toEqual([{ name: null, email: 'bewoner@example.nl', phone: null }]);

    const specialistId = (await usersByEmail()).get('f.aarts@bergenopzoom.demo');
    const referred = await act(connector, `/api/v1/signals/${signal.id}/referrals`, { specialistId, question: 'Welke ruimte kan het sociaal domein hiervoor inzetten?', dueOn: inDays(7) });
    expect(referred.statusCode).toBe(201);
    const referralId = referred.json().id;
    await t.app.outbox.flush();
    const mail = await mailbox.waitFor((m) => addressOf(m) === 'f.aarts@bergenopzoom.demo');
    expect(mail.subject).toContain(signal.reference);
    const link = /https:\/\/schakel\.test(\/werk\/verzoeken\/[0-9a-f-]+)/.exec(mail.text ?? '')?.[1];
    expect(link).toBe(`/werk/verzoeken/${referralId}`);

    // The specialist follows the link: "my referrals", then seen and answered — two clicks.
    const mine = await t.app.inject({ url: '/api/v1/referrals/mine?open=true', headers: specialist.headers });
    expect(mine.json().map((r: { id: string }) => r.id)).toContain(referralId);
    expect((await act(specialist, `/api/v1/referrals/${referralId}/seen`, {})).json().status).toBe('seen');
    const answered = await act(specialist, `/api/v1/referrals/${referralId}/answer`, { answer: 'Het wijksteunpunt aan de Kerkstraat is op dinsdag vrij.' });
    expect(answered.json()).toMatchObject({ status: 'answered', answer: 'Het wijksteunpunt aan de Kerkstraat is op dinsdag vrij.' });
    await t.app.outbox.flush();
    await mailbox.waitFor((m) => addressOf(m) === 'wijkverbinder@bergenopzoom.demo' && (m.subject ?? '').includes('Antwoord'));
    expect((await act(specialist, `/api/v1/referrals/${referralId}/answer`, { answer: 'nogmaals' })).statusCode).toBe(409);

    for (const to of ['result_agreed', 'monitoring']) {
      const moved = await act(connector, `/api/v1/signals/${signal.id}/status`, { to });
      expect(moved.statusCode).toBe(200);
    }
    await act(connector, `/api/v1/signals/${signal.id}/notes`, { text: 'Intern: budget nog navragen bij de wethouder.' });
    const closed = await act(connector, `/api/v1/signals/${signal.id}/status`, {
      to: 'closed',
      closingState: 'resolved',
      result: 'Elke dinsdag koffieochtend in het wijksteunpunt.',
      publicMessage: 'Vanaf volgende week is er elke dinsdag een koffieochtend in het wijksteunpunt aan de Kerkstraat.',
    });
    expect(closed.json()).toMatchObject({ status: 'closed', closingState: 'resolved', allowedTransitions: ['assessed'] });
    expect(closed.json().events.map((e: { type: string }) => e.type)).toEqual(['created', 'assessed', 'referred', 'referral_seen', 'referral_answered', 'status', 'status', 'note', 'status']);

    await t.app.outbox.flush();
    await mailbox.waitFor((m) => addressOf(m) === 'bewoner@example.nl' && (m.text ?? '').includes('koffieochtend'));
    const tracking = (await t.app.inject({ url: `/api/v1/track/${signal.trackingToken}` })).json();
    expect(tracking).toMatchObject({ status: 'closed', closingStateLabel: 'Opgelost' });
    expect(tracking.messages.map((m: { text: string }) => m.text)).toEqual(['Vanaf volgende week is er elke dinsdag een koffieochtend in het wijksteunpunt aan de Kerkstraat.']);
    expect(JSON.stringify(tracking)).not.toMatch(/Intern|budget|Aarts|sociaal domein/);

    const log = (await t.app.inject({ url: '/api/v1/audit-log?limit=50', headers: admin.headers })).json();
    expect(log.filter((e: { action: string }) => e.action === 'resident.read').length).toBeGreaterThan(0);
    expect(log.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['signal.assess', 'referral.create', 'signal.close']));

    expect(tracking).toMatchObject({ municipalityCode: 'GM0748', result: 'Elke dinsdag koffieochtend in het wijksteunpunt.', closingReason: null });
    const referredEvent = closed.json().events.find((e: { type: string }) => e.type === 'referred');
    expect(referredEvent.details).toMatchObject({ specialist: 'Fatima Aarts' });
    expect(closed.json().suggestedSpecialists.map((s: { name: string }) => s.name)).toContain('Fatima Aarts');

    const reopened = await act(connector, `/api/v1/signals/${signal.id}/status`, { to: 'assessed', reason: 'Koffieochtend gestopt.' });
    expect(reopened.json()).toMatchObject({ status: 'assessed', closingState: null });
    const second = await act(connector, `/api/v1/signals/${signal.id}/referrals`, { specialistId, question: 'Is er budget voor een vaste ontmoetingsplek?', dueOn: inDays(14) });
    const cancelled = await act(connector, `/api/v1/referrals/${second.json().id}/cancel`, { reason: 'Budget al geregeld via de wethouder.' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await act(connector, `/api/v1/referrals/${second.json().id}/cancel`, { reason: 'nogmaals' })).statusCode).toBe(409);
    await t.app.outbox.flush();
    await mailbox.waitFor((m) => addressOf(m) === 'f.aarts@bergenopzoom.demo' && (m.subject ?? '').includes('ingetrokken'));
  });

  it('refuses wrong transitions and incomplete closings, changing nothing', async () => {
    const signal = await submit(AREA_TEXT);
    const skip = await act(connector, `/api/v1/signals/${signal.id}/status`, { to: 'monitoring' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().code).toBe('invalid_transition');
    const noState = await act(connector, `/api/v1/signals/${signal.id}/status`, { to: 'closed' });
    expect(noState.json().code).toBe('closing_state_required');
    const noReason = await act(connector, `/api/v1/signals/${signal.id}/status`, { to: 'closed', closingState: 'not_resolved' });
    expect(noReason.json().code).toBe('reason_required');
    const badFramework = await act(connector, `/api/v1/signals/${signal.id}/assessment`, { kind: 'area_issue', themes: [], priority: 'low', priorityReason: 'Weinig impact.', frameworks: ['omgevingsvisie 2099'] });
    expect(badFramework.json().code).toBe('unknown_framework');
    const noPriorityReason = await act(connector, `/api/v1/signals/${signal.id}/assessment`, { kind: 'area_issue', themes: [], priority: 'low', priorityReason: '' });
    expect(noPriorityReason.statusCode).toBe(400);
    const detail = (await t.app.inject({ url: `/api/v1/signals/${signal.id}`, headers: connector.headers })).json();
    expect(detail).toMatchObject({ status: 'new', priority: null });
    expect(detail.events).toHaveLength(1);
  });

  it('hands a daily report to the regular channel in one click, also via Open311 where configured', async () => {
    await t.database.owner.query(`update municipalities set open311 = $1 where id = 'GM0748'`, [{ endpoint: open311.url, serviceCode: 'verlichting' }]);
    const signal = await submit('lantaarnpaal kapot voor nummer 12, al een week donker', 'melder@example.nl');
    const handed = await act(connector, `/api/v1/signals/${signal.id}/handoff`, {});
    expect(handed.statusCode).toBe(200);
    expect(handed.json()).toMatchObject({ kind: 'daily_report', status: 'closed', closingState: 'handed_to_regular_channel' });
    expect(handed.json().handoff).toMatchObject({ channel: { name: 'BuitenBeter-app' }, open311: { serviceRequestId: 'BB-4711' } });
    expect(open311.bodies[0]).toContain('/open311/v2/requests.json');
    expect(open311.bodies[0]).toContain('service_code=verlichting');
    expect(open311.bodies[0]).toContain('lat=51.5095');
    await t.app.outbox.flush();
    await mailbox.waitFor((m) => addressOf(m) === 'melder@example.nl' && (m.text ?? '').includes('BuitenBeter-app'));
    const again = await act(connector, `/api/v1/signals/${signal.id}/handoff`, {});
    expect(again.statusCode).toBe(409);
  });

  it('links a duplicate: it follows the original, and both reporters hear the news', async () => {
    const original = await submit(AREA_TEXT, 'eerste@example.nl');
    const duplicate = await submit(`${AREA_TEXT} (ook van mij)`, 'tweede@example.nl');
    const linked = await act(connector, `/api/v1/signals/${duplicate.id}/link`, { duplicateOf: original.id });
    expect(linked.json()).toMatchObject({ status: 'closed', closingState: 'duplicate', duplicateOf: { id: original.id } });
    await act(connector, `/api/v1/signals/${original.id}/messages`, { text: 'De wijkverbinder gaat met het buurthuis praten.' });
    await t.app.outbox.flush();
    await mailbox.waitFor((m) => addressOf(m) === 'eerste@example.nl' && (m.text ?? '').includes('buurthuis praten'));
    await mailbox.waitFor((m) => addressOf(m) === 'tweede@example.nl' && (m.text ?? '').includes('buurthuis praten'));
    const tracking = (await t.app.inject({ url: `/api/v1/track/${duplicate.trackingToken}` })).json();
    expect(tracking.messages.map((m: { text: string }) => m.text)).toContain('De wijkverbinder gaat met het buurthuis praten.');
    expect((await act(connector, `/api/v1/signals/${original.id}/link`, { duplicateOf: original.id })).statusCode).toBe(400);
  });

  it('shows each role only what it needs: partners their own, specialists what they were asked, contact details to few', async () => {
    const partner = await signIn(t.app, 'partner@bergenopzoom.demo', 'demo');
    const entered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signals/staff',
      headers: partner.headers,
      payload: { text: 'Na het spreekuur: bewoners van de Noordgeest willen een buurtpreventieteam starten.', channel: 'partner', receivedOn: inDays(-1), onBehalfOf: 'WijZijn Traversegroep', neighbourhoodCode: 'BU07480103', reporter: { name: 'Kees', phone: '0612345678', consent: true } },
    });
    expect(entered.statusCode, entered.body).toBe(201);
    const partnerList = (await t.app.inject({ url: '/api/v1/signals', headers: partner.headers })).json();
    expect(partnerList.items.map((s: { id: string }) => s.id)).toEqual([entered.json().id]);
    const partnerView = (await t.app.inject({ url: `/api/v1/signals/${entered.json().id}`, headers: partner.headers })).json();
    expect(partnerView).toMatchObject({ channel: 'partner', onBehalfOf: 'WijZijn Traversegroep', area: { name: 'Noordelijke wijken' }, reporters: null, hasReporter: true });

    const specialistList = (await t.app.inject({ url: '/api/v1/signals', headers: specialist.headers })).json();
    expect(specialistList.items.every((s: { openReferrals: number; status: string }) => s.status)).toBe(true);
    expect(specialistList.items.map((s: { id: string }) => s.id)).not.toContain(entered.json().id);
    expect((await t.app.inject({ url: `/api/v1/signals/${entered.json().id}`, headers: specialist.headers })).statusCode).toBe(404);

    const adminView = (await t.app.inject({ url: `/api/v1/signals/${entered.json().id}`, headers: admin.headers })).json();
    expect(adminView.reporters).toBeNull();
    const connectorView = (await t.app.inject({ url: `/api/v1/signals/${entered.json().id}`, headers: connector.headers })).json();
    expect(connectorView.reporters).toEqual([{ name: 'Kees', email: null, phone: '0612345678' }]);
    expect((await act(partner, `/api/v1/signals/${entered.json().id}/status`, { to: 'assessed' })).statusCode).toBe(403);

    const csv = await t.app.inject({ url: '/api/v1/signals/export.csv?status=open', headers: connector.headers });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('kenmerk;ontvangen;kanaal');
    expect(csv.body).not.toContain('0612345678');
  });

  it('filters the inbox by area, status, theme and text', async () => {
    const areas = (await t.app.inject({ url: '/api/v1/areas', headers: connector.headers })).json();
    const noord = areas.find((a: { name: string }) => a.name === 'Noordelijke wijken');
    const byArea = (await t.app.inject({ url: `/api/v1/signals?areaId=${noord.id}&status=open`, headers: connector.headers })).json();
    expect(byArea.total).toBeGreaterThan(0);
    expect(byArea.items.every((s: { area: { id: string }; status: string }) => s.area.id === noord.id && s.status !== 'closed')).toBe(true);
    const mine = (await t.app.inject({ url: '/api/v1/signals?mine=true', headers: connector.headers })).json();
    expect(mine.items.every((s: { area: { name: string } }) => s.area?.name === 'Noordelijke wijken')).toBe(true);
    const search = (await t.app.inject({ url: '/api/v1/signals?q=buurtpreventieteam', headers: connector.headers })).json();
    expect(search.items).toHaveLength(1);
    const bad = await t.app.inject({ url: '/api/v1/signals?status=weg', headers: connector.headers });
    expect(bad.statusCode).toBe(400);
  });
});
