import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createMunicipality, createUser, type Session, signIn } from '../../../../test/factories.js';

describe('partner network: organisations, contact persons, board status, agreements and wishes', () => {
  let t: TestApp;
  let connector: Session;
  let coordinator: Session;
  let specialist: Session;
  let partner: Session;
  let otherMunicipalityAdmin: Session;
  let areaId = '';
  let partnerId = '';
  let welfareId = '';
  let wijkraadId = '';
  let housingId = '';
  let communityWorkerId = '';
  let adviserId = '';

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    coordinator = await signIn(t.app, 'coordinator@bergenopzoom.demo', 'demo');
    specialist = await signIn(t.app, 'specialist@bergenopzoom.demo', 'demo');
    partner = await signIn(t.app, 'partner@bergenopzoom.demo', 'demo');
    const owner = t.database.owner;
    const ids = await owner.query(`select email, id from users where email in ('partner@bergenopzoom.demo', 'j.devries@bergenopzoom.demo')`);
    partnerId = ids.rows.find((r) => r.email === 'partner@bergenopzoom.demo').id;
    adviserId = ids.rows.find((r) => r.email === 'j.devries@bergenopzoom.demo').id;
    areaId = (await owner.query(`select id from areas where municipality_id = 'GM0748' and name = 'Lepelstraat'`)).rows[0].id;
    await createMunicipality(owner, { id: 'GM0009', name: 'Buurgemeente' });
    const admin = await createUser(owner, { municipalityId: 'GM0009', roles: ['administrator', 'coordinator', 'connector'] });
    otherMunicipalityAdmin = await signIn(t.app, admin.email);
  });
  afterAll(() => t.close());

  const create = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers: connector.headers, payload });

  it('records organisations of every kind, with their areas and the connector who keeps the relation', async () => {
    const welfare = await create({ name: 'Welzijn Test', type: 'welfare', sector: 'professional', areaIds: [areaId], isSubsidised: true, email: 'Info@Welzijn.example' });
    expect(welfare.statusCode, welfare.body).toBe(201);
    welfareId = welfare.json().id;
    expect(welfare.json()).toMatchObject({
      type: 'welfare',
      sector: 'professional',
      email: 'info@welzijn.example',
      areas: [{ name: 'Lepelstraat' }],
      relationHolder: { name: 'Sanne Rijnders' },
      board: { status: null },
    });
    const wijkraad = await create({ name: 'Dorpsraad Test', type: 'dorpsraad', sector: 'volunteer', areaIds: [areaId], boardSeats: 7, boardVacancies: 3 });
    wijkraadId = wijkraad.json().id;
    expect(wijkraad.json().board).toEqual({ status: 'vacancies', seats: 7, vacancies: 3, stoppedOn: null, fallback: null });
    housingId = (await create({ name: 'Woonstichting Test', type: 'housing_corporation', sector: 'professional', areaIds: [areaId] })).json().id;

    expect((await create({ name: 'dorpsraad test', type: 'dorpsraad', sector: 'volunteer' })).statusCode).toBe(409);
    expect((await create({ name: 'Te veel', type: 'wijkraad', sector: 'volunteer', boardSeats: 2, boardVacancies: 3 })).json().code).toBe('validation_failed');
    expect((await create({ name: 'Onbekend', type: 'kroeg', sector: 'volunteer' })).json().code).toBe('validation_failed');

    const inArea = (await t.app.inject({ url: `/api/v1/organisations?areaId=${areaId}`, headers: specialist.headers })).json();
    // Lepelstraat's demo partners (Stadlander, WijZijn Traversegroep, the dorpsraad) are there too.
    expect(inArea.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['Dorpsraad Test', 'Welzijn Test', 'Woonstichting Test', 'Dorpsraad Lepelstraat']));
    const elsewhere = (await t.app.inject({ url: '/api/v1/organisations?type=welfare&q=welzijn', headers: specialist.headers })).json();
    expect(elsewhere.map((o: { name: string }) => o.name)).toEqual(['Welzijn Test']);
  });

  it('keeps contact persons only with a legal basis, and audits every read of their personal data', async () => {
    const add = (organisationId: string, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `/api/v1/organisations/${organisationId}/contacts`, headers: connector.headers, payload });
    const noBasis = await add(welfareId, { name: 'Zonder Grondslag', email: 'x@example.org' });
    expect(noBasis.json().code).toBe('validation_failed');
    const worker = await add(welfareId, { name: 'Olga Opbouw', role: 'opbouwwerker', email: 'olga@welzijn.example', phone: '0164 123 456', legalBasis: 'contract', legalBasisNote: 'Subsidiebeschikking 2026' });
    expect(worker.statusCode, worker.body).toBe(201);
    communityWorkerId = worker.json().id;
    expect(worker.json()).toMatchObject({ email: 'olga@welzijn.example', legalBasis: 'contract', organisation: { name: 'Welzijn Test' } });
    await add(wijkraadId, { name: 'Victor Voorzitter', role: 'voorzitter', email: 'victor@dorpsraad.example', legalBasis: 'consent' });

    const before = (await t.database.owner.query(`select count(*)::int as n from audit_log where action = 'contact.read'`)).rows[0].n;
    const detail = (await t.app.inject({ url: `/api/v1/organisations/${welfareId}`, headers: specialist.headers })).json();
    expect(detail.contacts).toEqual([expect.objectContaining({ name: 'Olga Opbouw', email: 'olga@welzijn.example', phone: '0164 123 456' })]);
    const list = (await t.app.inject({ url: '/api/v1/contacts?q=Victor', headers: coordinator.headers })).json();
    expect(list).toEqual([expect.objectContaining({ name: 'Victor Voorzitter', email: 'victor@dorpsraad.example' })]);
    const reads = await t.database.owner.query(`select entity_type, details from audit_log where action = 'contact.read' order by id`);
    expect(reads.rows.length - before).toBe(2);
    expect(reads.rows.at(-1).details.contactIds).toHaveLength(1);

    await t.app.inject({ url: '/api/v1/exports/contacts?format=csv', headers: coordinator.headers });
    const exported = await t.database.owner.query(`select details from audit_log where action = 'contact.export'`);
    const contacts = await t.database.owner.query(`select count(*)::int as n from contacts where municipality_id = 'GM0748'`);
    expect(exported.rows[0].details.count).toBe(contacts.rows[0].n);
  });

  it('shows contact persons’ data only to staff of the municipality: not to partners, not to another municipality', async () => {
    const linked = await t.app.inject({ method: 'PUT', url: `/api/v1/organisations/${welfareId}/partner-users`, headers: coordinator.headers, payload: { userIds: [partnerId] } });
    expect(linked.json().partnerUsers).toEqual([{ id: partnerId, name: 'Karin Smits' }]);
    const notPartner = await t.app.inject({ method: 'PUT', url: `/api/v1/organisations/${welfareId}/partner-users`, headers: coordinator.headers, payload: { userIds: [adviserId] } });
    expect(notPartner.json().code).toBe('not_a_partner');

    const own = (await t.app.inject({ url: `/api/v1/organisations/${welfareId}`, headers: partner.headers })).json();
    expect(own).toMatchObject({ name: 'Welzijn Test', contacts: [], partnerUsers: null, contactCount: 1 });
    expect(JSON.stringify(own)).not.toContain('olga@welzijn.example');
    for (const url of ['/api/v1/contacts', `/api/v1/contacts/${communityWorkerId}`, '/api/v1/exports/contacts']) {
      expect((await t.app.inject({ url, headers: partner.headers })).statusCode, url).toBe(403);
    }
    const elsewhere = await t.app.inject({ url: `/api/v1/contacts/${communityWorkerId}`, headers: otherMunicipalityAdmin.headers });
    expect(elsewhere.statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/contacts', headers: otherMunicipalityAdmin.headers })).json()).toEqual([]);
  });

  it('lets a partner see only their own organisation’s records, and keep only its general details', async () => {
    const list = (await t.app.inject({ url: '/api/v1/organisations', headers: partner.headers })).json();
    expect(list.map((o: { id: string }) => o.id)).toEqual([welfareId]);
    expect((await t.app.inject({ url: `/api/v1/organisations/${housingId}`, headers: partner.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PATCH', url: `/api/v1/organisations/${housingId}`, headers: partner.headers, payload: { phone: '0164 999 999' } })).statusCode).toBe(404);

    const kept = await t.app.inject({ method: 'PATCH', url: `/api/v1/organisations/${welfareId}`, headers: partner.headers, payload: { phone: '0164 222 333', description: 'Opbouwwerk en ouderenwerk' } });
    expect(kept.json()).toMatchObject({ phone: '0164 222 333', description: 'Opbouwwerk en ouderenwerk' });
    const refused = await t.app.inject({ method: 'PATCH', url: `/api/v1/organisations/${welfareId}`, headers: partner.headers, payload: { isSubsidised: false } });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'forbidden']);
    for (const url of ['/api/v1/activities', '/api/v1/dashboard/roles', `/api/v1/timeline?organisationId=${welfareId}`]) {
      expect((await t.app.inject({ url, headers: partner.headers })).statusCode, url).toBe(403);
    }
  });

  it('records that a dorpsraad stopped and who take over its overarching tasks, visible for the area', async () => {
    const stopped = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${wijkraadId}`,
      headers: connector.headers,
      payload: { boardStoppedOn: '2026-01-15', fallbackAdviserId: adviserId, fallbackCommunityWorkerId: communityWorkerId, fallbackTasks: 'Leefbaarheidsgesprek en wijkschouw' },
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(stopped.json().board).toEqual({
      status: 'stopped',
      seats: 7,
      vacancies: 3,
      stoppedOn: '2026-01-15',
      fallback: {
        adviser: { id: adviserId, name: 'Joost de Vries' },
        communityWorker: { id: communityWorkerId, name: 'Olga Opbouw', organisation: 'Welzijn Test' },
        tasks: 'Leefbaarheidsgesprek en wijkschouw',
      },
    });
    const finder = (await t.app.inject({ url: '/api/v1/connector-finder?q=Lepelstraat', headers: specialist.headers })).json();
    expect(finder.areas[0].stoppedBoards).toContainEqual({ organisation: 'Dorpsraad Test', takenOverBy: 'opbouwwerker Olga Opbouw en wijkadviseur Joost de Vries' });
    const timeline = (await t.app.inject({ url: `/api/v1/timeline?areaId=${areaId}&types=board&from=2026-01-01`, headers: connector.headers })).json();
    expect(timeline.items).toEqual([expect.objectContaining({ type: 'board', on: '2026-01-15', title: 'Dorpsraad Test is gestopt' })]);
  });

  it('keeps agreements and, for subsidised institutions, the area’s wishes for their product agreements', async () => {
    const agreement = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${housingId}/agreements`,
      headers: connector.headers,
      payload: { title: 'Gezamenlijke wijkschouw twee keer per jaar', areaId, startsOn: '2026-01-01', endsOn: '2026-12-31' },
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const ended = await t.app.inject({ method: 'PATCH', url: `/api/v1/agreements/${agreement.json().id}`, headers: connector.headers, payload: { endsOn: '2025-01-01' } });
    expect(ended.json().code).toBe('ends_before_start');

    expect((await t.app.inject({ method: 'POST', url: `/api/v1/organisations/${housingId}/wishes`, headers: connector.headers, payload: { areaId, year: 2027, wish: 'Meer toezicht' } })).json().code).toBe('not_subsidised');
    const wish = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${welfareId}/wishes`,
      headers: connector.headers,
      payload: { areaId, year: 2027, wish: 'Een ontmoetingsplek voor ouderen in Lepelstraat' },
    });
    expect(wish.json()).toMatchObject({ status: 'collected', area: { name: 'Lepelstraat' }, year: 2027 });
    const included = await t.app.inject({ method: 'PATCH', url: `/api/v1/wishes/${wish.json().id}`, headers: coordinator.headers, payload: { status: 'included', statusNote: 'In productafspraken 2027' } });
    expect(included.json()).toMatchObject({ status: 'included', statusNote: 'In productafspraken 2027' });
    const partnerView = (await t.app.inject({ url: `/api/v1/organisations/${welfareId}`, headers: partner.headers })).json();
    expect(partnerView.wishes).toEqual([expect.objectContaining({ wish: 'Een ontmoetingsplek voor ouderen in Lepelstraat', status: 'included' })]);
  });

  it('shows an organisation’s timeline with filters, and erases a contact person on request', async () => {
    const activity = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: connector.headers,
      payload: { occurredOn: '2026-02-02', minutes: 60, kind: 'meeting', role: 'facilitating', areaId, contactIds: [communityWorkerId], note: 'Overleg over de ontmoetingsplek' },
    });
    expect(activity.statusCode, activity.body).toBe(201);
    const all = (await t.app.inject({ url: `/api/v1/timeline?organisationId=${welfareId}`, headers: coordinator.headers })).json();
    expect(all.subject).toEqual({ type: 'organisation', id: welfareId, name: 'Welzijn Test' });
    expect(all.items.map((i: { type: string }) => i.type)).toEqual(expect.arrayContaining(['activity', 'wish']));
    const onlyActivities = (await t.app.inject({ url: `/api/v1/timeline?organisationId=${welfareId}&types=activity`, headers: coordinator.headers })).json();
    expect(onlyActivities.items).toEqual([expect.objectContaining({ type: 'activity', on: '2026-02-02', title: 'Overleg of bijeenkomst — Faciliteren, 1 u', actor: 'Sanne Rijnders' })]);
    const contactTimeline = (await t.app.inject({ url: `/api/v1/timeline?contactId=${communityWorkerId}&from=2026-02-01&to=2026-02-28`, headers: coordinator.headers })).json();
    expect(contactTimeline.items).toHaveLength(1);
    expect((await t.app.inject({ url: `/api/v1/timeline?contactId=${communityWorkerId}&from=2026-03-01&to=2026-03-31`, headers: coordinator.headers })).json().items).toEqual([]);
    expect((await t.app.inject({ url: `/api/v1/timeline?areaId=${areaId}&organisationId=${welfareId}`, headers: coordinator.headers })).json().code).toBe('one_subject');

    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/contacts/${communityWorkerId}`, headers: connector.headers })).statusCode).toBe(204);
    const after = (await t.app.inject({ url: `/api/v1/organisations/${wijkraadId}`, headers: connector.headers })).json();
    expect(after.board.fallback.communityWorker).toBeNull();
    const left = await t.database.owner.query(`select count(*)::int as n from contacts where id = $1`, [communityWorkerId]);
    expect(left.rows[0].n).toBe(0);
  });
});
