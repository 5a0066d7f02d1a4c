import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createMunicipality, createUser, type Session, signIn } from '../../../../test/factories.js';

describe('linking a partner account to its organisation', () => {
  let t: TestApp;
  let admin: Session;
  let coordinator: Session;
  let connector: Session;
  let partner: Session;
  let stadlanderId = '';
  let wijzijnId = '';
  let elsewhereId = '';
  let newPartner = { id: '', email: '' };
  let specialistId = '';

  const patch = (session: Session, userId: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/users/${userId}`, headers: session.headers, payload });
  const linkOf = async (userId: string) => (await t.database.owner.query('select organisation_id from users where id = $1', [userId])).rows[0].organisation_id;
  const auditRows = async (userId: string) =>
    (await t.database.owner.query(`select action, details from audit_log where entity_type = 'user' and entity_id = $1 order by id`, [userId])).rows;

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    const owner = t.database.owner;
    admin = await signIn(t.app, 'beheerder@bergenopzoom.demo', 'demo');
    coordinator = await signIn(t.app, 'coordinator@bergenopzoom.demo', 'demo');
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    partner = await signIn(t.app, 'partner@bergenopzoom.demo', 'demo');
    const organisations = await owner.query(`select name, id from organisations where municipality_id = 'GM0748'`);
    stadlanderId = organisations.rows.find((row) => row.name === 'Stadlander').id;
    wijzijnId = organisations.rows.find((row) => row.name === 'WijZijn Traversegroep').id;
    await createMunicipality(owner, { id: 'GM0009', name: 'Buurgemeente' });
    elsewhereId = (
      await owner.query(
        `insert into organisations (municipality_id, name, type, sector) values ('GM0009', 'Woonstichting Buurgemeente', 'housing_corporation', 'professional') returning id`,
      )
    ).rows[0].id;
    const created = await createUser(owner, { municipalityId: 'GM0748', roles: ['partner'], name: 'Petra Partner' });
    newPartner = { id: created.id, email: created.email };
    specialistId = (await createUser(owner, { municipalityId: 'GM0748', roles: ['specialist'] })).id;
  });
  afterAll(() => t.close());

  it('lets only an administrator set the link: other roles get 403 and nothing changes', async () => {
    for (const session of [coordinator, connector, partner]) {
      const response = await patch(session, newPartner.id, { organisationId: stadlanderId });
      expect([response.statusCode, response.json().code]).toEqual([403, 'forbidden']);
    }
    expect(await linkOf(newPartner.id)).toBeNull();
    expect(await auditRows(newPartner.id)).toEqual([]);
  });

  it('refuses an organisation of another municipality (400 unknown_organisation) and changes nothing', async () => {
    const response = await patch(admin, newPartner.id, { organisationId: elsewhereId, name: 'Petra Andersnaam' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'unknown_organisation', message: 'De gekozen organisatie bestaat niet (meer) in deze gemeente.' });
    expect(response.json().issues).toEqual([{ path: 'body.organisationId', message: 'Kies een organisatie van deze gemeente.' }]);
    const row = (await t.database.owner.query('select name, organisation_id from users where id = $1', [newPartner.id])).rows[0];
    expect(row).toEqual({ name: 'Petra Partner', organisation_id: null });
    expect(await auditRows(newPartner.id)).toEqual([]);
    const unknown = await patch(admin, newPartner.id, { organisationId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.json().code).toBe('unknown_organisation');
  });

  it('refuses a link for an account without the partner role, also when the same request takes the role away', async () => {
    const specialist = await patch(admin, specialistId, { organisationId: stadlanderId });
    expect([specialist.statusCode, specialist.json().code]).toEqual([400, 'not_a_partner']);
    expect(await linkOf(specialistId)).toBeNull();
    const dropping = await patch(admin, newPartner.id, { roles: ['specialist'], organisationId: stadlanderId });
    expect(dropping.json().code).toBe('not_a_partner');
    expect((await t.database.owner.query('select roles from users where id = $1', [newPartner.id])).rows[0].roles).toEqual(['partner']);
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'geen.partner@bergenopzoom.demo', name: 'Geen Partner', roles: ['connector'], organisationId: stadlanderId },
    });
    expect(create.json().code).toBe('not_a_partner');
    expect((await t.database.owner.query(`select count(*)::int as n from users where email = 'geen.partner@bergenopzoom.demo'`)).rows[0].n).toBe(0);
  });

  it('links a partner account: the person page, the organisation page and the partner’s own view show it, and it is audited', async () => {
    const response = await patch(admin, newPartner.id, { organisationId: stadlanderId });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().organisation).toEqual({ id: stadlanderId, name: 'Stadlander' });
    expect(await linkOf(newPartner.id)).toBe(stadlanderId);
    expect(await auditRows(newPartner.id)).toEqual([
      { action: 'user.update', details: { fields: ['organisationId'], organisation: { from: null, to: stadlanderId } } },
    ]);

    const people = (await t.app.inject({ url: '/api/v1/users', headers: coordinator.headers })).json();
    expect(people.find((u: { id: string }) => u.id === newPartner.id).organisation).toEqual({ id: stadlanderId, name: 'Stadlander' });
    expect(people.find((u: { email: string }) => u.email === 'partner@bergenopzoom.demo').organisation).toEqual({
      id: wijzijnId,
      name: 'WijZijn Traversegroep',
    });
    expect(people.find((u: { email: string }) => u.email === 'wijkverbinder@bergenopzoom.demo').organisation).toBeNull();
    const organisation = (await t.app.inject({ url: `/api/v1/organisations/${stadlanderId}`, headers: connector.headers })).json();
    expect(organisation.partnerUsers).toEqual([{ id: newPartner.id, name: 'Petra Partner' }]);

    await t.database.owner.query('update users set password_hash = (select password_hash from users where email = $1) where id = $2', [
      'partner@bergenopzoom.demo',
      newPartner.id,
    ]);
    const petra = await signIn(t.app, newPartner.email, 'demo');
    const own = (await t.app.inject({ url: '/api/v1/organisations', headers: petra.headers })).json();
    expect(own.map((o: { name: string }) => o.name)).toEqual(['Stadlander']);
  });

  it('clears the link on request, and when the partner role is taken away', async () => {
    const cleared = await patch(admin, newPartner.id, { organisationId: null });
    expect(cleared.json().organisation).toBeNull();
    expect((await auditRows(newPartner.id)).at(-1)?.details.organisation).toEqual({ from: stadlanderId, to: null });

    await patch(admin, newPartner.id, { organisationId: wijzijnId });
    const demoted = await patch(admin, newPartner.id, { roles: ['specialist'] });
    expect(demoted.json()).toMatchObject({ roles: ['specialist'], organisation: null });
    expect((await auditRows(newPartner.id)).at(-1)?.details).toEqual({ fields: ['roles'], organisation: { from: wijzijnId, to: null } });
    // Nothing else moves: a change that does not touch roles or the link keeps the link.
    const renamed = await patch(admin, (await t.database.owner.query(`select id from users where email = 'partner@bergenopzoom.demo'`)).rows[0].id, {
      jobTitle: 'Opbouwwerker Noord',
    });
    expect(renamed.json()).toMatchObject({ jobTitle: 'Opbouwwerker Noord', organisation: { id: wijzijnId } });
  });

  it('creates a partner account already linked to its organisation', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'nieuwe.partner@stadlander.demo', name: 'Nieuwe Partner', roles: ['partner'], organisationId: stadlanderId },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().organisation).toEqual({ id: stadlanderId, name: 'Stadlander' });
    expect((await auditRows(created.json().id))[0]).toEqual({ action: 'user.create', details: { roles: ['partner'], organisationId: stadlanderId } });
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'indringer@buurgemeente.demo', name: 'Indringer', roles: ['partner'], organisationId: elsewhereId },
    });
    expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([400, 'unknown_organisation']);
  });
});
