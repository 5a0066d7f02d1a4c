import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createArea, createMunicipality, createRegions, createUser, type Session, signIn } from '../../../../test/factories.js';
import { buildApp } from '../../app.js';
import { type Database, openDatabase } from '../../platform/db/database.js';
import { withMunicipality } from '../../platform/db/tenant.js';
import { createDashboardCache } from './dashboard-cache.js';

describe('dashboard cache: least recently used, one version per answer', () => {
  it('serves an answer only at the version it was computed at', () => {
    const cache = createDashboardCache({ maxEntries: 2 });
    cache.set('a', 3, '"a3"');
    expect(cache.get('a', 3)).toBe('"a3"');
    expect(cache.get('a', 2)).toBeUndefined();
    // A slower request that read an older version does not replace the newer answer.
    cache.set('a', 2, '"a2"');
    expect(cache.get('a', 3)).toBe('"a3"');
    expect(cache.get('a', 4)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('lets the least recently used answer go when full, and keeps nothing at size 0', () => {
    const cache = createDashboardCache({ maxEntries: 2 });
    cache.set('a', 1, 'A');
    cache.set('b', 1, 'B');
    expect(cache.get('a', 1)).toBe('A');
    cache.set('c', 1, 'C');
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual(['A', undefined, 'C']);
    const off = createDashboardCache({ maxEntries: 0 });
    off.set('a', 1, 'A');
    expect([off.isEnabled, off.get('a', 1), off.size]).toEqual([false, undefined, 0]);
  });
});

describe('dashboard answers stay exact: every write path bumps the municipality’s version', () => {
  let t: TestApp;
  /** The same database without a cache: what every answer must equal. */
  let uncached: FastifyInstance;
  /** A second server "process": its own cache and its own pools on the same database. */
  let other: FastifyInstance;
  let otherDatabase: Database;
  let connector: Session;
  let coordinator: Session;
  let administrator: Session;
  const id = { connector: '', successor: '', area: '', otherArea: '' };

  const dashboardUrls = () => [
    '/api/v1/dashboard/roles?from=2024-01-01&to=2024-03-31',
    '/api/v1/dashboard/roles?from=2024-01-01&to=2024-03-31&granularity=month',
    `/api/v1/dashboard/roles?from=2024-01-01&to=2024-03-31&areaId=${id.area}`,
    '/api/v1/dashboard/roles',
    '/api/v1/dashboard/hours?from=2024-01-01&to=2024-03-31',
    `/api/v1/dashboard/hours?from=2024-01-01&to=2024-03-31&granularity=month&userId=${id.connector}`,
  ];

  const read = async (app: FastifyInstance, session: Session) => {
    const answers: unknown[] = [];
    for (const url of dashboardUrls()) {
      const response = await app.inject({ url, headers: session.headers });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      answers.push(response.json());
    }
    return answers;
  };

  /** Reads through `app` (twice: the second from its cache), and expects exactly the cache-less answers. */
  const expectExact = async (app: FastifyInstance = t.app) => {
    const first = await read(app, coordinator);
    const again = await read(app, connector);
    const truth = await read(uncached, coordinator);
    expect(first).toEqual(truth);
    expect(again).toEqual(truth);
    return truth;
  };

  const version = async (municipalityId = 'GM0001') =>
    Number((await t.database.owner.query('select version from dashboard_versions where municipality_id = $1', [municipalityId])).rows[0]?.version ?? 0);

  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
    const owner = t.database.owner;
    await createMunicipality(owner, { id: 'GM0001', name: 'Gemeente Cache' });
    await createMunicipality(owner, { id: 'GM0002', name: 'Gemeente Ander' });
    const regions = await createRegions(owner, {
      municipalityId: 'GM0001',
      neighbourhoods: [
        { suffix: '00', name: 'Oost', square: [5, 52, 0.01] },
        { suffix: '01', name: 'West', square: [5.02, 52, 0.01] },
      ],
    });
    const connectorUser = await createUser(owner, { municipalityId: 'GM0001', roles: ['connector'], name: 'Carla Cache' });
    const successorUser = await createUser(owner, { municipalityId: 'GM0001', roles: ['connector'], name: 'Otto Opvolger' });
    const coordinatorUser = await createUser(owner, { municipalityId: 'GM0001', roles: ['coordinator'], name: 'Coby Coördinator' });
    const administratorUser = await createUser(owner, { municipalityId: 'GM0001', roles: ['administrator'], name: 'Ada Beheer' });
    id.connector = connectorUser.id;
    id.successor = successorUser.id;
    id.area = (await createArea(owner, { municipalityId: 'GM0001', name: 'Oost', regionCodes: [regions.neighbourhoodCodes[0] as string], connectorIds: [id.connector] })).id;
    id.otherArea = (await createArea(owner, { municipalityId: 'GM0001', name: 'West', regionCodes: [regions.neighbourhoodCodes[1] as string], connectorIds: [id.successor] })).id;
    await owner.query(`update connector_hours set valid_from = '2023-01-01'`);
    await owner.query(
      `insert into activities (municipality_id, user_id, area_id, kind, occurred_on, minutes, role, suggested_role)
       values ('GM0001', $1, $2, 'call', '2024-01-10', 60, 'fixing', 'informing'),
              ('GM0001', $1, $2, 'meeting', '2024-02-14', 90, 'facilitating', 'facilitating'),
              ('GM0001', $1, null, 'work', '2024-03-04', 30, 'exploring', null),
              ('GM0001', $1, $2, 'contact', current_date, 45, 'informing', 'informing')`,
      [id.connector, id.area],
    );
    connector = await signIn(t.app, connectorUser.email);
    coordinator = await signIn(t.app, coordinatorUser.email);
    administrator = await signIn(t.app, administratorUser.email);

    uncached = await buildApp({ ...t.config, dashboardCacheSize: 0 }, { database: t.database, logger: false });
    otherDatabase = await openDatabase(t.config, { appPoolSize: 2 });
    other = await buildApp(t.config, { database: otherDatabase, logger: false });
    await Promise.all([uncached.ready(), other.ready()]);
  });
  afterAll(async () => {
    await uncached?.close();
    await other?.close();
    await otherDatabase?.close();
    await t.close();
  });

  it('serves a repeated dashboard from the cache, and only while nothing changed', async () => {
    const before = await expectExact();
    // A write that slips past the triggers (replication role: no triggers fire) is not seen: the answer comes from the cache.
    const client = await t.database.owner.connect();
    try {
      await client.query(`set session_replication_role = replica`);
      await client.query(`update activities set minutes = minutes + 1 where occurred_on = '2024-01-10'`);
      await client.query(`set session_replication_role = origin`);
    } finally {
      client.release();
    }
    expect(await read(t.app, coordinator)).toEqual(before);
    expect(await read(uncached, coordinator)).not.toEqual(before);
    // The same change through any ordinary write path bumps the version, and the next answer is the new one.
    const was = await version();
    await t.database.owner.query(`update activities set minutes = minutes - 1 where occurred_on = '2024-01-10'`);
    expect(await version()).toBe(was + 1);
    expect(await expectExact()).toEqual(before);
  });

  it('recomputes after an activity is created, edited and deleted', async () => {
    let before = await expectExact();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: connector.headers,
      payload: { occurredOn: '2024-03-20', minutes: 120, kind: 'visit', role: 'agenda_setting', areaId: id.area },
    });
    expect(created.statusCode, created.body).toBe(201);
    let after = await expectExact();
    expect(after).not.toEqual(before);

    before = after;
    const edited = await t.app.inject({ method: 'PATCH', url: `/api/v1/activities/${created.json().id}`, headers: coordinator.headers, payload: { minutes: 75, areaId: id.otherArea } });
    expect(edited.statusCode, edited.body).toBe(200);
    after = await expectExact();
    expect(after).not.toEqual(before);

    before = after;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/activities/${created.json().id}`, headers: connector.headers })).statusCode).toBe(204);
    after = await expectExact();
    expect(after).not.toEqual(before);
  });

  it('recomputes after a connector’s hours change, and after a user or an area is renamed', async () => {
    let before = await expectExact();
    const hours = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/areas/${id.area}/people`,
      headers: coordinator.headers,
      payload: { people: [{ userId: id.connector, role: 'connector', hoursPerWeek: 12 }] },
    });
    expect(hours.statusCode, hours.body).toBe(200);
    let after = await expectExact();
    expect(after).not.toEqual(before);

    before = after;
    const renamed = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id.connector}`, headers: administrator.headers, payload: { name: 'Carla de Cache' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    after = await expectExact();
    expect(after).not.toEqual(before);
    expect(JSON.stringify(after)).toContain('Carla de Cache');

    before = after;
    const area = await t.app.inject({ method: 'PATCH', url: `/api/v1/areas/${id.area}`, headers: administrator.headers, payload: { name: 'Oost-Centrum' } });
    expect(area.statusCode, area.body).toBe(200);
    after = await expectExact();
    expect(after).not.toEqual(before);
    expect(JSON.stringify(after)).toContain('Oost-Centrum');

    // What no dashboard shows leaves the version alone: a login, an area's description.
    const was = await version();
    await signIn(t.app, (await t.database.owner.query('select email from users where id = $1', [id.connector])).rows[0].email);
    await t.app.inject({ method: 'PATCH', url: `/api/v1/areas/${id.area}`, headers: administrator.headers, payload: { description: 'Het oosten' } });
    expect(await version()).toBe(was);
  });

  it('recomputes after a handover of the area to a successor', async () => {
    const before = await expectExact();
    const handover = await t.app.inject({
      method: 'POST',
      url: `/api/v1/areas/${id.area}/handover`,
      headers: coordinator.headers,
      payload: { fromUserId: id.connector, toUserId: id.successor, hoursPerWeek: 16 },
    });
    expect(handover.statusCode, handover.body).toBe(201);
    const after = await expectExact();
    expect(after).not.toEqual(before);
  });

  it('shows a write through one server process in the other’s next answer', async () => {
    let before = await expectExact(other);
    await expectExact(t.app);
    const created = await other.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: connector.headers,
      payload: { occurredOn: '2024-02-01', minutes: 50, kind: 'call', role: 'informing', areaId: id.otherArea },
    });
    expect(created.statusCode, created.body).toBe(201);
    let after = await expectExact(t.app);
    expect(after).not.toEqual(before);
    expect(await expectExact(other)).toEqual(after);

    before = after;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/activities/${created.json().id}`, headers: coordinator.headers })).statusCode).toBe(204);
    after = await expectExact(other);
    expect(after).not.toEqual(before);
  });

  it('bumps each municipality of a bulk write once, and only those', async () => {
    const [one, two] = [await version('GM0001'), await version('GM0002')];
    const otherUser = await createUser(t.database.owner, { municipalityId: 'GM0002', roles: ['connector'] });
    const [oneAfterUser, twoAfterUser] = [await version('GM0001'), await version('GM0002')];
    expect([oneAfterUser, twoAfterUser]).toEqual([one, two + 1]);
    await t.database.owner.query(
      `insert into activities (municipality_id, user_id, kind, occurred_on, minutes, role)
       select m, case when m = 'GM0001' then $1::uuid else $2::uuid end, 'work', '2024-01-02', 10, 'fixing'
       from unnest(array['GM0001', 'GM0002', 'GM0001', 'GM0002', 'GM0002']) as m`,
      [id.connector, otherUser.id],
    );
    expect([await version('GM0001'), await version('GM0002')]).toEqual([oneAfterUser + 1, twoAfterUser + 1]);
    await expectExact();
  });

  it('keeps counting for a municipality that is deleted and created again', async () => {
    const owner = t.database.owner;
    const make = async () => {
      await createMunicipality(owner, { id: 'GM0003' });
      const user = await createUser(owner, { municipalityId: 'GM0003', roles: ['connector'] });
      await owner.query(`insert into activities (municipality_id, user_id, kind, occurred_on, minutes, role) values ('GM0003', $1, 'call', '2024-01-03', 5, 'fixing')`, [user.id]);
    };
    await make();
    const was = await version('GM0003');
    expect(was).toBeGreaterThan(0);
    // Everything goes with the municipality (the triggers fire on the cascade); its version row stays.
    await owner.query(`delete from municipalities where id = 'GM0003'`);
    expect(await version('GM0003')).toBeGreaterThan(was);
    await make();
    expect(await version('GM0003')).toBeGreaterThan(was + 1);
  });

  it('lets the app role read only its own municipality’s version, and write none', async () => {
    expect(await version('GM0002')).toBeGreaterThan(0);
    const seen = await withMunicipality(t.database.app, 'GM0001', (db) => db.query('select municipality_id from dashboard_versions'));
    expect(seen.rows).toEqual([{ municipality_id: 'GM0001' }]);
    expect((await t.database.app.query('select count(*)::int as n from dashboard_versions')).rows[0].n).toBe(0);

    const was = await version();
    for (const sql of [
      `update dashboard_versions set version = version + 1`,
      `update dashboard_versions set version = 1 where municipality_id = 'GM0001'`,
      `insert into dashboard_versions (municipality_id, version) values ('GM0001', 1) on conflict (municipality_id) do update set version = 1`,
      `delete from dashboard_versions`,
      `truncate dashboard_versions`,
    ]) {
      await expect(withMunicipality(t.database.app, 'GM0001', (db) => db.query(sql)), sql).rejects.toThrow(/permission denied/);
    }
    expect(await version()).toBe(was);
  });
});
