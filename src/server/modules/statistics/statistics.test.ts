import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';
import { importRealStatistics, pdfText } from '../../../../test/statistics.js';
import { loadDemoStatistics } from './demo-statistics.js';
import { isoDate } from './own-figures.js';
import { allPdfText, pdfShows } from './pdf-text-for-tests.js';

const INHABITANTS = '85984NED.2024.AantalInwoners_5';
const DENSITY = '85984NED.2024.Bevolkingsdichtheid_34';
const LONELY = '50090NED.2020.20300.Eenzaam_28';
const MAKING_ENDS_MEET = '50090NED.2020.20300.MoeiteMetRondkomen_38';

type Figure = { value: number | null; method: string; note: string };

describe('statistics for areas, maps, the priority index and the area report (Bergen op Zoom)', () => {
  let t: TestApp;
  let admin: Session;
  let coordinator: Session;
  let connector: Session;
  let kwb: Record<string, Record<string, number | null>>;
  let rivm: Map<string, Record<string, string>>;

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    await importRealStatistics(t.database.owner, t.config.sharedDataDir);
    admin = await signIn(t.app, 'beheerder@bergenopzoom.demo', 'demo');
    coordinator = await signIn(t.app, 'coordinator@bergenopzoom.demo', 'demo');
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    kwb = JSON.parse(readFileSync(path.join(t.config.sharedDataDir, 'cbs-kerncijfers/kwb2024_85984NED_gemeente_wijk_stripped.json'), 'utf8'));
    const rows: Record<string, string>[] = parse(
      readFileSync(path.join(t.config.sharedDataDir, 'rivm-gezondheid/gezondheid_wijk_buurt_2020_18plus.csv'), 'utf8'),
      { columns: true },
    );
    rivm = new Map(rows.map((row) => [row.WijkenEnBuurten as string, row]));
  });
  afterAll(() => t.close());

  const areaId = async (name: string, session = admin) =>
    ((await t.app.inject({ url: '/api/v1/areas', headers: session.headers })).json() as { id: string; name: string }[]).find((a) => a.name === name)?.id as string;
  const figures = async (name: string, session = connector) =>
    (await t.app.inject({ url: `/api/v1/statistics/areas/${await areaId(name, session)}`, headers: session.headers })).json();
  const figureOf = (body: { figures: { indicator: { id: string }; area: Figure; municipality: Figure; country: Figure }[] }, id: string) =>
    body.figures.find((f) => f.indicator.id === id) as unknown as { area: Figure; municipality: Figure; country: Figure; parts: { code: string; value: number | null }[]; history: unknown[] };

  it('loads the demo statistics once: a second call changes nothing', async () => {
    expect(await loadDemoStatistics({ ownerPool: t.database.owner, sharedDataDir: t.config.sharedDataDir })).toBe(false);
    expect((await t.database.owner.query('select count(*)::int as n from statistics_datasets')).rows[0].n).toBe(3);
  });

  it('an area that is exactly one CBS district uses that district’s own figures', async () => {
    const north = await figures('Noordelijke wijken');
    expect(north.area.composition).toEqual(['WK074801']);
    expect(figureOf(north, INHABITANTS).area).toMatchObject({ value: kwb.WK074801?.AantalInwoners_5, method: 'source' });
    expect(figureOf(north, LONELY).area).toMatchObject({ value: Number(rivm.get('WK074801')?.Eenzaam_28), method: 'source' });
    expect(figureOf(north, INHABITANTS).municipality).toMatchObject({ value: 69694, method: 'source' });
    // No NL row in the 2024 table: the sum of all 342 municipalities, said so.
    const country = figureOf(north, INHABITANTS).country;
    expect(country.method).toBe('sum');
    expect(country.value).toBe(Object.entries(kwb).filter(([code]) => code.startsWith('GM')).reduce((sum, [, v]) => sum + (v.AantalInwoners_5 as number), 0));
    expect(country.note).toContain('342 gemeenten');
    expect(figureOf(north, LONELY).country).toMatchObject({ value: Number(rivm.get('NL01')?.Eenzaam_28), method: 'source' });
  });

  it('an area that crosses CBS districts gets no number where none can be right, with its neighbourhoods’ values beside it', async () => {
    const fzm = await figures('Fort-Zeekant-Markiezaten');
    expect(fzm.area.composition).toEqual(['BU07480004', 'BU07480005', 'BU07480301']);
    // The 2024 table has no neighbourhoods: no sum can be made.
    expect(figureOf(fzm, INHABITANTS).area).toMatchObject({ value: null, method: 'unavailable' });
    expect(figureOf(fzm, INHABITANTS).area.note).toContain('geen cijfers voor Het Fort');
    // RIVM percentages per neighbourhood, but no weights: not averaged.
    const lonely = figureOf(fzm, LONELY);
    expect(lonely.area).toMatchObject({ value: null, method: 'unavailable' });
    expect(lonely.area.note).toContain('geen weging');
    expect(lonely.parts).toEqual(['BU07480004', 'BU07480005', 'BU07480301'].map((code) => ({ code, name: expect.any(String), value: Number(rivm.get(code)?.Eenzaam_28) })));
  });

  it('sums counts and weighs densities by land area for an area of two whole districts', async () => {
    const dh = await signIn(t.app, 'beheerder@denhelder.demo', 'demo');
    const areas = (await t.app.inject({ url: '/api/v1/areas', headers: dh.headers })).json() as { id: string; name: string; regionCodes: string[] }[];
    const [first, second] = areas;
    if (!first || !second) throw new Error('Den Helder has areas');
    const codes = [...first.regionCodes, ...second.regionCodes];
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/areas/${second.id}`, headers: dh.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'PATCH', url: `/api/v1/areas/${first.id}`, headers: dh.headers, payload: { regionCodes: codes } })).statusCode).toBe(200);
    const body = (await t.app.inject({ url: `/api/v1/statistics/areas/${first.id}`, headers: dh.headers })).json();
    const districts = body.area.composition as string[];
    expect(districts).toHaveLength(2);
    expect(districts.every((code) => code.startsWith('WK0400'))).toBe(true);
    const [a, b] = districts.map((code) => kwb[code] as Record<string, number>);
    if (!a || !b) throw new Error('districts in the file');
    expect(figureOf(body, INHABITANTS).area).toMatchObject({ value: (a.AantalInwoners_5 as number) + (b.AantalInwoners_5 as number), method: 'sum' });
    const land = (a.OppervlakteLand_123 as number) + (b.OppervlakteLand_123 as number);
    const density = ((a.Bevolkingsdichtheid_34 as number) * (a.OppervlakteLand_123 as number) + (b.Bevolkingsdichtheid_34 as number) * (b.OppervlakteLand_123 as number)) / land;
    expect(figureOf(body, DENSITY).area.method).toBe('weighted_mean');
    expect(figureOf(body, DENSITY).area.value).toBeCloseTo(density, 9);
    expect(figureOf(body, LONELY).area.method).toBe('unavailable');
  });

  it('serves map data for the municipality and for all 3,393 districts of the country', async () => {
    const local = (await t.app.inject({ url: `/api/v1/statistics/indicators/${LONELY}/values?level=neighbourhood&municipality=GM0748` })).json();
    expect(local.values).toHaveLength(38);
    expect(local.values.find((v: { code: string }) => v.code === 'BU07480102')).toEqual({ code: 'BU07480102', name: 'Tuinwijk', value: Number(rivm.get('BU07480102')?.Eenzaam_28) });
    expect(local.reference.municipality).toMatchObject({ value: Number(rivm.get('GM0748')?.Eenzaam_28), method: 'source' });
    const national = (await t.app.inject({ url: `/api/v1/statistics/indicators/${INHABITANTS}/values?level=district` })).json();
    expect(national.values).toHaveLength(3393);
    expect(national.values.find((v: { code: string }) => v.code === 'WK0363AA').value).toBe(kwb.WK0363AA?.AantalInwoners_5);
    const indicators = (await t.app.inject({ url: '/api/v1/statistics/indicators' })).json();
    expect(indicators).toHaveLength(8 + 35 + 35);
    expect(indicators.find((i: { id: string }) => i.id === DENSITY)).toMatchObject({ title: 'Bevolkingsdichtheid', unit: 'aantal inwoners per km²', aggregation: 'weighted_mean', weightKey: 'OppervlakteLand_123' });
    expect(indicators.find((i: { id: string }) => i.id === LONELY)).toMatchObject({ title: 'Eenzaam (18 jaar of ouder)', unit: '%', aggregation: 'none', source: 'RIVM Gezondheid per wijk en buurt 2020, 18 jaar of ouder (50090NED)' });
    expect((await t.app.inject({ url: '/api/v1/statistics/indicators/85984NED.2024.Bestaatniet_1/values' })).statusCode).toBe(404);
  });

  it('ranks neighbourhoods, areas and the whole country by weighted indicators, with each contribution', async () => {
    const request = (payload: object, session = coordinator) => t.app.inject({ method: 'POST', url: '/api/v1/statistics/ranking', headers: session.headers, payload });
    const neighbourhoods = (await request({ level: 'neighbourhood', indicators: [{ id: LONELY, weight: 2 }, { id: MAKING_ENDS_MEET, weight: 1 }] })).json();
    const complete = [...rivm.entries()].filter(([code, row]) => code.startsWith('BU0748') && row.Eenzaam_28 !== '.' && row.Eenzaam_28 !== '' && row.MoeiteMetRondkomen_38 !== '.' && row.MoeiteMetRondkomen_38 !== '');
    expect(neighbourhoods.ranked.length + neighbourhoods.excluded.length).toBe(38);
    expect(neighbourhoods.ranked).toHaveLength(complete.length);
    const top = neighbourhoods.ranked[0];
    expect(top.rank).toBe(1);
    expect(top.contributions.reduce((sum: number, c: { points: number }) => sum + c.points, 0)).toBeCloseTo(top.score, 2);
    const values = complete.map(([, row]) => Number(row.Eenzaam_28));
    expect(neighbourhoods.indicators[0]).toMatchObject({ min: Math.min(...values), max: Math.max(...values), share: 2 / 3 });
    expect(neighbourhoods.method).toContain('min-max');

    const areas = (await request({ level: 'area', indicators: [{ id: LONELY, weight: 1 }] })).json();
    expect(areas.ranked.map((u: { name: string }) => u.name).sort()).toEqual(['Halsteren', 'Lepelstraat', 'Noordelijke wijken']);
    expect(areas.excluded).toHaveLength(5);
    expect(areas.excluded[0].reason).toContain('Geen waarde voor Eenzaam');

    const country = (await request({ level: 'district', scope: 'country', indicators: [{ id: INHABITANTS, weight: 1 }, { id: DENSITY, weight: 1, higherIsBetter: true }] }, connector)).json();
    expect(country.rankedTotal + country.excludedTotal).toBe(3393);
    expect(country.excludedTotal).toBe(Object.entries(kwb).filter(([code, v]) => code.startsWith('WK') && v.Bevolkingsdichtheid_34 === null).length);
    // The top 250 of the country, and wherever they stand, the viewer's own districts.
    const own = country.ranked.filter((unit: { unitId: string }) => unit.unitId.startsWith('WK0748'));
    expect(own).toHaveLength(6);
    expect(country.ranked.filter((unit: { rank: number }) => unit.rank <= 250)).toHaveLength(250);
    expect(country.ranked.length).toBeLessThanOrEqual(256);
    const everything = (await request({ level: 'district', scope: 'country', limit: 5000, indicators: [{ id: INHABITANTS, weight: 1 }] }, connector)).json();
    expect(everything.ranked).toHaveLength(3393);
    const byInhabitants = Object.entries(kwb).filter(([code]) => code.startsWith('WK')).sort(([, a], [, b]) => (b.AantalInwoners_5 as number) - (a.AantalInwoners_5 as number));
    expect(everything.ranked[0]).toMatchObject({ unitId: byInhabitants[0]?.[0], rank: 1, score: 100 });

    const invalid = await request({ level: 'area', scope: 'country', indicators: [{ id: LONELY, weight: 1 }] });
    expect([invalid.statusCode, invalid.json().code]).toEqual([400, 'validation_failed']);
    expect((await request({ level: 'area', indicators: [] })).statusCode).toBe(400);
  });

  it('saves the gebiedsgerichte aanpak for a year (coordinator only), audited, with the ranking as it was', async () => {
    const halsteren = await areaId('Halsteren');
    const input = { title: 'Gebiedsgerichte aanpak 2025', level: 'area', indicators: [{ id: LONELY, weight: 2 }, { id: MAKING_ENDS_MEET, weight: 1 }], priorityUnits: [halsteren], note: 'Eenzaamheid eerst.' };
    const saved = await t.app.inject({ method: 'PUT', url: '/api/v1/statistics/priorities/2025', headers: coordinator.headers, payload: input });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ year: 2025, level: 'area', priorityUnits: [{ unitId: halsteren, name: 'Halsteren' }], updatedBy: 'Marco van Gils' });
    expect(saved.json().ranking.ranked).toHaveLength(3);
    expect((await t.app.inject({ url: '/api/v1/statistics/priorities', headers: connector.headers })).json()).toHaveLength(1);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/statistics/priorities/2025', headers: connector.headers, payload: input })).statusCode).toBe(403);
    const unknown = await t.app.inject({ method: 'PUT', url: '/api/v1/statistics/priorities/2025', headers: coordinator.headers, payload: { ...input, priorityUnits: ['WK999999'] } });
    expect([unknown.statusCode, unknown.json().code]).toEqual([400, 'unknown_unit']);
    const log = (await t.app.inject({ url: '/api/v1/audit-log?limit=5', headers: admin.headers })).json();
    expect(log.map((e: { action: string }) => e.action)).toContain('priority_selection.save');
    const gone = await t.app.inject({ method: 'DELETE', url: '/api/v1/statistics/priorities/2026', headers: coordinator.headers });
    expect(gone.statusCode).toBe(404);
  });

  it('compares the areas side by side', async () => {
    const body = (await t.app.inject({ url: `/api/v1/statistics/areas?indicators=${INHABITANTS},${LONELY}`, headers: connector.headers })).json();
    expect(body.indicators.map((i: { id: string }) => i.id)).toEqual([INHABITANTS, LONELY]);
    expect(body.areas).toHaveLength(8);
    const lepelstraat = body.areas.find((a: { name: string }) => a.name === 'Lepelstraat');
    expect(lepelstraat.figures[0]).toMatchObject({ value: kwb.WK074805?.AantalInwoners_5, method: 'source' });
    expect(body.municipality[0].value).toBe(69694);
  });

  it('renders the area report as an A4 PDF with the area’s name and its figures', async () => {
    const id = await areaId('Halsteren');
    const today = isoDate(new Date());
    for (const [i, themes] of [['verkeer'], ['verkeer', 'groen']].entries()) {
      await t.database.owner.query(
        `insert into signals (municipality_id, reference, text, channel, received_on, area_id, kind, triage, themes, tracking_token_hash)
         values ('GM0748', $1, 'Parkeerdruk rond de school in Halsteren', 'spreekuur', $2, $3, 'area_issue', '{}', $4, $5)`,
        [`S-RAPPORT-${i}`, today, id, themes, `rapport-${i}-${Date.now()}`],
      );
    }
    const response = await t.app.inject({ url: `/api/v1/statistics/areas/${id}/report.pdf`, headers: connector.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('gebiedsrapportage-halsteren.pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Gebiedsrapportage Halsteren');
    expect(text).toContain('Raadsinformatiebrief');
    expect(text).toContain('12.540');
    expect(text).toContain('CBS 2024 (85984NED)');
    expect(response.rawPayload.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    // The signals and themes of the last twelve months, the own figures and the connector's roles (all pages).
    const all = allPdfText(response.rawPayload);
    for (const expected of ['Eigen cijfers: signalen per 1.000 inwoners', 'Signalen en thema’s', 'kwamen er voor Halsteren 2 signalen binnen', 'Verkeer en parkeren', 'Groen en bomen', 'Alle signalen', 'Activiteiten van de wijkverbinder per rol', 'Kaart']) {
      expect(pdfShows(all, expected), expected).toBe(true);
    }
    expect((await t.app.inject({ url: '/api/v1/statistics/areas/00000000-0000-4000-8000-000000000000/report.pdf', headers: connector.headers })).statusCode).toBe(404);
  });

  it('lets an administrator upload files: a new year shows as history; a wrong file changes nothing', async () => {
    const read = (file: string) => readFileSync(path.join(t.config.sharedDataDir, file), 'utf8');
    // A second year of the same series, made from the 2024 files under another table code (85618NED, 2023).
    const data = JSON.parse(read('cbs-kerncijfers/kwb2024_85984NED_gemeente_wijk_stripped.json'));
    const older = Object.fromEntries(Object.entries(data).filter(([code]) => code.startsWith('WK0748') || code === 'GM0748'));
    (older.WK074801 as Record<string, number>).AantalInwoners_5 = 10400;
    const info = JSON.parse(read('cbs-kerncijfers/kwb2024_85984NED_TableInfos.json'));
    info[0] = { ...info[0], Identifier: '85618NED', Title: 'Kerncijfers wijken en buurten 2023', Period: '2023' };
    const upload = {
      files: [
        { name: 'kwb2023_85618NED_data.json', content: JSON.stringify(older) },
        { name: 'kwb2023_85618NED_DataProperties.json', content: read('cbs-kerncijfers/kwb2024_85984NED_DataProperties.json') },
        { name: 'kwb2023_85618NED_TableInfos.json', content: JSON.stringify(info) },
      ],
    };
    const forbidden = await t.app.inject({ method: 'POST', url: '/api/v1/statistics/imports', headers: coordinator.headers, payload: upload });
    expect(forbidden.statusCode).toBe(403);
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/statistics/imports', headers: admin.headers, payload: upload });
    expect(response.statusCode).toBe(200);
    expect(response.json().datasets[0]).toMatchObject({ tableId: '85618NED', year: 2023, indicators: 8, regions: { municipality: 1, district: 6 } });
    const north = await figures('Noordelijke wijken');
    const history = figureOf(north, INHABITANTS).history as { year: number; area: Figure }[];
    expect(history.map((h) => [h.year, h.area.value])).toEqual([[2023, 10400], [2024, kwb.WK074801?.AantalInwoners_5]]);

    const before = (await t.database.owner.query('select count(*)::int as n from statistics_values')).rows[0].n;
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/statistics/imports',
      headers: admin.headers,
      payload: { files: [{ name: 'gezondheid_2020.csv', content: 'ID,WijkenEnBuurten,Perioden,Eenzaam_28\n1,GM0748,2020JJ00,veel\n' }] },
    });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'invalid_statistics_file']);
    expect(bad.json().message).toContain("'veel' is geen getal");
    expect((await t.database.owner.query('select count(*)::int as n from statistics_values')).rows[0].n).toBe(before);
  });
});
