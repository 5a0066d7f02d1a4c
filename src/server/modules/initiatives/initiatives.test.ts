import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';

/** Resident initiatives: account-free submission, guided steps, budget, decision, tracking link, to a WOP project. */
describe('resident initiatives', () => {
  let t: TestApp;
  let connector: Session;
  let coordinator: Session;
  let otherConnector: Session;
  let specialist: Session;
  let areaId = '';
  let initiativeId = '';
  let token = '';
  let budgetId = '';

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    areaId = (await t.database.owner.query(`select id from areas where municipality_id = 'GM0748' and name = 'Noordelijke wijken'`)).rows[0].id;
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    coordinator = await signIn(t.app, 'coordinator@bergenopzoom.demo', 'demo');
    otherConnector = await signIn(t.app, 'l.mertens@bergenopzoom.demo', 'demo');
    specialist = await signIn(t.app, 'specialist@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  const call = (session: Session, method: string, url: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers: session.headers, payload: payload as object });

  it('lets a resident submit an initiative without an account and mails the tracking link', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/initiatives',
      payload: {
        municipality: 'GM0748',
        areaId,
        title: 'Buurtmoestuin Tuinwijk',
        description: 'Wij willen op het braakliggende stuk aan de Dahliastraat een moestuin beginnen met de buurt.',
        initiatorGroup: 'Bewonersgroep Dahliastraat',
        helpWanted: 'Grond in bruikleen en een bijdrage voor gereedschap.',
        amountRequestedCents: 150_000,
        contact: { name: 'Fatma Yilmaz', email: 'fatma@example.nl', consent: true },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created.reference).toMatch(/^BI-\d{4}-\d{4}$/);
    expect(created.trackingUrl).toContain('/initiatief/volgen/');
    initiativeId = created.id;
    token = created.trackingToken;
    const mails = await t.database.owner.query(`select recipient, subject, body_text from mail_outbox order by created_at`);
    expect(mails.rows.map((m) => m.recipient)).toEqual(['fatma@example.nl', 'wijkverbinder@bergenopzoom.demo']);
    expect(mails.rows[0].body_text).toContain(created.trackingUrl);
    const tracking = (await t.app.inject({ url: `/api/v1/initiatives/track/${token}` })).json();
    expect(tracking).toMatchObject({ reference: created.reference, status: 'submitted', area: 'Noordelijke wijken', municipality: 'Bergen op Zoom' });
    expect(tracking.steps[0]).toEqual({ status: 'submitted', label: 'Ontvangen', state: 'current' });
  });

  it('refuses a submission without consent or contact, or for an area of another municipality', async () => {
    const base = { municipality: 'GM0748', title: 'Bankje', description: 'Een bankje bij de bushalte voor ouderen.' };
    const noConsent = await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', payload: { ...base, contact: { email: 'a@example.nl' } } });
    expect(noConsent.statusCode).toBe(400);
    const noContact = await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', payload: { ...base, contact: { name: 'Anoniem', consent: true } } });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.body).toContain('e-mailadres of telefoonnummer');
    const denHelder = (await t.database.owner.query(`select id from areas where municipality_id = 'GM0400' limit 1`)).rows[0].id;
    const wrongArea = await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', payload: { ...base, areaId: denHelder, contact: { email: 'a@example.nl', consent: true } } });
    expect([wrongArea.statusCode, wrongArea.json().code]).toEqual([400, 'unknown_area']);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', payload: { ...base, municipality: 'GM9999', contact: { email: 'a@example.nl', consent: true } } });
    expect(unknown.statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/initiatives/track/onzin' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/initiatives/track/${'x'.repeat(32)}` })).statusCode).toBe(404);
  });

  it('takes the initiative through intake, advice with a leefbaarheidsbudget, and a decision within what is left', async () => {
    const budget = await call(coordinator, 'POST', '/api/v1/budgets', { name: 'Leefbaarheidsbudget Noord', year: 2026, totalCents: 200_000, maxPerInitiativeCents: 150_000, description: 'Voor initiatieven die de leefbaarheid verbeteren.' });
    expect(budget.statusCode, budget.body).toBe(201);
    budgetId = budget.json().id;
    const intake = await call(connector, 'POST', `/api/v1/initiatives/${initiativeId}/intake`, { intakeNotes: 'Gesprek op de plek; zes huishoudens doen mee.', publicMessage: 'Fijn dat we elkaar spraken. Ik zoek uit wat kan.' });
    expect(intake.statusCode, intake.body).toBe(200);
    expect(intake.json().status).toBe('intake');
    const advice = await call(connector, 'POST', `/api/v1/initiatives/${initiativeId}/advice`, { advice: 'Past in het leefbaarheidsbudget; grond via realisatie & beheer.', budgetId, amountRequestedCents: 120_000 });
    expect(advice.json()).toMatchObject({ status: 'advice', amountRequestedCents: 120_000, budget: { name: 'Leefbaarheidsbudget Noord', remainingCents: 200_000 } });
    const tooMuch = await call(connector, 'POST', `/api/v1/initiatives/${initiativeId}/decision`, { decision: 'approved', reason: 'Goed plan.', amountGrantedCents: 160_000 });
    expect([tooMuch.statusCode, tooMuch.json().code]).toEqual([400, 'above_maximum']);
    const noAmount = await call(connector, 'POST', `/api/v1/initiatives/${initiativeId}/decision`, { decision: 'approved', reason: 'Goed plan.' });
    expect(noAmount.statusCode).toBe(400);
    const decision = await call(connector, 'POST', `/api/v1/initiatives/${initiativeId}/decision`, { decision: 'partly_approved', reason: 'Gereedschap ja, schuurtje niet.', amountGrantedCents: 100_000, publicMessage: 'Goed nieuws: € 1.000 voor gereedschap en zaden.' });
    expect(decision.statusCode, decision.body).toBe(200);
    expect(decision.json()).toMatchObject({ status: 'approved', decision: 'partly_approved', amountGrantedCents: 100_000, budget: { remainingCents: 100_000 } });
    const budgets = (await call(connector, 'GET', '/api/v1/budgets?year=2026')).json();
    expect(budgets.find((b: { name: string }) => b.name === 'Leefbaarheidsbudget Noord')).toMatchObject({ grantedCents: 100_000, remainingCents: 100_000, initiatives: 1 });
    const mails = await t.database.owner.query(`select body_text from mail_outbox where recipient = 'fatma@example.nl' order by created_at`);
    expect(mails.rows.map((m) => m.body_text).join('\n')).toContain('Goed nieuws');
  });

  it('refuses a grant beyond what is left in the budget', async () => {
    const second = await call(connector, 'POST', '/api/v1/initiatives/staff', { areaId, title: 'Straatfeest Meilust', description: 'Een straatfeest voor de hele Meilustlaan in juni.' });
    expect(second.statusCode, second.body).toBe(201);
    const id = second.json().id;
    await call(connector, 'POST', `/api/v1/initiatives/${id}/advice`, { advice: 'Leefbaarheidsbudget.', budgetId });
    const over = await call(connector, 'POST', `/api/v1/initiatives/${id}/decision`, { decision: 'approved', reason: 'Leuk.', amountGrantedCents: 120_000 });
    expect([over.statusCode, over.json().code]).toEqual([409, 'budget_exceeded']);
    expect(over.json().message).toContain('1.000');
  });

  it('shows the initiator the steps, decision and messages, never internal notes', async () => {
    const response = await t.app.inject({ url: `/api/v1/initiatives/track/${token}` });
    const tracking = response.json();
    expect(tracking).toMatchObject({ status: 'approved', decision: 'partly_approved', amountGrantedCents: 100_000 });
    expect(tracking.messages.map((m: { text: string }) => m.text)).toEqual(['Fijn dat we elkaar spraken. Ik zoek uit wat kan.', 'Goed nieuws: € 1.000 voor gereedschap en zaden.']);
    expect(tracking.steps.map((s: { state: string }) => s.state)).toEqual(['done', 'done', 'done', 'done', 'current', 'todo', 'todo']);
    expect(response.body).not.toContain('zes huishoudens');
    expect(response.body).not.toContain('Gereedschap ja, schuurtje niet');
    expect(response.body).not.toContain('Sanne');
  });

  it('shows contact details only to the area connector and the coordinator, and logs each read', async () => {
    const count = async () => (await t.database.owner.query(`select count(*)::int as n from audit_log where action = 'resident.read' and entity_id = $1`, [initiativeId])).rows[0].n;
    const before = await count();
    const own = (await call(connector, 'GET', `/api/v1/initiatives/${initiativeId}`)).json();
    expect(own.contact).toMatchObject({ name: 'Fatma Yilmaz', email: 'fatma@example.nl' });
    expect((await call(coordinator, 'GET', `/api/v1/initiatives/${initiativeId}`)).json().contact.email).toBe('fatma@example.nl');
    expect((await call(otherConnector, 'GET', `/api/v1/initiatives/${initiativeId}`)).json().contact).toBeNull();
    expect((await call(specialist, 'GET', `/api/v1/initiatives/${initiativeId}`)).json().contact).toBeNull();
    expect((await count()) - before).toBe(2);
    expect((await call(specialist, 'POST', `/api/v1/initiatives/${initiativeId}/messages`, { text: 'Hallo' })).statusCode).toBe(403);
  });

  it('turns the approved initiative into a WOP project and shows it publicly when published', async () => {
    const programme = await call(connector, 'POST', '/api/v1/programmes', { areaId, title: 'WOP Noordelijke wijken 2026', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    await call(connector, 'PATCH', `/api/v1/programmes/${programme.json().id}`, { status: 'running' });
    const publish = await call(connector, 'POST', `/api/v1/initiatives/${initiativeId}/publication`, { isPublic: true, publicSummary: 'Een moestuin voor en door de buurt aan de Dahliastraat.' });
    expect(publish.json().isPublic).toBe(true);
    const project = await call(connector, 'POST', `/api/v1/initiatives/${initiativeId}/project`, { programmeId: programme.json().id });
    expect(project.statusCode, project.body).toBe(200);
    expect(project.json().status).toBe('running');
    const projectId = project.json().projectId;
    const created = (await call(connector, 'GET', `/api/v1/projects/${projectId}`)).json();
    expect(created).toMatchObject({ title: 'Buurtmoestuin Tuinwijk', initiativeId, participationPlanned: 'coproduceren', budgetCents: 100_000, partners: ['Bewonersgroep Dahliastraat'] });
    const again = await call(connector, 'POST', `/api/v1/initiatives/${initiativeId}/project`, { programmeId: programme.json().id });
    expect([again.statusCode, again.json().code]).toEqual([409, 'already_project']);
    const publicList = (await t.app.inject({ url: `/api/v1/public/areas/${areaId}/initiatives` })).json();
    expect(publicList).toContainEqual({ reference: expect.any(String), title: 'Buurtmoestuin Tuinwijk', summary: 'Een moestuin voor en door de buurt aan de Dahliastraat.', status: 'running', statusLabel: 'In uitvoering' });
    const inProgramme = (await call(connector, 'GET', `/api/v1/programmes/${programme.json().id}`)).json();
    expect(inProgramme.projects.map((p: { title: string }) => p.title)).toContain('Buurtmoestuin Tuinwijk');
  });

  it('follows up to completion, after which no step can reopen it', async () => {
    const done = await call(connector, 'POST', `/api/v1/initiatives/${initiativeId}/follow-up`, { followUp: 'Eerste oogst in september.', status: 'completed', publicMessage: 'Gefeliciteerd met de eerste oogst!' });
    expect(done.json().status).toBe('completed');
    const reopen = await call(connector, 'POST', `/api/v1/initiatives/${initiativeId}/intake`, { intakeNotes: 'Opnieuw' });
    expect([reopen.statusCode, reopen.json().code]).toEqual([409, 'invalid_status']);
    const tracking = (await t.app.inject({ url: `/api/v1/initiatives/track/${token}` })).json();
    expect(tracking.steps.every((s: { state: string }) => s.state === 'done')).toBe(true);
    const list = (await call(connector, 'GET', `/api/v1/initiatives?areaId=${areaId}&status=open`)).json();
    expect(list.map((i: { title: string }) => i.title)).toContain('Straatfeest Meilust');
    expect(list.map((i: { title: string }) => i.title)).not.toContain('Buurtmoestuin Tuinwijk');
  });
});
