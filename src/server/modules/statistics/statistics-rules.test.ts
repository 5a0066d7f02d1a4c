import { describe, expect, it } from 'vitest';
import { IndicatorIdSchema, IndicatorSchema, ownFigureId, ownFigureIndicator, ownFigureIndicators, parseOwnFigureId } from '../../../shared/schemas/statistics.js';
import { combineFigure, countryFigure, coverArea, type Hierarchy } from './aggregate-figures.js';
import { aggregationOf } from './indicator-rules.js';
import { planFromFiles } from './import-statistics.js';
import { periodOfYear } from './own-figures.js';
import { rankUnits } from './rank-units.js';
import { StatisticsFileError } from './read-statistics-file.js';

const hierarchy: Hierarchy = {
  municipalityCode: 'GM0001',
  districts: ['WK000100', 'WK000101'],
  neighbourhoodsOf: new Map([
    ['WK000100', ['BU00010000', 'BU00010001']],
    ['WK000101', ['BU00010100', 'BU00010101', 'BU00010102']],
  ]),
};
const name = (code: string) => code;

describe('which CBS regions make up an area', () => {
  it('replaces complete districts by the district, and all districts by the municipality', () => {
    expect(coverArea(['BU00010000', 'BU00010001', 'BU00010100'], hierarchy)).toEqual(['BU00010100', 'WK000100']);
    expect(coverArea(['BU00010000', 'BU00010001', 'BU00010100', 'BU00010101', 'BU00010102'], hierarchy)).toEqual(['GM0001']);
    expect(coverArea(['WK000101'], hierarchy)).toEqual(['WK000101']);
    expect(coverArea(['BU00010001'], hierarchy)).toEqual(['BU00010001']);
  });
});

describe('one figure for several regions', () => {
  const values = new Map<string, number | null>([
    ['WK000100', 1000],
    ['WK000101', 3000],
    ['BU00010000', 400],
    ['BU00010001', null],
    ['GM0001', 4001],
  ]);
  const land = new Map<string, number | null>([
    ['WK000100', 100],
    ['WK000101', 300],
  ]);

  it('takes the source’s own value for one region, including its own municipality total', () => {
    expect(combineFigure({ parts: ['GM0001'], values, aggregation: 'sum', hierarchy, nameOf: name })).toMatchObject({ value: 4001, method: 'source' });
    expect(combineFigure({ parts: ['BU00010001'], values, aggregation: 'sum', nameOf: name })).toMatchObject({ value: null, method: 'unavailable' });
  });

  it('sums counts, and says "not available" when one part has no value', () => {
    expect(combineFigure({ parts: ['WK000100', 'WK000101'], values, aggregation: 'sum', nameOf: name })).toMatchObject({ value: 4000, method: 'sum' });
    const partial = combineFigure({ parts: ['BU00010000', 'BU00010001'], values, aggregation: 'sum', nameOf: name });
    expect(partial).toMatchObject({ value: null, method: 'unavailable' });
    expect(partial.note).toContain('BU00010001');
  });

  it('weighs a rate by its denominator, and never averages a percentage without weights', () => {
    const density = new Map<string, number | null>([
      ['WK000100', 10],
      ['WK000101', 20],
    ]);
    expect(combineFigure({ parts: ['WK000100', 'WK000101'], values: density, weights: land, aggregation: 'weighted_mean', nameOf: name })).toMatchObject({
      value: (10 * 100 + 20 * 300) / 400,
      method: 'weighted_mean',
    });
    expect(combineFigure({ parts: ['WK000100', 'WK000101'], values: density, aggregation: 'none', nameOf: name }).method).toBe('unavailable');
    expect(combineFigure({ parts: ['WK000100', 'WK000101'], values: density, weights: new Map([['WK000100', 100]]), aggregation: 'weighted_mean', nameOf: name }).method).toBe(
      'unavailable',
    );
  });

  it('goes one level down when the source lacks a part, and stops where it lacks the children too', () => {
    const buurten = new Map<string, number | null>([
      ['BU00010000', 1],
      ['BU00010001', 2],
      ['BU00010100', 3],
    ]);
    expect(combineFigure({ parts: ['WK000100'], values: buurten, aggregation: 'sum', hierarchy, nameOf: name })).toMatchObject({ value: 3, method: 'sum' });
    expect(combineFigure({ parts: ['WK000101'], values: buurten, aggregation: 'sum', hierarchy, nameOf: name })).toMatchObject({ method: 'unavailable' });
  });

  it('gives the Netherlands from the NL01 row, or sums a national table’s municipalities', () => {
    expect(countryFigure({ values: new Map([['NL01', 7]]), aggregation: 'none' })).toMatchObject({ value: 7, method: 'source' });
    const national = new Map(Array.from({ length: 342 }, (_, i) => [`GM${String(i).padStart(4, '0')}`, 10] as [string, number]));
    expect(countryFigure({ values: national, aggregation: 'sum' })).toMatchObject({ value: 3420, method: 'sum' });
    expect(countryFigure({ values: national, aggregation: 'none' }).method).toBe('unavailable');
    expect(countryFigure({ values: new Map([['GM0001', 1]]), aggregation: 'sum' }).method).toBe('unavailable');
  });
});

describe('aggregation rules from the CBS metadata', () => {
  const keys = new Map([
    ['AantalInwoners', 'AantalInwoners_5'],
    ['OppervlakteLand', 'OppervlakteLand_123'],
  ]);
  it('sums counts and areas, weighs densities, refuses averages and percentages without their base', () => {
    expect(aggregationOf({ key: 'AantalInwoners_5', title: 'Aantal inwoners', unit: 'aantal', presentation: 'Absolute', datatype: 'Long' }, keys).aggregation).toBe('sum');
    expect(aggregationOf({ key: 'Bevolkingsdichtheid_34', title: 'Bevolkingsdichtheid', unit: 'aantal inwoners per km²', presentation: 'Relative', datatype: 'Long' }, keys)).toEqual({
      aggregation: 'weighted_mean',
      weightKey: 'OppervlakteLand_123',
    });
    expect(aggregationOf({ key: 'GemiddeldeHuishoudensgrootte_33', title: 'Gemiddelde huishoudensgrootte', unit: 'aantal', presentation: 'Absolute', datatype: 'Double' }, keys).aggregation).toBe('none');
    expect(aggregationOf({ key: 'Koopwoningen_47', title: 'Koopwoningen', unit: '%', presentation: 'Relative', datatype: 'Long' }, keys).aggregation).toBe('none');
  });
});

describe('reading CBS OData shapes', () => {
  const properties = JSON.stringify([
    { Type: 'TimeDimension', Key: 'Perioden', Title: 'Perioden' },
    { Type: 'GeoDimension', Key: 'RegioS', Title: 'Regio’s' },
    { Type: 'Topic', Key: 'Inwoners_1', Title: 'Inwoners', Unit: 'aantal', Datatype: 'Long', PresentationType: 'Absolute', Decimals: 0 },
  ]);
  const info = JSON.stringify([{ Identifier: '70072NED', Title: 'Regionale kerncijfers Nederland', Period: '2020-2023', Catalog: 'CBS' }]);

  it('reads an OData {value: [...]} document with several years into one dataset per year', () => {
    const data = JSON.stringify({
      value: [
        { ID: 0, RegioS: 'GM0748    ', Perioden: '2022JJ00', Inwoners_1: 68000 },
        { ID: 1, RegioS: 'GM0748    ', Perioden: '2023JJ00', Inwoners_1: 69000 },
        { ID: 2, RegioS: 'PV30    ', Perioden: '2023JJ00', Inwoners_1: 2600000 },
        { ID: 3, RegioS: 'NL01    ', Perioden: '2023JJ00', Inwoners_1: null },
      ],
    });
    const plan = planFromFiles([
      { fileName: '70072NED_TypedDataSet.json', text: data },
      { fileName: '70072NED_DataProperties.json', text: properties },
      { fileName: '70072NED_TableInfos.json', text: info },
    ]);
    expect(plan.datasets.map((d) => [d.year, d.title, d.series, d.regionCodes])).toEqual([
      [2022, 'Regionale kerncijfers Nederland 2022', 'Regionale kerncijfers Nederland', ['GM0748']],
      [2023, 'Regionale kerncijfers Nederland 2023', 'Regionale kerncijfers Nederland', ['GM0748', 'NL01']],
    ]);
    expect(plan.datasets[1]?.values.get('Inwoners_1')).toEqual([69000, null]);
    expect(plan.notes[0]).toContain('1 rijen met een andere regio-indeling');
  });

  it('names the file, row and column of a value that is not a number, and a duplicate region', () => {
    const csv = 'ID,RegioS,Perioden,Inwoners_1\n0,GM0748,2023JJ00,12.5\n1,GM0400,2023JJ00,veel\n';
    expect(() => planFromFiles([{ fileName: '70072NED_data.csv', text: csv }, { fileName: '70072NED_DataProperties.json', text: properties }])).toThrow(
      "70072NED_data.csv, rij 3, kolom Inwoners_1: 'veel' is geen getal",
    );
    const twice = 'ID,RegioS,Perioden,Inwoners_1\n0,GM0748,2023JJ00,1\n1,GM0748,2023JJ00,2\n';
    expect(() => planFromFiles([{ fileName: '70072NED_data.csv', text: twice }, { fileName: '70072NED_DataProperties.json', text: properties }])).toThrow(/GM0748 staat dubbel/);
    expect(() => planFromFiles([{ fileName: 'cijfers.csv', text: twice }])).toThrow(StatisticsFileError);
  });
});

describe('the priority index', () => {
  it('normalises each indicator from 0 to 1 over the units, weighs, and lists units without a value apart', () => {
    const values: Record<string, [number | null, number | null]> = { a: [10, 50], b: [20, 70], c: [30, 60], d: [null, 55] };
    const result = rankUnits({
      units: Object.keys(values).map((unitId) => ({ unitId, name: unitId.toUpperCase() })),
      columns: [
        { indicatorId: 'x', weight: 3, higherIsBetter: false, valueOf: (id) => values[id]?.[0] ?? null },
        { indicatorId: 'y', weight: 1, higherIsBetter: true, valueOf: (id) => values[id]?.[1] ?? null },
      ],
    });
    // c: x at max (1), y halfway (1 - 0.5) → 75 × 1 + 25 × 0.5 = 87.5; b: 75 × 0.5 + 0 = 37.5; a: 0 + 25 × 1 = 25.
    expect(result.ranked.map((u) => [u.unitId, u.rank, u.score])).toEqual([
      ['c', 1, 87.5],
      ['b', 2, 37.5],
      ['a', 3, 25],
    ]);
    expect(result.ranked[0]?.contributions.map((c) => c.points)).toEqual([75, 12.5]);
    expect(result.excluded).toEqual([{ unitId: 'd', name: 'D', missing: ['x'], reason: expect.any(String) }]);
    expect(result.columns).toEqual([
      { indicatorId: 'x', share: 0.75, min: 10, max: 30 },
      { indicatorId: 'y', share: 0.25, min: 50, max: 70 },
    ]);
  });
});

describe('own figures: ids, description and period', () => {
  it('names each theme’s figure like a public indicator, and reads the id back', () => {
    expect(ownFigureId(2025, null)).toBe('schakel.2025.SignalenPer1000');
    expect(ownFigureId(2025, 'openbare-ruimte')).toBe('schakel.2025.openbare-ruimte.SignalenPer1000');
    for (const indicator of ownFigureIndicators(2025)) {
      expect(IndicatorIdSchema.safeParse(indicator.id).success, indicator.id).toBe(true);
      expect(IndicatorSchema.parse(indicator)).toEqual(indicator);
    }
    expect(ownFigureIndicators(2025)).toHaveLength(14);
    expect(parseOwnFigureId('schakel.2025.spelen-sport.SignalenPer1000')).toEqual({ year: 2025, theme: 'spelen-sport' });
    expect(parseOwnFigureId('schakel.2025.SignalenPer1000')).toEqual({ year: 2025, theme: null });
    expect(parseOwnFigureId('schakel.2025.onbekend.SignalenPer1000')).toBeNull();
    expect(parseOwnFigureId('85984NED.2024.AantalInwoners_5')).toBeNull();
    expect(ownFigureIndicator(2024, 'verkeer')).toMatchObject({ title: 'Signalen per 1.000 inwoners: Verkeer en parkeren', source: 'Schakel, signalen 2024', higherIsBetter: false });
  });

  it('counts a past year whole, this year up to today, and no future year', () => {
    const today = new Date(2026, 10, 26);
    expect(periodOfYear(2025, today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodOfYear(2026, today)).toEqual({ from: '2026-01-01', to: '2026-11-26' });
    expect(() => periodOfYear(2027, today)).toThrow(/nog niet begonnen/);
  });
});
