import type { Region } from '../../../shared/schemas/region.js';
import type { Db } from '../../platform/db/tenant.js';
import { listRegionRows, listRegionYears } from './regions.repo.js';

/** The municipality's CBS districts and neighbourhoods of one year (default: the newest), with their area. */
export async function listRegions(options: {
  db: Db;
  municipalityId: string;
  year?: number;
}): Promise<{ year: number | null; years: number[]; regions: Region[] }> {
  const years = await listRegionYears(options.db, options.municipalityId);
  const year = options.year ?? years[0] ?? null;
  if (year === null) return { year, years, regions: [] };
  const rows = await listRegionRows(options.db, options.municipalityId, year);
  return {
    year,
    years,
    regions: rows.map((row) => ({
      code: row.code,
      kind: row.kind,
      name: row.name,
      districtCode: row.district_code,
      year: row.year,
      areaId: row.area_id,
      geometry: row.geometry,
    })),
  };
}
