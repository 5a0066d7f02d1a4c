import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAreas } from './import-boundaries.js';
import { BoundaryFileError, areaNameFromDistrict, parseBoundaryFile } from './parse-boundaries.js';

const data = path.resolve(process.env.SHARED_DATA_DIR ?? '../shared/data', 'cbs-gebieden');
const read = (file: string) => readFileSync(path.join(data, file), 'utf8');

describe('parseBoundaryFile', () => {
  it('reads the statnaam/gmCode style (2022 buurten) with year and district', () => {
    const regions = parseBoundaryFile({ fileName: 'buurt', text: read('buurt_2022_gm0400_gm0597_gm0748.geojson'), municipalityIds: new Set(['GM0748']) });
    expect(regions).toHaveLength(38);
    expect(regions.find((r) => r.code === 'BU07480102')).toMatchObject({ name: 'Tuinwijk', kind: 'neighbourhood', year: 2022, districtCode: 'WK074801', municipalityId: 'GM0748' });
  });

  it('reads the national name-without-gmCode style (2024 wijken) and derives the municipality from the code', () => {
    const text = read('wijk_2024_nl.geojson');
    const denHelder = parseBoundaryFile({ fileName: 'wijk_2024_nl', text, municipalityIds: new Set(['GM0400']) });
    expect(denHelder.map((r) => r.code).sort()).toEqual(['WK040001', 'WK040002', 'WK040003', 'WK040004', 'WK040005', 'WK040006', 'WK040007', 'WK040008']);
    expect(denHelder.every((r) => r.year === 2024 && r.kind === 'district' && r.districtCode === null)).toBe(true);
    const all = parseBoundaryFile({ fileName: 'wijk_2024_nl', text, municipalityIds: 'all' });
    expect(all).toHaveLength(3393);
    expect(new Set(all.map((r) => r.municipalityId)).size).toBe(342);
  });

  it('keeps a buurt whose polygon vanished in generalisation, without geometry', () => {
    const regions = parseBoundaryFile({ fileName: 'buurt', text: read('buurt_2022_gm0400_gm0597_gm0748.geojson'), municipalityIds: new Set(['GM0400']) });
    expect(regions.find((r) => r.code === 'BU04000203')).toMatchObject({ name: 'Indische buurt-Zuid', geometry: null });
  });

  it.each([
    ['{"type":"FeatureCollection","features":[', /geen geldige JSON/],
    ['{"GM0748":{"AantalInwoners_5":69694}}', /geen GeoJSON FeatureCollection/],
    ['{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"XX1"},"geometry":null}]}', /'statcode' ontbreekt of is geen CBS/],
    ['{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"WK074801","statnaam":"Noord"},"geometry":null}]}', /geen jaar in 'jrstatcode'/],
    ['{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"WK074801","jrstatcode":"2022WK074801","statnaam":"N"},"geometry":{"type":"Point","coordinates":[4,51]}}]}', /geen Polygon of MultiPolygon/],
  ])('rejects a wrong file with a readable error (%#)', (text, message) => {
    expect(() => parseBoundaryFile({ fileName: 'fout.geojson', text, municipalityIds: 'all' })).toThrow(BoundaryFileError);
    expect(() => parseBoundaryFile({ fileName: 'fout.geojson', text, municipalityIds: 'all' })).toThrow(message);
  });
});

describe('defaultAreas', () => {
  it('makes one area per district from its neighbourhoods, or the district itself without them', () => {
    const wijken = parseBoundaryFile({ fileName: 'w', text: read('wijk_2022_gm0400_gm0597_gm0748.geojson'), municipalityIds: new Set(['GM0748']) });
    const buurten = parseBoundaryFile({ fileName: 'b', text: read('buurt_2022_gm0400_gm0597_gm0748.geojson'), municipalityIds: new Set(['GM0748']) });
    const withBuurten = defaultAreas([...wijken, ...buurten]);
    expect(withBuurten).toHaveLength(6);
    expect(withBuurten.find((a) => a.name === 'Bergen op Zoom-Noord')?.regionCodes).toEqual(['BU07480100', 'BU07480101', 'BU07480102', 'BU07480103']);
    expect(defaultAreas(wijken).find((a) => a.name === 'Lepelstraat')?.regionCodes).toEqual(['WK074805']);
  });

  it('names an area after its district without the "Wijk 01" prefix', () => {
    expect(areaNameFromDistrict('Wijk 04 Halsteren')).toBe('Halsteren');
    expect(areaNameFromDistrict('Bolnes')).toBe('Bolnes');
  });
});
