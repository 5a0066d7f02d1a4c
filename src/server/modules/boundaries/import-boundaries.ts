import type { MultiPolygon, Polygon } from 'geojson';
import type pg from 'pg';
import { interiorPoint, preparePolygon } from '../lookup/point-in-polygon.js';
import {
  addAreaRegions,
  countAreas,
  ensureMunicipality,
  findNewestRegionYear,
  insertArea,
  listAreaOfRegionCodes,
  listEarlierRegions,
  upsertRegions,
} from './boundaries.repo.js';
import { type ParsedRegion, areaNameFromDistrict } from './parse-boundaries.js';

export interface BoundaryImportSummary {
  municipalities: {
    id: string;
    districts: number;
    neighbourhoods: number;
    years: number[];
    areasCreated: number;
    /** New regions of the newest year added to the area their predecessor belonged to. */
    regionsCarriedOver: number;
    /** New regions of the newest year that lie in no area's earlier regions: an administrator places them. */
    regionsWithoutArea: { code: string; name: string }[];
  }[];
}

/**
 * Stores parsed CBS districts and neighbourhoods in one transaction (all or nothing, as the owner:
 * an import is an administrative act across municipalities). A municipality without areas gets one
 * area per CBS district: its neighbourhoods, or the district itself when imported without them.
 */
export async function importBoundaries(options: {
  ownerPool: pg.Pool;
  regions: ParsedRegion[];
  municipalityNames: Map<string, string>;
  createDefaultAreas?: boolean;
  onProgress?: (done: number, total: number) => void;
}): Promise<BoundaryImportSummary> {
  const byMunicipality = groupBy(options.regions, (region) => region.municipalityId);
  const client = await options.ownerPool.connect();
  const summary: BoundaryImportSummary = { municipalities: [] };
  try {
    await client.query('begin');
    const total = options.regions.length;
    let done = 0;
    for (const [municipalityId, regions] of byMunicipality) {
      await ensureMunicipality(client, municipalityId, options.municipalityNames.get(municipalityId) ?? municipalityId);
      for (const batch of chunk(regions, 500)) {
        await upsertRegions(client, batch);
        done += batch.length;
        options.onProgress?.(done, total);
      }
      let areasCreated = 0;
      let carried: Awaited<ReturnType<typeof carryOverAreas>> = { carried: 0, withoutArea: [] };
      if ((await countAreas(client, municipalityId)) === 0) {
        if (options.createDefaultAreas ?? true) {
          for (const area of defaultAreas(regions)) {
            await insertArea(client, { municipalityId, ...area });
            areasCreated++;
          }
        }
      } else {
        carried = await carryOverAreas(client, municipalityId, regions);
      }
      summary.municipalities.push({
        id: municipalityId,
        districts: regions.filter((region) => region.kind === 'district').length,
        neighbourhoods: regions.filter((region) => region.kind === 'neighbourhood').length,
        years: [...new Set(regions.map((region) => region.year))].sort(),
        areasCreated,
        regionsCarriedOver: carried.carried,
        regionsWithoutArea: carried.withoutArea,
      });
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return summary;
}

/**
 * Areas follow new boundaries. CBS renumbers a neighbourhood when its boundary changes, and areas are
 * groups of codes: without this a new year's renumbered neighbourhood would belong to no area, and "find
 * your connector" would answer 404 there. Every region of the newest imported year that is in no area
 * (nor is its district) joins the area of the earlier region its interior point lies in — the most recent
 * earlier year first, the finest region first. What lies in no earlier area is reported, not guessed.
 */
async function carryOverAreas(
  db: pg.PoolClient,
  municipalityId: string,
  regions: ParsedRegion[],
): Promise<{ carried: number; withoutArea: { code: string; name: string }[] }> {
  const newestYear = Math.max(...regions.map((region) => region.year));
  // An older year imported later changes nothing: the lookup shows the newest year.
  if ((await findNewestRegionYear(db, municipalityId)) !== newestYear) return { carried: 0, withoutArea: [] };
  const newest = regions.filter((region) => region.year === newestYear);
  const districtsWithNeighbourhoods = new Set(newest.filter((r) => r.kind === 'neighbourhood').map((r) => r.districtCode));
  // The finest level of the new year: its neighbourhoods, and districts imported without neighbourhoods.
  const finest = newest.filter((r) => r.kind === 'neighbourhood' || !districtsWithNeighbourhoods.has(r.code));
  const areaOfCode = await listAreaOfRegionCodes(db, municipalityId);
  const areaOf = (code: string, districtCode: string | null) => areaOfCode.get(code) ?? (districtCode ? areaOfCode.get(districtCode) : undefined);
  const orphans = finest.filter((region) => !areaOf(region.code, region.districtCode));
  if (orphans.length === 0) return { carried: 0, withoutArea: [] };

  const earlier = (await listEarlierRegions(db, municipalityId, newestYear)).flatMap((region) => {
    const area = areaOf(region.code, region.district_code);
    const geometry = region.geometry;
    if (!area || !geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
    return [{ area, shape: preparePolygon(geometry) }];
  });
  const links: { areaId: string; code: string }[] = [];
  const withoutArea: { code: string; name: string }[] = [];
  for (const region of orphans) {
    const geometry = region.geometry;
    const point = geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? interiorPoint(geometry as Polygon | MultiPolygon) : undefined;
    const predecessor = point && earlier.find((candidate) => candidate.shape.contains(point[0], point[1]));
    if (predecessor) links.push({ areaId: predecessor.area, code: region.code });
    else withoutArea.push({ code: region.code, name: region.name });
  }
  await addAreaRegions(db, municipalityId, links);
  return { carried: links.length, withoutArea };
}

/** One area per CBS district of the newest year: its neighbourhoods, or the district code itself. */
export function defaultAreas(regions: ParsedRegion[]): { name: string; regionCodes: string[] }[] {
  const newestYear = Math.max(...regions.map((region) => region.year));
  const current = regions.filter((region) => region.year === newestYear);
  const districts = current.filter((region) => region.kind === 'district');
  const neighbourhoods = current.filter((region) => region.kind === 'neighbourhood');
  const districtCodes = new Set([...districts.map((d) => d.code), ...neighbourhoods.map((n) => n.districtCode ?? '')]);
  return [...districtCodes]
    .filter(Boolean)
    .sort()
    .map((districtCode) => {
      const district = districts.find((d) => d.code === districtCode);
      const members = neighbourhoods.filter((n) => n.districtCode === districtCode).map((n) => n.code);
      return {
        name: areaNameFromDistrict(district?.name ?? districtCode),
        regionCodes: members.length > 0 ? members : [districtCode],
      };
    });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
