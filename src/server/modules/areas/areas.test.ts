import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';

describe('areas on the demo municipality (Bergen op Zoom)', () => {
  let t: TestApp;
  let admin: Session;
  let coordinator: Session;
  let connector: Session;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    admin = await signIn(t.app, 'beheerder@bergenopzoom.demo', 'demo');
    coordinator = await signIn(t.app, 'coordinator@bergenopzoom.demo', 'demo');
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  const areaByName = async (name: string) => {
    const list = (await t.app.inject({ url: '/api/v1/areas', headers: admin.headers })).json();
    return list.find((area: { name: string }) => area.name === name);
  };

  it('lists the areas from the seed letter with their people, the connector’s own first', async () => {
    const response = await t.app.inject({ url: '/api/v1/areas', headers: connector.headers });
    expect(response.statusCode).toBe(200);
    const areas = response.json();
    expect(areas[0]).toMatchObject({ name: 'Noordelijke wijken', isMine: true, regionCodes: ['BU07480100', 'BU07480101', 'BU07480102', 'BU07480103'] });
    expect(areas[0].people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Sanne Rijnders', role: 'connector', hoursPerWeek: 4 }),
        expect.objectContaining({ name: 'Jolanda Buijs', role: 'alderman' }),
        expect.objectContaining({ role: 'adviser' }),
      ]),
    );
    const fzm = areas.find((a: { name: string }) => a.name === 'Fort-Zeekant-Markiezaten');
    // Crosses CBS districts: Het Fort and Zeekant lie in wijk 00, De Markiezaten in wijk 03.
    expect(fzm.regionCodes).toEqual(['BU07480004', 'BU07480005', 'BU07480301']);
    expect(areas.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['Lepelstraat', 'Halsteren']));
    expect(areas.every((a: { municipalityCode: string }) => a.municipalityCode === 'GM0748')).toBe(true);
  });

  it('lets an administrator create an area from free neighbourhoods, change it and delete it, all audited', async () => {
    const lepelstraat = await areaByName('Lepelstraat');
    const shrink = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/areas/${lepelstraat.id}`,
      headers: admin.headers,
      payload: { regionCodes: ['BU07480500', 'BU07480508', 'BU07480509'] },
    });
    expect(shrink.statusCode).toBe(200);
    expect(shrink.json().regionCodes).toEqual(['BU07480500', 'BU07480508', 'BU07480509']);

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/areas',
      headers: admin.headers,
      payload: { name: 'Kladde', kind: 'kern', regionCodes: ['BU07480507'], publicEmail: 'Kladde@BergenOpZoom.demo' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Kladde', kind: 'kern', regionCodes: ['BU07480507'], publicEmail: 'kladde@bergenopzoom.demo', people: [] });

    const renamed = await t.app.inject({ method: 'PATCH', url: `/api/v1/areas/${created.json().id}`, headers: admin.headers, payload: { name: 'Kladde en Klutsdorp' } });
    // Only the name changes: fields that were not sent keep their values.
    expect(renamed.json()).toMatchObject({ name: 'Kladde en Klutsdorp', kind: 'kern', publicEmail: 'kladde@bergenopzoom.demo', regionCodes: ['BU07480507'] });
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/v1/areas/${created.json().id}`, headers: admin.headers });
    expect(removed.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/areas/${created.json().id}`, headers: admin.headers })).statusCode).toBe(404);

    const log = (await t.app.inject({ url: '/api/v1/audit-log?limit=10', headers: admin.headers })).json();
    expect(log.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['area.create', 'area.update', 'area.delete']));
    expect(log[0]).toMatchObject({ actor: 'Ilse Verhoeven', entityType: 'area' });
  });

  it('refuses neighbourhoods that belong to another area or do not exist, and changes nothing', async () => {
    const taken = await t.app.inject({ method: 'POST', url: '/api/v1/areas', headers: admin.headers, payload: { name: 'Dubbel', regionCodes: ['BU07480102'] } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'region_taken' });
    expect(taken.json().message).toContain('BU07480102 (hoort bij Noordelijke wijken)');

    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/areas', headers: admin.headers, payload: { name: 'Nergens', regionCodes: ['BU05990000'] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('unknown_region');

    const sameName = await t.app.inject({ method: 'POST', url: '/api/v1/areas', headers: admin.headers, payload: { name: 'halsteren', regionCodes: ['BU07480507'] } });
    expect(sameName.statusCode).toBe(409);

    for (const payload of [{ name: '', regionCodes: ['BU07480507'] }, { name: 'X', regionCodes: [] }, { name: 'X', regionCodes: ['Tuinwijk'] }, { name: 'X', regionCodes: ['BU07480507'], kind: 'stad' }, { name: 'X', regionCodes: ['BU07480507', 'BU07480507'] }]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/areas', headers: admin.headers, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    expect((await areaByName('Noordelijke wijken')).regionCodes).toHaveLength(4);
    expect((await t.database.owner.query(`select count(*)::int as n from areas where municipality_id = 'GM0748'`)).rows[0].n).toBe(8);
  });

  it('lets a coordinator set the people of an area, with hours per week, and checks them', async () => {
    const users = (await t.app.inject({ url: '/api/v1/users', headers: coordinator.headers })).json();
    const halsteren = await areaByName('Halsteren');
    const connectorId = users.find((u: { email: string }) => u.email === 'r.suijkerbuijk@bergenopzoom.demo').id;
    const second = users.find((u: { email: string }) => u.email === 'l.mertens@bergenopzoom.demo').id;
    const alderman = users.find((u: { email: string }) => u.email === 'wethouder@bergenopzoom.demo').id;
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/areas/${halsteren.id}/people`,
      headers: coordinator.headers,
      payload: { people: [{ userId: connectorId, role: 'connector', hoursPerWeek: 6 }, { userId: second, role: 'connector', hoursPerWeek: 2.5 }, { userId: alderman, role: 'alderman' }] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().people.filter((p: { role: string }) => p.role === 'connector').map((p: { hoursPerWeek: number }) => p.hoursPerWeek).sort()).toEqual([2.5, 6]);

    const card = (await t.app.inject({ url: '/api/v1/lookup?q=Halsteren&municipality=GM0748' })).json().matches[0].card;
    await expect.poll(async () => (await t.app.inject({ url: `/api/v1/public/areas/${halsteren.id}` })).json().card.connectors.length, { timeout: 5000 }).toBe(2);
    expect(card.areaName).toBe('Halsteren');

    const twoAldermen = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/areas/${halsteren.id}/people`,
      headers: coordinator.headers,
      payload: { people: [{ userId: alderman, role: 'alderman' }, { userId: connectorId, role: 'alderman' }] },
    });
    expect(twoAldermen.statusCode).toBe(400);
    expect(twoAldermen.json().code).toBe('one_alderman');
    const tooMany = await t.app.inject({ method: 'PUT', url: `/api/v1/areas/${halsteren.id}/people`, headers: coordinator.headers, payload: { people: [{ userId: connectorId, role: 'connector', hoursPerWeek: 41 }] } });
    expect(tooMany.statusCode).toBe(400);
    expect((await areaByName('Halsteren')).people).toHaveLength(3);
  });

  it('serves the municipality’s boundaries of the newest year with each region’s area', async () => {
    const response = await t.app.inject({ url: '/api/v1/regions', headers: connector.headers });
    const body = response.json();
    expect(body.year).toBe(2022);
    expect(body.regions.filter((r: { kind: string }) => r.kind === 'neighbourhood')).toHaveLength(38);
    expect(body.regions.filter((r: { kind: string }) => r.kind === 'district')).toHaveLength(6);
    const tuinwijk = body.regions.find((r: { code: string }) => r.code === 'BU07480102');
    expect(tuinwijk).toMatchObject({ name: 'Tuinwijk', districtCode: 'WK074801' });
    expect(tuinwijk.areaId).toBe((await areaByName('Noordelijke wijken')).id);
    expect(tuinwijk.geometry.type).toBe('Polygon');
  });
});

describe('areas never overlap through a district', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    admin = await signIn(t.app, 'beheerder@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  it('refuses a whole district when one of its neighbourhoods is another area’s, and a neighbourhood of a district that is', async () => {
    const district = await t.app.inject({ method: 'POST', url: '/api/v1/areas', headers: admin.headers, payload: { name: 'Heel Noord', regionCodes: ['WK074801'] } });
    expect(district.statusCode).toBe(409);
    expect(district.json().message).toContain('WK074801 (hoort bij Noordelijke wijken)');

    // An area made of a whole district (as when a district was imported without neighbourhoods)…
    const areas = (await t.app.inject({ url: '/api/v1/areas', headers: admin.headers })).json();
    const lepelstraat = areas.find((a: { name: string }) => a.name === 'Lepelstraat');
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/areas/${lepelstraat.id}`, headers: admin.headers })).statusCode).toBe(204);
    const whole = await t.app.inject({ method: 'POST', url: '/api/v1/areas', headers: admin.headers, payload: { name: 'Kern Lepelstraat', kind: 'kern', regionCodes: ['WK074805'] } });
    expect(whole.statusCode).toBe(201);
    // …leaves none of its neighbourhoods free for another area.
    const kladde = await t.app.inject({ method: 'POST', url: '/api/v1/areas', headers: admin.headers, payload: { name: 'Kladde', regionCodes: ['BU07480507'] } });
    expect(kladde.statusCode).toBe(409);
    expect(kladde.json().message).toContain('BU07480507 (hoort bij Kern Lepelstraat)');
  });
});
