import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { runCli } from '../../../test/cli.js';
import { interiorPoint } from '../modules/lookup/point-in-polygon.js';



describe('npx schakel import-boundaries', () => {
  let t: TestApp;
  let env: Record<string, string>;
  const data = (file: string) => path.join(t.config.sharedDataDir, 'cbs-gebieden', file);
  const count = async (sql: string) => (await t.database.owner.query(sql)).rows[0].n as number;

  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
    env = {
      DATABASE_URL: t.config.databaseUrl as string,
      APP_DB_ROLE: t.config.appDbRole,
      APP_DB_PASSWORD: t.config.appDbPassword as string,
      SHARED_DATA_DIR: t.config.sharedDataDir,
    };
  });
  afterAll(() => t.close());

  it('imports Den Helder from the national 2024 file, makes an area per district, and a running server sees it at once', async () => {
    const before = await t.app.inject({ url: '/api/v1/lookup?q=Julianadorp' });
    expect(before.json().matches).toEqual([]);

    const result = await runCli(['import-boundaries', '--municipality', 'GM0400', data('wijk_2024_nl.geojson')], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('GM0400: 8 wijken, 0 buurten (2024); 8 gebieden aangemaakt');
    expect(await count(`select count(*)::int as n from regions where municipality_id = 'GM0400' and year = 2024`)).toBe(8);
    expect(await count(`select count(*)::int as n from municipalities where id = 'GM0400' and name = 'Den Helder'`)).toBe(1);

    await expect
      .poll(async () => (await t.app.inject({ url: '/api/v1/lookup?q=Julianadorp' })).json().matches.length, { timeout: 5000 })
      .toBeGreaterThan(0);
  });

  it('is idempotent and keeps boundaries per year', async () => {
    const again = await runCli(['import-boundaries', '-m', 'GM0400', data('wijk_2024_nl.geojson')], env);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('gebieden aangemaakt');
    const older = await runCli(['import-boundaries', '-m', 'GM0400', data('wijk_2022_gm0400_gm0597_gm0748.geojson'), data('buurt_2022_gm0400_gm0597_gm0748.geojson')], env);
    expect(older.code).toBe(0);
    expect(older.stdout).toContain('GM0400: 8 wijken, 65 buurten (2022)');
    // An older year changes no area: the lookup keeps showing the newest.
    expect(older.stdout).not.toContain('Let op');
    expect(older.stdout).not.toContain('voorganger');
    expect(await count(`select count(*)::int as n from regions where municipality_id = 'GM0400'`)).toBe(8 + 8 + 65);
    expect(await count(`select count(*)::int as n from areas where municipality_id = 'GM0400'`)).toBe(8);
  });

  it('lets areas follow a new year in which CBS renumbered a neighbourhood, and reports what lies in no area', async () => {
    const first = await runCli(['import-boundaries', '-m', 'GM0597', data('wijk_2022_gm0400_gm0597_gm0748.geojson'), data('buurt_2022_gm0400_gm0597_gm0748.geojson')], env);
    expect(first.code).toBe(0);
    const collection = JSON.parse(readFileSync(data('buurt_2022_gm0400_gm0597_gm0748.geojson'), 'utf8'));
    const ridderkerk = collection.features.filter((f: { properties: { statcode: string } }) => f.properties.statcode.startsWith('BU0597'));
    const renamed = ridderkerk[0];
    const oldCode = renamed.properties.statcode as string;
    const newCode = `${oldCode.slice(0, 8)}99`;
    const year2023 = ridderkerk.map((feature: { properties: Record<string, string> }) => {
      const code = feature === renamed ? newCode : feature.properties.statcode;
      return { ...feature, properties: { ...feature.properties, statcode: code, jrstatcode: `2023${code}` } };
    });
    // A neighbourhood that lies in no earlier one (in the North Sea): reported, not guessed.
    year2023.push({
      type: 'Feature',
      properties: { statcode: 'BU05979998', jrstatcode: '2023BU05979998', statnaam: 'Nieuw land', gmCode: 'GM0597' },
      geometry: { type: 'Polygon', coordinates: [[[3.0, 52.5], [3.01, 52.5], [3.01, 52.51], [3.0, 52.51], [3.0, 52.5]]] },
    });
    const file = path.join(os.tmpdir(), `buurt_2023_gm0597-${process.pid}.geojson`);
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: year2023 }));

    const result = await runCli(['import-boundaries', '-m', 'GM0597', file], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 nieuwe wijken/buurten bij het gebied van hun voorganger gevoegd');
    expect(result.stdout).toContain('BU05979998 Nieuw land');
    const { rows } = await t.database.owner.query<{ code: string; area: string }>(
      `select region_code as code, area_id::text as area from area_regions where municipality_id = 'GM0597' and region_code = any($1::text[])`,
      [[oldCode, newCode, 'BU05979998']],
    );
    const areaOf = new Map(rows.map((row) => [row.code, row.area]));
    expect(areaOf.get(newCode)).toBe(areaOf.get(oldCode));
    expect(areaOf.has('BU05979998')).toBe(false);

    // The public lookup answers inside the renumbered neighbourhood with its new code and the same area.
    const [lon, lat] = interiorPoint(renamed.geometry) as [number, number];
    await expect
      .poll(async () => (await t.app.inject({ url: `/api/v1/lookup?lat=${lat}&lon=${lon}` })).json().neighbourhood?.code, { timeout: 5000 })
      .toBe(newCode);
  });

  it('refuses a wrong file with a clear error and imports nothing, not even from the good files beside it', async () => {
    const broken = path.join(os.tmpdir(), `broken-${process.pid}.geojson`);
    writeFileSync(broken, '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"WK059701","jrstatcode":"2022WK059701","statnaam":"Centrum"},"geometry":{"type":"Point","coordinates":[4,51]}}]}');
    const before = await count('select count(*)::int as n from regions');
    const result = await runCli(['import-boundaries', '-m', 'GM0597', data('wijk_2022_gm0400_gm0597_gm0748.geojson'), broken], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('geen Polygon of MultiPolygon');
    expect(result.stderr).toContain('Er is niets geïmporteerd');
    expect(await count('select count(*)::int as n from regions')).toBe(before);

    const statistics = await runCli(['import-boundaries', '-m', 'GM0597', path.join(t.config.sharedDataDir, 'cbs-kerncijfers/kwb2024_85984NED_gemeente_wijk_stripped.json')], env);
    expect(statistics.code).toBe(1);
    expect(statistics.stderr).toContain('geen GeoJSON FeatureCollection');
    const badCode = await runCli(['import-boundaries', '-m', 'Bergen', data('wijk_2024_nl.geojson')], env);
    expect(badCode.code).not.toBe(0);
    expect(badCode.stderr).toContain('geen gemeentecode');
    expect(await count('select count(*)::int as n from regions')).toBe(before);
  });
});
