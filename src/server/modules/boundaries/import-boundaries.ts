import type pg from 'pg';
import { ensureMunicipality, countAreas, insertArea, upsertRegions } from './boundaries.repo.js';
import { type ParsedRegion, areaNameFromDistrict } from './parse-boundaries.js';

export interface BoundaryImportSummary {
  municipalities: { id: string; districts: number; neighbourhoods: number; years: number[]; areasCreated: number }[];
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
      if ((options.createDefaultAreas ?? true) && (await countAreas(client, municipalityId)) === 0) {
        for (const area of defaultAreas(regions)) {
          await insertArea(client, { municipalityId, ...area });
          areasCreated++;
        }
      }
      summary.municipalities.push({
        id: municipalityId,
        districts: regions.filter((region) => region.kind === 'district').length,
        neighbourhoods: regions.filter((region) => region.kind === 'neighbourhood').length,
        years: [...new Set(regions.map((region) => region.year))].sort(),
        areasCreated,
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
