import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { runCli } from '../../../test/cli.js';



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
    expect(await count(`select count(*)::int as n from regions where municipality_id = 'GM0400'`)).toBe(8 + 8 + 65);
    expect(await count(`select count(*)::int as n from areas where municipality_id = 'GM0400'`)).toBe(8);
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
