import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createMunicipality, createUser, type Session, signIn } from '../../../../test/factories.js';

describe('choosing contact persons for an activity', () => {
  let t: TestApp;
  let connector: Session;
  let specialist: Session;
  let partner: Session;
  let otherMunicipalityAdmin: Session;
  let stadlanderId = '';
  let wijkcommissieId = '';
  const contacts = new Map<string, string>();

  const picker = (session: Session, query: string) => t.app.inject({ url: `/api/v1/contacts/picker?${query}`, headers: session.headers });
  const pickerReads = async () =>
    (
      await t.database.owner.query(
        `select actor_id, entity_type, details from audit_log where action = 'contact.read' and details->>'purpose' = 'picker' order by id`,
      )
    ).rows;

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    const owner = t.database.owner;
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    specialist = await signIn(t.app, 'specialist@bergenopzoom.demo', 'demo');
    partner = await signIn(t.app, 'partner@bergenopzoom.demo', 'demo');
    const organisations = await owner.query(`select name, id from organisations where municipality_id = 'GM0748'`);
    stadlanderId = organisations.rows.find((row) => row.name === 'Stadlander').id;
    wijkcommissieId = organisations.rows.find((row) => row.name === 'Wijkcommissie Noord').id;
    for (const row of (await owner.query(`select name, id from contacts where municipality_id = 'GM0748'`)).rows) contacts.set(row.name, row.id);
    await createMunicipality(owner, { id: 'GM0009', name: 'Buurgemeente' });
    const admin = await createUser(owner, { municipalityId: 'GM0009', roles: ['administrator', 'coordinator', 'connector'] });
    otherMunicipalityAdmin = await signIn(t.app, admin.email);
  });
  afterAll(() => t.close());

  it('lists the contacts of the chosen organisations with name, role and organisation only, and audits the read', async () => {
    const response = await picker(connector, `organisationIds=${stadlanderId},${wijkcommissieId}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual([
      { id: contacts.get('Ellen de Bruijn'), name: 'Ellen de Bruijn', role: 'wijkconsulent Zuid en Halsteren', organisationName: 'Stadlander' },
      { id: contacts.get('Mark Verschuren'), name: 'Mark Verschuren', role: 'wijkconsulent Noord en Centrum', organisationName: 'Stadlander' },
      { id: contacts.get('Henk Peeters'), name: 'Henk Peeters', role: 'voorzitter', organisationName: 'Wijkcommissie Noord' },
    ]);
    expect(response.body).not.toMatch(/@|0164/);
    const reads = await pickerReads();
    expect(reads).toHaveLength(1);
    expect(reads[0].entity_type).toBe('contact');
    expect(new Set(reads[0].details.contactIds)).toEqual(
      new Set([contacts.get('Ellen de Bruijn'), contacts.get('Mark Verschuren'), contacts.get('Henk Peeters')]),
    );
  });

  it('finds any contact of the municipality by name (or organisation), taking the text literally', async () => {
    expect((await picker(specialist, 'q=henk')).json()).toEqual([expect.objectContaining({ name: 'Henk Peeters', organisationName: 'Wijkcommissie Noord' })]);
    const byOrganisation = (await picker(connector, 'q=wijzijn')).json();
    expect(byOrganisation.map((c: { name: string }) => c.name)).toEqual(['Ahmed Yilmaz', 'Karin Smits']);
    const before = (await pickerReads()).length;
    expect((await picker(connector, 'q=%25%25')).json()).toEqual([]);
    expect((await picker(connector, 'q=__')).json()).toEqual([]);
    // Nothing read, nothing to audit.
    expect((await pickerReads()).length).toBe(before);
  });

  it('asks for a choice: no filter, a one-letter search or a malformed id is a 400', async () => {
    for (const query of ['', 'q=h', 'organisationIds=nope', 'email=x']) {
      const response = await picker(connector, query);
      expect([response.statusCode, response.json().code], query).toEqual([400, 'validation_failed']);
    }
  });

  it('is for the municipality’s staff only: a partner gets 403, another municipality finds nothing', async () => {
    expect((await picker(partner, 'q=henk')).statusCode).toBe(403);
    expect((await picker(otherMunicipalityAdmin, 'q=henk')).json()).toEqual([]);
    expect((await picker(otherMunicipalityAdmin, `organisationIds=${stadlanderId}`)).json()).toEqual([]);
  });

  it('keeps the chosen contacts on the activity, and an edit removes one', async () => {
    const logged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: connector.headers,
      payload: {
        occurredOn: '2026-02-02',
        minutes: 45,
        kind: 'contact',
        role: 'informing',
        organisationIds: [stadlanderId],
        contactIds: [contacts.get('Mark Verschuren'), contacts.get('Henk Peeters')],
      },
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(logged.json().contacts.map((c: { name: string }) => c.name)).toEqual(['Henk Peeters', 'Mark Verschuren']);
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/activities/${logged.json().id}`,
      headers: connector.headers,
      payload: { contactIds: [contacts.get('Mark Verschuren')] },
    });
    expect(edited.json()).toMatchObject({ contacts: [{ name: 'Mark Verschuren' }], organisations: [{ name: 'Stadlander' }], minutes: 45 });
    const foreign = await t.database.owner.query(
      `insert into contacts (municipality_id, name, legal_basis) values ('GM0009', 'Contact Buurgemeente', 'consent') returning id`,
    );
    const refused = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/activities/${logged.json().id}`,
      headers: connector.headers,
      payload: { contactIds: [foreign.rows[0].id] },
    });
    expect([refused.statusCode, refused.json().code]).toEqual([400, 'unknown_link']);
    expect((await t.app.inject({ url: `/api/v1/activities/${logged.json().id}`, headers: connector.headers })).json().contacts).toEqual([
      { id: contacts.get('Mark Verschuren'), name: 'Mark Verschuren' },
    ]);
  });
});
