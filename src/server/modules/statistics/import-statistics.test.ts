import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { STATISTICS_FILES } from '../../../../test/statistics.js';
import { runCli } from '../../../../test/cli.js';




describe('npx schakel import-statistics on the real CBS and RIVM files', () => {
  let t: TestApp;
  let env: Record<string, string>;
  const data = (file: string) => path.join(t.config.sharedDataDir, file);
  const count = async (sql: string) => (await t.database.owner.query(sql)).rows[0].n as number;
  const state = async () => ({
    values: await count('select count(*)::int as n from statistics_values'),
    datasets: await count('select count(*)::int as n from statistics_datasets'),
    regions: await count('select count(*)::int as n from statistics_regions'),
  });
  let kwb2024: Record<string, Record<string, number | null>>;
  let rivm18: Record<string, string>[];

  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
    env = {
      DATABASE_URL: t.config.databaseUrl as string,
      APP_DB_ROLE: t.config.appDbRole,
      APP_DB_PASSWORD: t.config.appDbPassword as string,
      SHARED_DATA_DIR: t.config.sharedDataDir,
    };
    kwb2024 = JSON.parse(readFileSync(data(STATISTICS_FILES[0] as string), 'utf8'));
    rivm18 = parse(readFileSync(data('rivm-gezondheid/gezondheid_wijk_buurt_2020_18plus.csv'), 'utf8'), { columns: true });
  });
  afterAll(() => t.close());

  it('loads every region and value of the files, with a summary per table', async () => {
    const result = await runCli(['import-statistics', ...STATISTICS_FILES.map(data)], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '85984NED 2024 Kerncijfers wijken en buurten 2024: 8 indicatoren, 0 land, 342 gemeenten, 3393 wijken, 0 buurten; 29840 waarden, 40 zonder waarde',
    );
    expect(result.stdout).toContain('50090NED 2020 (18 jaar of ouder) Gezondheid per wijk en buurt 2020: 35 indicatoren, 1 land, 355 gemeenten, 26 wijken, 115 buurten');
    expect(result.stdout).toContain('50090NED 2020 (65 jaar of ouder)');
    expect(result.stdout).toContain('Regiolijst 2022 (kwb2022_85318NED_WijkenEnBuurten.csv): 345 gemeenten, 3340 wijken, 14317 buurten');
    expect(result.stdout).toContain('Tabel 85318NED: alleen metadata');

    expect(await count(`select count(*)::int as n from statistics_values where indicator_id like '85984NED.2024.%'`)).toBe(3735 * 8);
    expect(await count(`select count(*)::int as n from statistics_values where indicator_id like '50090NED.2020.20300.%'`)).toBe(497 * 35);
    expect(await count('select count(*)::int as n from statistics_regions where year = 2022')).toBe(18003);

    // Every region in the 2024 file answers, with exactly the file's values; and every RIVM row.
    const everyRegion = await t.database.owner.query(
      `select region_code, value from statistics_values where indicator_id = '85984NED.2024.AantalInwoners_5'`,
    );
    const byCode = new Map(everyRegion.rows.map((row) => [row.region_code, row.value]));
    for (const [code, values] of Object.entries(kwb2024)) expect(byCode.get(code), code).toBe(values.AantalInwoners_5);

    // Every cell of every file, as stored: CBS 2024 (8 columns × 3,735 regions), RIVM 18+ and 65+ (35 × 497).
    const stored = new Map(
      (await t.database.owner.query('select indicator_id, region_code, value from statistics_values')).rows.map((row) => [`${row.indicator_id}|${row.region_code}`, row.value]),
    );
    let cells = 0;
    for (const [code, values] of Object.entries(kwb2024)) {
      for (const [key, value] of Object.entries(values)) {
        expect(stored.get(`85984NED.2024.${key}|${code}`), `${code} ${key}`).toBe(value);
        cells++;
      }
    }
    for (const [file, variant] of [['gezondheid_wijk_buurt_2020_18plus.csv', '20300'], ['gezondheid_wijk_buurt_2020_65plus.csv', '80200']] as const) {
      const rows: Record<string, string>[] = parse(readFileSync(data(`rivm-gezondheid/${file}`), 'utf8'), { columns: true });
      for (const row of rows) {
        for (const [key, text] of Object.entries(row)) {
          if (!/_\d+$/.test(key) || ['Gemeentenaam_1', 'SoortRegio_2', 'Codering_3'].includes(key)) continue;
          const expected = text === '' || text === '.' ? null : Number(text);
          expect(stored.get(`50090NED.2020.${variant}.${key}|${row.WijkenEnBuurten}`), `${file} ${row.WijkenEnBuurten} ${key}`).toBe(expected);
          cells++;
        }
      }
    }
    expect(cells).toBe(3735 * 8 + 2 * 497 * 35);
  });

  it('answers GET /regions/{code}/indicators with the source figures, for any municipality and district', async () => {
    const gm = (await t.app.inject({ url: '/api/v1/regions/GM0748/indicators' })).json();
    expect(gm.find((i: { key: string }) => i.key === 'AantalInwoners_5')).toEqual({
      id: '85984NED.2024.AantalInwoners_5',
      key: 'AantalInwoners_5',
      title: 'Aantal inwoners',
      unit: 'aantal',
      source: 'CBS Kerncijfers wijken en buurten 2024 (85984NED)',
      year: 2024,
      value: 69694,
    });
    expect(gm.filter((i: { source: string }) => i.source.startsWith('RIVM'))).toHaveLength(70);

    for (const code of Object.keys(kwb2024).filter((key) => key.startsWith('WK0748'))) {
      const list = (await t.app.inject({ url: `/api/v1/regions/${code}/indicators?year=2024` })).json();
      const inhabitants = list.find((i: { key: string }) => i.key === 'AantalInwoners_5');
      expect(inhabitants.value, code).toBe(kwb2024[code]?.AantalInwoners_5);
      expect(list).toHaveLength(8);
    }
    // Elsewhere in the country, with letters in the code, and "no value" staying null.
    const amsterdam = (await t.app.inject({ url: '/api/v1/regions/WK0363AA/indicators' })).json();
    expect(amsterdam.find((i: { key: string }) => i.key === 'Woningvoorraad_35').value).toBe(kwb2024.WK0363AA?.Woningvoorraad_35);
    const empty = (await t.app.inject({ url: '/api/v1/regions/WK061307/indicators' })).json();
    expect(empty.find((i: { key: string }) => i.key === 'Bevolkingsdichtheid_34').value).toBeNull();

    // A RIVM loneliness percentage of a Bergen op Zoom neighbourhood, read straight from the CSV.
    const row = rivm18.find((r) => r.WijkenEnBuurten === 'BU07480102') as Record<string, string>;
    const tuinwijk = (await t.app.inject({ url: '/api/v1/regions/BU07480102/indicators' })).json();
    const lonely = tuinwijk.find((i: { key: string; source: string }) => i.key === 'Eenzaam_28' && i.source.includes('18 jaar'));
    expect(lonely).toMatchObject({ title: 'Eenzaam', unit: '%', year: 2020, value: Number(row.Eenzaam_28) });
    expect(tuinwijk.find((i: { key: string }) => i.key === 'LopenNaarSchoolOfWerk_35').value).toBeNull();
    const nl = (await t.app.inject({ url: '/api/v1/regions/NL01/indicators' })).json();
    expect(nl.find((i: { key: string; source: string }) => i.key === 'MoeiteMetRondkomen_38' && i.source.includes('18 jaar')).value).toBe(13.9);

    const unknown = await t.app.inject({ url: '/api/v1/regions/WK999999/indicators' });
    expect(unknown.statusCode).toBe(404);
    const invalid = await t.app.inject({ url: '/api/v1/regions/wk074801/indicators' });
    expect([invalid.statusCode, invalid.json().code]).toEqual([400, 'validation_failed']);
  });

  it('is idempotent: the same files again change no count and no value', async () => {
    const before = await state();
    const again = await runCli(['import-statistics', ...STATISTICS_FILES.map(data)], env);
    expect(again.code).toBe(0);
    expect(await state()).toEqual(before);
    const gm = (await t.app.inject({ url: '/api/v1/regions/GM0400/indicators?year=2024' })).json();
    expect(gm.find((i: { key: string }) => i.key === 'AantalInwoners_5').value).toBe(56432);
  });

  it('refuses wrong files with a clear error and leaves the database as it was', async () => {
    const before = await state();
    const tmp = (name: string, text: string) => {
      const file = path.join(os.tmpdir(), `${process.pid}-${name}`);
      writeFileSync(file, text);
      return file;
    };
    const broken = tmp('kwb2024_85984NED_broken.json', '{"GM0748": {"AantalInwoners_5": 1');
    const csv = readFileSync(data('rivm-gezondheid/gezondheid_wijk_buurt_2020_18plus.csv'), 'utf8');
    const wrongColumns = tmp('rivm_2020_wrong.csv', csv.replace('Eenzaam_28', 'Eenzaamheid_99'));
    const notNumber = tmp('rivm_2020_text.csv', csv.replace('NL01,78.4', 'NL01,hoog'));

    const cases: [string[], string][] = [
      [[data(STATISTICS_FILES[0] as string), data(STATISTICS_FILES[1] as string), broken], 'geen geldige JSON'],
      [[data(STATISTICS_FILES[0] as string), data(STATISTICS_FILES[1] as string), data(STATISTICS_FILES[2] as string), wrongColumns], 'de kolom(men) Eenzaamheid_99 staan niet in de metadata van tabel 50090NED'],
      [[notNumber], "'hoog' is geen getal"],
      // A different table: the 2024 figures with the 2022 metadata.
      [[data(STATISTICS_FILES[0] as string), data('cbs-kerncijfers/kwb2022_85318NED_DataProperties.csv')], 'geen DataProperties (metadata) voor tabel 85984NED — wel voor 85318NED'],
      [[data('cbs-gebieden/wijk_2022_gm0400_gm0597_gm0748.geojson')], 'GeoJSON-bestand met grenzen, geen cijfers'],
      [[data('signalen/statuses_workflow.json')], 'verwacht een object per CBS-regiocode'],
      [[data('cbs-kerncijfers/kwb2022_85318NED_TableInfos.csv')], 'alleen metadata'],
    ];
    for (const [files, message] of cases) {
      const result = await runCli(['import-statistics', ...files], env);
      expect(result.code, files.join(' ')).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('Er is niets geïmporteerd');
    }
    expect(await state()).toEqual(before);
  });
});
