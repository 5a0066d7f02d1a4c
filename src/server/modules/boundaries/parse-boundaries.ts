import type { Geometry } from 'geojson';

export interface ParsedRegion {
  municipalityId: string;
  year: number;
  code: string;
  kind: 'district' | 'neighbourhood';
  name: string;
  districtCode: string | null;
  geometry: Geometry | null;
}

export class BoundaryFileError extends Error {}

// CBS codes: municipality digits, then district and neighbourhood digits — or letters, as in Amsterdam (WK0363AA).
const CODE_PATTERN = /^(WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$/;

/** The CBS municipality code a district or neighbourhood code belongs to: WK074801 → GM0748. */
export const municipalityOfRegion = (code: string) => `GM${code.slice(2, 6)}`;
/** The CBS district a neighbourhood lies in: BU07480102 → WK074801. */
export const districtOfNeighbourhood = (code: string) => `WK${code.slice(2, 8)}`;

/**
 * Reads a CBS wijk- en buurtkaart GeoJSON as published (properties `statcode`, `jrstatcode`, and either
 * `statnaam` + `gmCode` or the national file's `name`), keeping the features of the given municipalities.
 * Throws a BoundaryFileError with a readable message for anything that is not such a file.
 */
export function parseBoundaryFile(options: {
  fileName: string;
  text: string;
  municipalityIds: Set<string> | 'all';
  year?: number;
}): ParsedRegion[] {
  const { fileName } = options;
  let json: unknown;
  try {
    json = JSON.parse(options.text);
  } catch (error) {
    throw new BoundaryFileError(`${fileName}: geen geldige JSON (${(error as Error).message}).`);
  }
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new BoundaryFileError(`${fileName}: geen GeoJSON FeatureCollection.`);
  }
  const regions: ParsedRegion[] = [];
  json.features.forEach((feature: unknown, index: number) => {
    const where = `${fileName}, feature ${index + 1}`;
    if (!isObject(feature) || !isObject(feature.properties)) {
      throw new BoundaryFileError(`${where}: geen GeoJSON Feature met properties.`);
    }
    const properties = feature.properties;
    const code = String(properties.statcode ?? '').trim();
    if (!CODE_PATTERN.test(code)) {
      throw new BoundaryFileError(
        `${where}: 'statcode' ontbreekt of is geen CBS wijk- of buurtcode (WKxxxxxx/BUxxxxxxxx); gevonden: '${code}'.`,
      );
    }
    const municipalityId = String(properties.gmCode ?? municipalityOfRegion(code)).trim();
    if (options.municipalityIds !== 'all' && !options.municipalityIds.has(municipalityId)) return;
    const name = String(properties.statnaam ?? properties.name ?? '').trim();
    if (!name) throw new BoundaryFileError(`${where} (${code}): geen naam ('statnaam' of 'name').`);
    const year = options.year ?? yearOf(properties.jrstatcode);
    if (!year) {
      throw new BoundaryFileError(`${where} (${code}): geen jaar in 'jrstatcode'; geef het jaar op met --year.`);
    }
    const geometry = feature.geometry ?? null;
    if (geometry !== null && !isPolygonal(geometry)) {
      throw new BoundaryFileError(`${where} (${code}): geometrie is geen Polygon of MultiPolygon.`);
    }
    const kind = code.startsWith('WK') ? 'district' : 'neighbourhood';
    regions.push({
      municipalityId,
      year,
      code,
      kind,
      name,
      districtCode: kind === 'neighbourhood' ? districtOfNeighbourhood(code) : null,
      geometry: geometry as Geometry | null,
    });
  });
  return regions;
}

function yearOf(jrstatcode: unknown): number | undefined {
  const match = /^(\d{4})(WK|BU)/.exec(String(jrstatcode ?? ''));
  return match ? Number(match[1]) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPolygonal(geometry: unknown): boolean {
  if (!isObject(geometry)) return false;
  if (geometry.type === 'Polygon') return isRingList(geometry.coordinates);
  if (geometry.type === 'MultiPolygon') {
    return Array.isArray(geometry.coordinates) && geometry.coordinates.every(isRingList);
  }
  return false;
}

function isRingList(rings: unknown): boolean {
  return (
    Array.isArray(rings) &&
    rings.every(
      (ring) =>
        Array.isArray(ring) &&
        ring.length >= 4 &&
        ring.every((point) => Array.isArray(point) && point.length >= 2 && point.every(Number.isFinite)),
    )
  );
}

/** Turns a CBS district name into an area name: "Wijk 01 Bergen op Zoom-Noord" → "Bergen op Zoom-Noord". */
export function areaNameFromDistrict(districtName: string): string {
  return districtName.replace(/^Wijk\s+\d+\s+/i, '').trim() || districtName;
}
