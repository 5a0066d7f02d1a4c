import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createArea, createMunicipality, createRegions, createUser, type Session, signIn } from '../../../../test/factories.js';
import { isoDate } from './own-figures.js';
import { allPdfText, pdfShows } from './pdf-text-for-tests.js';

const INHABITANTS = '85984NED.2024.AantalInwoners_5';
const TOTAL_2024 = 'schakel.2024.SignalenPer1000';
const TRAFFIC_2024 = 'schakel.2024.verkeer.SignalenPer1000';

type Figure = { value: number | null; method: string; note: string };
type OwnFigure = { indicator: { id: string; title: string; source: string }; area: Figure; municipality: Figure; country: Figure; signals: number; municipalitySignals: number };

/**
 * Signals per 1,000 inhabitants with known data: a municipality of five CBS districts with uploaded inhabitants,
 * areas that are whole districts (a figure), part of a district or a district without a value ("not available").
 */
describe('own figures: signals per 1,000 inhabitants by theme', () => {
  let t: TestApp;
  let coordinator: Session;
  let connectorId = '';
  const area = { north: '', south: '', east: '', west: '', report: '' };
  let reference = 0;

  const insertSignal = async (options: {
    municipalityId?: string;
    areaId: string | null;
    receivedOn: string;
    kind?: 'area_issue' | 'individual_question' | 'daily_report';
    themes?: string[];
    status?: string;
    closingState?: string | null;
    duplicateOf?: string | null;
  }): Promise<string> => {
    const { rows } = await t.database.owner.query<{ id: string }>(
      `insert into signals (municipality_id, reference, text, channel, received_on, area_id, kind, triage, themes, status, closing_state,
         duplicate_of, tracking_token_hash)
       values ($1, $2, 'Een signaal uit de wijk voor de test', 'telefoon', $3, $4, $5, '{}', $6, $7, $8, $9, $10) returning id`,
      [
        options.municipalityId ?? 'GM0001',
        `S-TEST-${++reference}`,
        options.receivedOn,
        options.areaId,
        options.kind ?? 'area_issue',
        options.themes ?? [],
        options.status ?? 'new',
        options.closingState ?? null,
        options.duplicateOf ?? null,
        randomBytes(16).toString('hex'),
      ],
    );
    return rows[0]?.id as string;
  };

  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
    const owner = t.database.owner;
    await createMunicipality(owner, { id: 'GM0001', name: 'Gemeente A', connectorTitle: 'wijkregisseur' });
    await createMunicipality(owner, { id: 'GM0002', name: 'Gemeente B' });
    const square = (x: number): [number, number, number] => [5 + x * 0.01, 52, 0.01];
    const d1 = await createRegions(owner, { municipalityId: 'GM0001', districtNumber: '01', neighbourhoods: [{ suffix: '00', name: 'Noord 1', square: square(0) }, { suffix: '01', name: 'Noord 2', square: square(1) }] });
    const d2 = await createRegions(owner, { municipalityId: 'GM0001', districtNumber: '02', neighbourhoods: [{ suffix: '00', name: 'Zuid', square: square(2) }] });
    const d3 = await createRegions(owner, { municipalityId: 'GM0001', districtNumber: '03', neighbourhoods: [{ suffix: '00', name: 'Oost 1', square: square(3) }, { suffix: '01', name: 'Oost 2', square: square(4) }] });
    const d4 = await createRegions(owner, { municipalityId: 'GM0001', districtNumber: '04', neighbourhoods: [{ suffix: '00', name: 'West', square: square(5) }] });
    const d5 = await createRegions(owner, { municipalityId: 'GM0001', districtNumber: '05', neighbourhoods: [{ suffix: '00', name: 'Haven', square: square(6) }] });
    const coordinatorUser = await createUser(owner, { municipalityId: 'GM0001', roles: ['administrator', 'coordinator'] });
    connectorId = (await createUser(owner, { municipalityId: 'GM0001', roles: ['connector'], name: 'Rianne Regisseur' })).id;
    area.north = (await createArea(owner, { municipalityId: 'GM0001', name: 'Noord', regionCodes: d1.neighbourhoodCodes })).id;
    area.south = (await createArea(owner, { municipalityId: 'GM0001', name: 'Zuid', regionCodes: d2.neighbourhoodCodes })).id;
    area.east = (await createArea(owner, { municipalityId: 'GM0001', name: 'Oost', regionCodes: [d3.neighbourhoodCodes[0] as string] })).id;
    area.west = (await createArea(owner, { municipalityId: 'GM0001', name: 'West', regionCodes: d4.neighbourhoodCodes })).id;
    area.report = (await createArea(owner, { municipalityId: 'GM0001', name: 'Haven', regionCodes: d5.neighbourhoodCodes, connectorIds: [connectorId] })).id;
    coordinator = await signIn(t.app, coordinatorUser.email);

    // CBS inhabitants per district (no neighbourhoods, like the 2024 file); West's value is secret (null).
    const properties = readFileSync(path.join(t.config.sharedDataDir, 'cbs-kerncijfers/kwb2024_85984NED_DataProperties.json'), 'utf8');
    const inhabitants = { GM0001: { AantalInwoners_5: 4000 }, WK000101: { AantalInwoners_5: 2000 }, WK000102: { AantalInwoners_5: 500 }, WK000103: { AantalInwoners_5: 1500 }, WK000104: { AantalInwoners_5: null }, WK000105: { AantalInwoners_5: 800 } };
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/statistics/imports',
      headers: coordinator.headers,
      payload: { year: 2024, files: [{ name: 'kwb2024_85984NED_klein.json', content: JSON.stringify(inhabitants) }, { name: 'kwb2024_85984NED_DataProperties.json', content: properties }] },
    });
    expect(upload.statusCode, upload.body).toBe(200);

    // 2024 in Noord: four that count (three area issues, one individual question) and five that do not.
    const first = await insertSignal({ areaId: area.north, receivedOn: '2024-03-01', themes: ['verkeer'] });
    await insertSignal({ areaId: area.north, receivedOn: '2024-06-01', themes: ['verkeer', 'groen'], status: 'closed', closingState: 'resolved' });
    await insertSignal({ areaId: area.north, receivedOn: '2024-12-31', themes: [] });
    await insertSignal({ areaId: area.north, receivedOn: '2024-01-01', kind: 'individual_question', themes: ['sociaal'] });
    await insertSignal({ areaId: area.north, receivedOn: '2024-05-01', kind: 'daily_report', themes: ['afval'] });
    await insertSignal({ areaId: area.north, receivedOn: '2024-05-02', themes: ['verkeer'], status: 'closed', closingState: 'handed_to_regular_channel' });
    await insertSignal({ areaId: area.north, receivedOn: '2024-05-03', themes: ['verkeer'], status: 'closed', closingState: 'duplicate', duplicateOf: first });
    await insertSignal({ areaId: area.north, receivedOn: '2023-12-31', themes: ['verkeer'] });
    await insertSignal({ areaId: area.north, receivedOn: '2025-01-01', themes: ['verkeer'] });
    await insertSignal({ areaId: area.south, receivedOn: '2024-08-15', themes: ['groen'] });
    await insertSignal({ areaId: area.east, receivedOn: '2024-08-15', themes: ['verkeer'] });
    await insertSignal({ areaId: area.west, receivedOn: '2024-08-15', themes: ['verkeer'] });
    await insertSignal({ areaId: null, receivedOn: '2024-09-09', themes: ['verkeer'] });
    // Another municipality's signal of the same year never counts here.
    await insertSignal({ municipalityId: 'GM0002', areaId: null, receivedOn: '2024-09-09', themes: ['verkeer'] });
  });
  afterAll(() => t.close());

  const ownOf = async (areaId: string, query = '?year=2024') => {
    const response = await t.app.inject({ url: `/api/v1/statistics/areas/${areaId}${query}`, headers: coordinator.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().own as { year: number; from: string; to: string; isPartialYear: boolean; counting: string; unassigned: number; inhabitants: { indicatorId: string } | null; figures: OwnFigure[] };
  };
  const byId = (figures: OwnFigure[], id: string) => figures.find((figure) => figure.indicator.id === id) as OwnFigure;

  it('divides the counted signals of the year by the area’s CBS inhabitants, per theme and in total', async () => {
    const own = await ownOf(area.north);
    expect(own).toMatchObject({ year: 2024, from: '2024-01-01', to: '2024-12-31', isPartialYear: false, unassigned: 1, inhabitants: { indicatorId: INHABITANTS } });
    expect(own.counting).toContain('dagelijkse meldingen');
    expect(own.figures).toHaveLength(14);
    const total = byId(own.figures, TOTAL_2024);
    expect(total.indicator).toMatchObject({ title: 'Signalen per 1.000 inwoners: alle thema’s', source: 'Schakel, signalen 2024' });
    // 4 signals ÷ 2,000 inhabitants × 1,000; the municipality: 8 (Noord 4, Zuid, Oost, West, one without area) ÷ 4,000.
    expect(total).toMatchObject({ signals: 4, municipalitySignals: 8, area: { value: 2, method: 'rate' }, municipality: { value: 2, method: 'rate' } });
    expect(total.area.note).toContain('4 signalen ÷ 2.000 inwoners × 1.000');
    expect(total.country).toMatchObject({ value: null, method: 'unavailable' });
    expect(byId(own.figures, TRAFFIC_2024)).toMatchObject({ signals: 2, area: { value: 1 }, municipalitySignals: 5, municipality: { value: 1.25 } });
    expect(byId(own.figures, 'schakel.2024.groen.SignalenPer1000')).toMatchObject({ signals: 1, area: { value: 0.5 } });
    expect(byId(own.figures, 'schakel.2024.sociaal.SignalenPer1000')).toMatchObject({ signals: 1, area: { value: 0.5 } });
    // A daily report is not counted: zero, which is a real figure, not "not available".
    expect(byId(own.figures, 'schakel.2024.afval.SignalenPer1000')).toMatchObject({ signals: 0, area: { value: 0, method: 'rate' } });
    expect((await ownOf(area.south)).figures[0]).toMatchObject({ signals: 1, area: { value: 2, method: 'rate' } });
  });

  it('gives no figure where the area’s inhabitants are not available, and says why', async () => {
    const east = (await ownOf(area.east)).figures[0] as OwnFigure;
    expect(east).toMatchObject({ signals: 1, area: { value: null, method: 'unavailable' } });
    expect(east.area.note).toContain('Geen inwonertal');
    expect(east.area.note).toContain('geen cijfers voor Oost 1');
    const west = (await ownOf(area.west)).figures[0] as OwnFigure;
    expect(west).toMatchObject({ signals: 1, area: { value: null, method: 'unavailable' } });
    expect(west.area.note).toContain('geen waarde');
  });

  it('counts this year up to today by default, and refuses a year that has not begun', async () => {
    const today = isoDate(new Date());
    await insertSignal({ areaId: area.south, receivedOn: today, themes: ['wonen'] });
    const own = await ownOf(area.south, '');
    expect(own).toMatchObject({ year: new Date().getFullYear(), from: `${new Date().getFullYear()}-01-01`, to: today });
    expect(byId(own.figures, `schakel.${own.year}.wonen.SignalenPer1000`)).toMatchObject({ signals: 1, area: { value: 2 } });
    const future = await t.app.inject({ url: `/api/v1/statistics/areas/${area.south}?year=2099`, headers: coordinator.headers });
    expect([future.statusCode, future.json().code]).toEqual([400, 'year_not_started']);
  });

  it('puts own figures beside CBS figures in the comparison of areas', async () => {
    const response = await t.app.inject({ url: `/api/v1/statistics/areas?indicators=${TOTAL_2024},${TRAFFIC_2024},${INHABITANTS}`, headers: coordinator.headers });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.indicators.map((i: { source: string }) => i.source)).toEqual(['Schakel, signalen 2024', 'Schakel, signalen 2024', expect.stringContaining('CBS')]);
    const north = body.areas.find((a: { name: string }) => a.name === 'Noord');
    expect(north.figures.map((f: Figure) => f.value)).toEqual([2, 1, 2000]);
    expect(body.municipality.map((f: Figure) => f.value)).toEqual([2, 1.25, 4000]);
    expect(body.country[0].method).toBe('unavailable');
    const unknown = await t.app.inject({ url: '/api/v1/statistics/areas?indicators=schakel.2024.onbekend.SignalenPer1000', headers: coordinator.headers });
    expect(unknown.statusCode).toBe(404);
  });

  it('ranks areas by own figures with the same normalisation, and only areas', async () => {
    const rank = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/statistics/ranking', headers: coordinator.headers, payload });
    const response = await rank({ level: 'area', indicators: [{ id: TOTAL_2024, weight: 1 }, { id: TRAFFIC_2024, weight: 1 }] });
    expect(response.statusCode, response.body).toBe(200);
    const ranking = response.json();
    expect(ranking.indicators[0]).toMatchObject({ title: 'Signalen per 1.000 inwoners: alle thema’s', source: 'Schakel, signalen 2024', higherIsBetter: false, min: 0, max: 2 });
    // Noord: total 2 (→1), traffic 1 (→1): 100. Zuid: total 2 (→1), traffic 0 (→0): 50. Haven: 0 and 0.
    expect(ranking.ranked.map((u: { name: string; score: number }) => [u.name, u.score])).toEqual([['Noord', 100], ['Zuid', 50], ['Haven', 0]]);
    expect(ranking.excluded.map((u: { name: string }) => u.name)).toEqual(['Oost', 'West']);
    expect(ranking.excluded[0].reason).toContain('Signalen per 1.000 inwoners');
    const district = await rank({ level: 'district', indicators: [{ id: TOTAL_2024, weight: 1 }] });
    expect([district.statusCode, district.json().code]).toEqual([400, 'own_figure_per_area']);
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/statistics/priorities/2025',
      headers: coordinator.headers,
      payload: { level: 'area', indicators: [{ id: TOTAL_2024, weight: 1 }], priorityUnits: [area.north] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().ranking.indicators[0].id).toBe(TOTAL_2024);
  });

  it('reports the signals and themes of the last twelve months and the activities by role in the PDF', async () => {
    const today = isoDate(new Date());
    const longAgo = isoDate(new Date(new Date().getFullYear() - 2, 0, 15));
    await insertSignal({ areaId: area.report, receivedOn: today, themes: ['verkeer'] });
    await insertSignal({ areaId: area.report, receivedOn: today, themes: ['verkeer', 'wonen'], status: 'closed', closingState: 'resolved' });
    await insertSignal({ areaId: area.report, receivedOn: today, kind: 'individual_question', themes: [] });
    await insertSignal({ areaId: area.report, receivedOn: today, kind: 'daily_report', themes: ['afval'] });
    await insertSignal({ areaId: area.report, receivedOn: longAgo, themes: ['jeugd'] });
    const hasActivities = (await t.database.owner.query(`select to_regclass('public.activities') is not null as present`)).rows[0].present as boolean;
    if (hasActivities) {
      for (const [role, minutes] of [['agenda_setting', 90], ['facilitating', 60], ['fixing', 30]] as const) {
        await t.database.owner.query(
          `insert into activities (municipality_id, user_id, area_id, kind, occurred_on, minutes, role) values ('GM0001', $1, $2, 'meeting', $3, $4, $5)`,
          [connectorId, area.report, today, minutes, role],
        );
      }
    }
    const response = await t.app.inject({ url: `/api/v1/statistics/areas/${area.report}/report.pdf`, headers: coordinator.headers });
    expect(response.statusCode).toBe(200);
    const text = allPdfText(response.rawPayload);
    const expectText = (expected: string, isPresent = true) => expect(pdfShows(text, expected), expected).toBe(isPresent);
    expectText('Signalen en thema’s');
    expectText('kwamen er voor Haven 3 signalen binnen: 2 wijkvraagstukken en 1 individuele vraag');
    expectText('1 dagelijkse melding naar het reguliere meldkanaal doorgezet');
    for (const label of ['Verkeer en parkeren', 'Wonen', 'Zonder thema', 'Alle signalen', 'Resultaat afgesproken', 'Afgesloten']) expectText(label);
    expectText('Jeugd en jongeren', false);
    expectText('Eigen cijfers: signalen per 1.000 inwoners');
    expectText('Wijkregisseur: Rianne Regisseur');
    if (hasActivities) {
      expectText('Activiteiten van de wijkregisseur per rol');
      expectText('3 activiteiten vast, samen 3 uur');
      for (const label of ['Informeren', 'Agenderen', 'Faciliteren', 'Oplossen (fixer)']) expectText(label);
      expectText('hier 17% van de tijd');
    } else {
      expectText('activiteitenlog is in deze installatie nog niet beschikbaar');
    }
  });
});

