import Flatbush from 'flatbush';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { ConnectorCard, PointLookupResult, TextLookupMatch } from '../../../shared/schemas/lookup.js';
import type { LookupData, PublicArea, PublicMunicipality, PublicRegion } from './lookup-data.js';
import { matchRank, normaliseName } from './normalise-name.js';
import { type PreparedPolygon, preparePolygon } from './point-in-polygon.js';

// One collator for every comparison: localeCompare(…, 'nl') builds a new one on each call.
const dutch = new Intl.Collator('nl');

interface PolygonEntry {
  region: PublicRegion;
  shape: PreparedPolygon;
  area: number;
}

interface SearchEntry {
  type: TextLookupMatch['type'];
  key: string;
  code: string | null;
  name: string;
  label: string;
  municipalityId: string;
  area: PublicArea;
}

export interface MunicipalityMap {
  municipality: PublicMunicipality;
  areas: { id: string; name: string; kind: 'wijk' | 'kern'; card: ConnectorCard }[];
  regions: { code: string; kind: 'district' | 'neighbourhood'; name: string; areaId: string | null; geometry: Geometry }[];
}

export interface LookupIndex {
  findByPoint(lat: number, lon: number): PointLookupResult | undefined;
  /** findByPoint's answer as JSON text, serialised once per region and kept with this index. */
  findByPointJson(lat: number, lon: number): string | undefined;
  search(query: string, options?: { municipality?: string; limit?: number }): TextLookupMatch[];
  municipalities(): PublicMunicipality[];
  /** One municipality by its code (GM0748), if it is connected. */
  municipality(code: string): PublicMunicipality | undefined;
  municipalityMap(code: string): MunicipalityMap | undefined;
  card(areaId: string): ConnectorCard | undefined;
  /** The area a neighbourhood or district code of a municipality belongs to. */
  areaOfRegion(municipalityId: string, code: string): { id: string; name: string } | undefined;
  size: { municipalities: number; regions: number; areas: number };
}

/**
 * An in-memory index over every municipality's newest CBS boundaries, areas and public contact cards:
 * point lookups go through an R-tree (Flatbush) and an exact point-in-polygon test, name lookups
 * through a pre-normalised list, so a public lookup never touches the database.
 */
export function buildLookupIndex(data: LookupData): LookupIndex {
  const municipalities = new Map(data.municipalities.map((m) => [m.id, m]));
  const areaByRegionCode = new Map<string, PublicArea>();
  for (const area of data.areas) for (const code of area.regionCodes) areaByRegionCode.set(`${area.municipalityId}:${code}`, area);
  const areaOf = (region: PublicRegion): PublicArea | undefined =>
    areaByRegionCode.get(`${region.municipalityId}:${region.code}`) ??
    (region.districtCode ? areaByRegionCode.get(`${region.municipalityId}:${region.districtCode}`) : undefined);

  const cards = new Map<string, ConnectorCard>();
  for (const area of data.areas) {
    const municipality = municipalities.get(area.municipalityId);
    if (municipality) cards.set(area.id, buildCard(area, municipality));
  }

  const regionsByCode = new Map(data.regions.map((r) => [`${r.municipalityId}:${r.code}`, r]));
  const districtsWithNeighbourhoods = new Set(
    data.regions.filter((r) => r.kind === 'neighbourhood').map((r) => `${r.municipalityId}:${r.districtCode}`),
  );
  // The finest level: neighbourhoods, and districts that were imported without neighbourhoods.
  const finest = data.regions.filter(
    (r) => r.kind === 'neighbourhood' || !districtsWithNeighbourhoods.has(`${r.municipalityId}:${r.code}`),
  );
  const finestTree = buildTree(finest);
  const districtTree = buildTree(data.regions.filter((r) => r.kind === 'district'));

  const searchEntries = buildSearchEntries(data, municipalities, areaOf);

  // The answer to a point depends only on the region it falls in (and its district): the key for the JSON cache.
  const answersAsJson = new Map<string, string>();
  interface Place {
    region: PublicRegion | undefined;
    district: PublicRegion | undefined;
    key: string;
  }
  const locate = (lat: number, lon: number): Place | undefined => {
    const region = smallestContaining(finestTree, lon, lat);
    const district =
      region?.kind === 'district'
        ? region
        : region?.districtCode
          ? regionsByCode.get(`${region.municipalityId}:${region.districtCode}`)
          : smallestContaining(districtTree, lon, lat);
    const located = region ?? district;
    if (!located) return undefined;
    return { region, district, key: `${located.municipalityId}:${located.code}:${district?.code ?? ''}` };
  };
  const answer = ({ region, district }: Place): PointLookupResult | undefined => {
    const located = (region ?? district) as PublicRegion;
    const area = areaOf(located) ?? (district ? areaOf(district) : undefined);
    const municipality = municipalities.get(located.municipalityId);
    const card = area && cards.get(area.id);
    if (!area || !municipality || !card) return undefined;
    return {
      municipality: { code: municipality.id, name: municipality.name },
      neighbourhood: region?.kind === 'neighbourhood' ? { code: region.code, name: region.name } : null,
      district: district ? { code: district.code, name: district.name } : null,
      area: { id: area.id, name: area.name },
      card,
    };
  };

  return {
    size: { municipalities: data.municipalities.length, regions: data.regions.length, areas: data.areas.length },

    findByPoint(lat, lon) {
      const place = locate(lat, lon);
      return place && answer(place);
    },

    findByPointJson(lat, lon) {
      const place = locate(lat, lon);
      if (!place) return undefined;
      let json = answersAsJson.get(place.key);
      if (json === undefined) {
        const result = answer(place);
        // A region without an area (or card) has no answer: remembered as '' so it is not worked out again.
        json = result ? JSON.stringify(result) : '';
        answersAsJson.set(place.key, json);
      }
      return json || undefined;
    },

    search(query, options = {}) {
      const normalised = normaliseName(query);
      if (normalised.length < 2) return [];
      const ranked: { entry: SearchEntry; rank: number }[] = [];
      for (const entry of searchEntries) {
        if (options.municipality && entry.municipalityId !== options.municipality) continue;
        const rank = matchRank(entry.key, normalised);
        if (rank !== undefined) ranked.push({ entry, rank });
      }
      const typeOrder = { area: 0, neighbourhood: 1, district: 2 };
      ranked.sort(
        (a, b) =>
          a.rank - b.rank ||
          typeOrder[a.entry.type] - typeOrder[b.entry.type] ||
          dutch.compare(a.entry.name, b.entry.name),
      );
      return ranked.slice(0, options.limit ?? 10).map(({ entry }) => ({
        type: entry.type,
        code: entry.code,
        name: entry.name,
        label: entry.label,
        area: { id: entry.area.id, name: entry.area.name },
        card: cards.get(entry.area.id) as ConnectorCard,
      }));
    },

    municipalities: () => [...municipalities.values()],
    municipality: (code) => municipalities.get(code),

    municipalityMap(code) {
      const municipality = municipalities.get(code);
      if (!municipality) return undefined;
      return {
        municipality,
        areas: data.areas
          .filter((area) => area.municipalityId === code)
          .map((area) => ({ id: area.id, name: area.name, kind: area.kind, card: cards.get(area.id) as ConnectorCard }))
          .sort((a, b) => dutch.compare(a.name, b.name)),
        regions: finest
          .filter((region) => region.municipalityId === code && region.geometry)
          .map((region) => ({
            code: region.code,
            kind: region.kind,
            name: region.name,
            areaId: areaOf(region)?.id ?? null,
            geometry: region.geometry as Geometry,
          })),
      };
    },

    card: (areaId) => cards.get(areaId),

    areaOfRegion(municipalityId, code) {
      const region = regionsByCode.get(`${municipalityId}:${code}`);
      const area = region ? areaOf(region) : areaByRegionCode.get(`${municipalityId}:${code}`);
      return area ? { id: area.id, name: area.name } : undefined;
    },
  };
}

function buildCard(area: PublicArea, municipality: PublicMunicipality): ConnectorCard {
  const first = area.connectors[0];
  return {
    areaId: area.id,
    areaName: area.name,
    areaKind: area.kind,
    municipality: { code: municipality.id, name: municipality.name },
    title: municipality.connectorTitle,
    connectors: area.connectors,
    email: area.publicEmail ?? first?.email ?? null,
    phone: area.publicPhone ?? first?.phone ?? null,
    regularChannels: municipality.regularChannels,
  };
}

function buildTree(regions: PublicRegion[]): { tree: Flatbush | undefined; entries: PolygonEntry[] } {
  const entries: PolygonEntry[] = [];
  const boxes: [number, number, number, number][] = [];
  for (const region of regions) {
    const geometry = region.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const box = boundingBox(geometry);
    entries.push({ region, shape: preparePolygon(geometry), area: polygonArea(geometry) });
    boxes.push(box);
  }
  if (entries.length === 0) return { tree: undefined, entries };
  const tree = new Flatbush(entries.length);
  for (const box of boxes) tree.add(box[0], box[1], box[2], box[3]);
  tree.finish();
  return { tree, entries };
}

// Generalised CBS polygons (coordinates rounded to ~100 m) overlap a little, and an enclave's neighbourhood
// may lie inside its surrounding one without a hole. A point in several polygons belongs to the smallest:
// the most specific neighbourhood.
function smallestContaining(
  index: { tree: Flatbush | undefined; entries: PolygonEntry[] },
  lon: number,
  lat: number,
): PublicRegion | undefined {
  if (!index.tree) return undefined;
  let best: PolygonEntry | undefined;
  for (const id of index.tree.search(lon, lat, lon, lat)) {
    const entry = index.entries[id] as PolygonEntry;
    if (best && entry.area >= best.area) continue;
    if (entry.shape.contains(lon, lat)) best = entry;
  }
  return best?.region;
}

/** Planar area in square degrees (longitude scaled by latitude): only used to compare polygons. */
function polygonArea(geometry: Polygon | MultiPolygon): number {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, ringIndex) => {
      let sum = 0;
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1] as Position;
        const [bx = 0, by = 0] = ring[i] as Position;
        sum += ax * by - bx * ay;
      }
      const scale = Math.cos((((ring[0] as Position)[1] ?? 0) * Math.PI) / 180);
      total += (ringIndex === 0 ? 1 : -1) * Math.abs(sum / 2) * scale;
    });
  }
  return total;
}

function boundingBox(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x === undefined || y === undefined) continue;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return [minX, minY, maxX, maxY];
}

function buildSearchEntries(
  data: LookupData,
  municipalities: Map<string, PublicMunicipality>,
  areaOf: (region: PublicRegion) => PublicArea | undefined,
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const kindLabel = { wijk: 'wijk', kern: 'kern' };
  for (const area of data.areas) {
    const municipality = municipalities.get(area.municipalityId);
    if (!municipality) continue;
    entries.push({
      type: 'area',
      key: normaliseName(area.name),
      code: null,
      name: area.name,
      label: `${area.name} (${kindLabel[area.kind]}, ${municipality.name})`,
      municipalityId: area.municipalityId,
      area,
    });
  }
  for (const region of data.regions) {
    const area = areaOf(region);
    const municipality = municipalities.get(region.municipalityId);
    if (!area || !municipality) continue;
    const kind = region.kind === 'neighbourhood' ? 'buurt' : 'CBS-wijk';
    entries.push({
      type: region.kind,
      key: normaliseName(region.name),
      code: region.code,
      name: region.name,
      label: `${region.name} (${kind} in ${area.name}, ${municipality.name})`,
      municipalityId: region.municipalityId,
      area,
    });
  }
  return entries;
}
