import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createArea, createMunicipality, createRegions, createUser, type Session, signIn } from '../../../../test/factories.js';
import { withMunicipality } from './tenant.js';

const TENANT_TABLES = ['regions', 'areas', 'area_regions', 'users', 'area_people', 'sessions', 'audit_log'];

/**
 * Municipality A's administrator (who may do the most) tries every route on municipality B's records.
 * Each route must appear in this table: a new route without an isolation case fails the coverage check.
 */
describe('isolation between municipalities', () => {
  let t: TestApp;
  let a: Session;
  const b = { areaId: '', userId: '', regionCode: '', neighbourhoodCode: '' };

  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
    const owner = t.database.owner;
    await createMunicipality(owner, { id: 'GM0001', name: 'Gemeente A' });
    await createMunicipality(owner, { id: 'GM0002', name: 'Gemeente B' });
    const regionsA = await createRegions(owner, { municipalityId: 'GM0001', neighbourhoods: [{ suffix: '00', name: 'Abuurt', square: [5, 52, 0.01] }] });
    const regionsB = await createRegions(owner, { municipalityId: 'GM0002', neighbourhoods: [{ suffix: '00', name: 'Bbuurt', square: [6, 52, 0.01] }, { suffix: '01', name: 'Bbuurt twee', square: [6.02, 52, 0.01] }] });
    const adminA = await createUser(owner, { municipalityId: 'GM0001', roles: ['administrator', 'coordinator'] });
    const connectorB = await createUser(owner, { municipalityId: 'GM0002', roles: ['connector'] });
    await createArea(owner, { municipalityId: 'GM0001', name: 'Gebied A', regionCodes: regionsA.neighbourhoodCodes });
    const areaB = await createArea(owner, { municipalityId: 'GM0002', name: 'Gebied B', regionCodes: [regionsB.neighbourhoodCodes[0] as string], connectorIds: [connectorB.id] });
    Object.assign(b, { areaId: areaB.id, userId: connectorB.id, regionCode: regionsB.districtCode, neighbourhoodCode: regionsB.neighbourhoodCodes[1] });
    await signIn(t.app, connectorB.email); // so B has a session row and an audit trail to leak
    a = await signIn(t.app, adminA.email);
  });
  afterAll(() => t.close());

  const cases = (): { method: string; url: string; payload?: unknown; expect: (status: number, body: string) => void }[] => [
    { method: 'GET', url: '/api/v1/auth/me', expect: (s, body) => expect(body).not.toContain('GM0002') },
    { method: 'GET', url: '/api/v1/auth/csrf', expect: (s) => expect(s).toBe(200) },
    { method: 'GET', url: '/api/v1/municipality', expect: (s, body) => expect(JSON.parse(body).code).toBe('GM0001') },
    { method: 'PATCH', url: '/api/v1/municipality', payload: { name: 'Gemeente A nieuw' }, expect: (s, body) => expect(JSON.parse(body).code).toBe('GM0001') },
    { method: 'GET', url: '/api/v1/areas', expect: (s, body) => expect(body).not.toContain(b.areaId) },
    { method: 'GET', url: `/api/v1/areas/${b.areaId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: '/api/v1/areas', payload: { name: 'Kaping', regionCodes: [b.neighbourhoodCode] }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_region']) },
    { method: 'PATCH', url: `/api/v1/areas/${b.areaId}`, payload: { name: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/areas/${b.areaId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'PUT', url: `/api/v1/areas/${b.areaId}/people`, payload: { people: [] }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/regions', expect: (s, body) => expect(body).not.toContain('Bbuurt') },
    { method: 'GET', url: '/api/v1/users', expect: (s, body) => expect(body).not.toContain(b.userId) },
    { method: 'GET', url: `/api/v1/users/${b.userId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: '/api/v1/users', payload: { email: 'nieuw@a.example', name: 'Nieuw', roles: ['connector'] }, expect: (s, body) => expect(JSON.parse(body).municipalityCode).toBe('GM0001') },
    { method: 'PATCH', url: `/api/v1/users/${b.userId}`, payload: { isActive: false }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/audit-log', expect: (s, body) => expect(body).not.toContain(b.areaId) },
  ];

  it('lets nobody of A read or change anything of B through any route', async () => {
    for (const c of cases()) {
      const response = await t.app.inject({ method: c.method as 'GET', url: c.url, headers: a.headers, payload: c.payload as object });
      expect(response.statusCode, `${c.method} ${c.url}: ${response.body}`).toBeLessThan(500);
      c.expect(response.statusCode, response.body);
    }
    const areaB = await t.database.owner.query('select name from areas where id = $1', [b.areaId]);
    expect(areaB.rows[0].name).toBe('Gebied B');
    const userB = await t.database.owner.query('select is_active from users where id = $1', [b.userId]);
    expect(userB.rows[0].is_active).toBe(true);
  });

  it('covers every non-public route with an isolation case', () => {
    const covered = new Set(cases().map((c) => `${c.method} ${c.url.replace(b.areaId, ':id').replace(b.userId, ':id')}`));
    const uncovered = t.app.accessRoutes
      .filter((route) => route.access !== 'public' && route.url.startsWith('/api/') && route.url !== '/api/v1/auth/logout')
      .map((route) => `${route.method} ${route.url}`)
      .filter((key) => !covered.has(key));
    expect(uncovered).toEqual([]);
  });

  it('row-level security: the app role sees only the municipality set for its transaction', async () => {
    const role = await t.database.app.query(`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    const owners = await t.database.owner.query(
      `select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = $1`,
      [t.config.appDbRole],
    );
    expect(owners.rows[0].n).toBe(0);

    for (const table of TENANT_TABLES) {
      const total = await t.database.owner.query(`select count(*)::int as n from ${table} where municipality_id = 'GM0002'`);
      if (table !== 'audit_log') expect(total.rows[0].n, `${table} has B rows to hide`).toBeGreaterThan(0);
      // Even a query that forgets the municipality filter sees no row of B.
      const seen = await withMunicipality(t.database.app, 'GM0001', (db) =>
        db.query(`select count(*)::int as n from ${table} where municipality_id <> 'GM0001'`),
      );
      expect(seen.rows[0].n, table).toBe(0);
      const noTenant = await t.database.app.query(`select count(*)::int as n from ${table}`);
      expect(noTenant.rows[0].n, `${table} without a tenant`).toBe(0);
    }
    const municipalities = await withMunicipality(t.database.app, 'GM0001', (db) => db.query('select id from municipalities'));
    expect(municipalities.rows).toEqual([{ id: 'GM0001' }]);
  });

  it('row-level security: the app role cannot write rows for another municipality', async () => {
    await expect(
      withMunicipality(t.database.app, 'GM0001', (db) => db.query(`insert into areas (municipality_id, name) values ('GM0002', 'Insluiper')`)),
    ).rejects.toThrow(/row-level security/);
    const updated = await withMunicipality(t.database.app, 'GM0001', (db) =>
      db.query(`update areas set name = 'Weg' where municipality_id = 'GM0002'`),
    );
    expect(updated.rowCount).toBe(0);
    await expect(t.database.app.query('select * from schema_migrations')).rejects.toThrow(/permission denied/);
  });
});
