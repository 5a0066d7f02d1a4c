import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createArea, createMunicipality, createRegions, createUser, type Session, signIn } from '../../../../test/factories.js';
import { withMunicipality } from '../../platform/db/tenant.js';

// The figures are shared; a municipality's gebiedsgerichte aanpak is not.
describe('priority selections are per municipality', () => {
  let t: TestApp;
  let a: Session;
  let selectionB = '';

  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
    const owner = t.database.owner;
    await createMunicipality(owner, { id: 'GM0001', name: 'Gemeente A' });
    await createMunicipality(owner, { id: 'GM0002', name: 'Gemeente B' });
    const regionsA = await createRegions(owner, { municipalityId: 'GM0001', neighbourhoods: [{ suffix: '00', name: 'Abuurt', square: [5, 52, 0.01] }] });
    await createArea(owner, { municipalityId: 'GM0001', name: 'Gebied A', regionCodes: regionsA.neighbourhoodCodes });
    const adminA = await createUser(owner, { municipalityId: 'GM0001', roles: ['administrator', 'coordinator'] });
    const { rows } = await owner.query(
      `insert into priority_selections (municipality_id, year, title, level, indicators, ranking)
       values ('GM0002', 2025, 'Geheime aanpak B', 'area', '[]', '{"ranked":[],"excluded":[]}') returning id`,
    );
    selectionB = rows[0].id;
    a = await signIn(t.app, adminA.email);
    // A tiny table of public figures for A's district, uploaded as a municipality's administrator would.
    const properties = readFileSync(path.join(t.config.sharedDataDir, 'cbs-kerncijfers/kwb2024_85984NED_DataProperties.json'), 'utf8');
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/statistics/imports',
      headers: a.headers,
      payload: {
        year: 2024,
        files: [
          { name: 'kwb2024_85984NED_klein.json', content: JSON.stringify({ GM0001: { AantalInwoners_5: 1200 }, WK000101: { AantalInwoners_5: 1200 } }) },
          { name: 'kwb2024_85984NED_DataProperties.json', content: properties },
        ],
      },
    });
    expect(upload.statusCode, upload.body).toBe(200);
  });
  afterAll(() => t.close());

  it('A neither reads, overwrites nor deletes B’s selection of the same year', async () => {
    expect((await t.app.inject({ url: '/api/v1/statistics/priorities/2025', headers: a.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/statistics/priorities', headers: a.headers })).json()).toEqual([]);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/statistics/priorities/2025', headers: a.headers })).statusCode).toBe(404);
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/statistics/priorities/2025',
      headers: a.headers,
      payload: { title: 'Aanpak A', level: 'district', indicators: [{ id: '85984NED.2024.AantalInwoners_5', weight: 1 }], priorityUnits: ['WK000101'] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().ranking.ranked).toEqual([expect.objectContaining({ unitId: 'WK000101', rank: 1 })]);
    const rows = (await t.database.owner.query('select municipality_id, title from priority_selections order by municipality_id')).rows;
    expect(rows).toEqual([
      { municipality_id: 'GM0001', title: 'Aanpak A' },
      { municipality_id: 'GM0002', title: 'Geheime aanpak B' },
    ]);
  });

  it('row-level security hides B’s selections from the app role, even without a municipality filter', async () => {
    const seen = await withMunicipality(t.database.app, 'GM0001', (db) => db.query('select id from priority_selections'));
    expect(seen.rows.map((row) => row.id)).not.toContain(selectionB);
    expect((await t.database.app.query('select count(*)::int as n from priority_selections')).rows[0].n).toBe(0);
    await expect(
      withMunicipality(t.database.app, 'GM0001', (db) =>
        db.query(`insert into priority_selections (municipality_id, year, title, level, indicators, ranking) values ('GM0002', 2030, 'x', 'area', '[]', '{}')`),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
