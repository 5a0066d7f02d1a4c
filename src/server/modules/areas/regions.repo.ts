import type { Db } from '../../platform/db/tenant.js';

export interface RegionRow {
  code: string;
  kind: 'district' | 'neighbourhood';
  name: string;
  district_code: string | null;
  year: number;
  area_id: string | null;
  geometry: unknown;
}

export async function listRegionYears(db: Db, municipalityId: string): Promise<number[]> {
  const { rows } = await db.query<{ year: number }>(
    'select distinct year from regions where municipality_id = $1 order by year desc',
    [municipalityId],
  );
  return rows.map((row) => row.year);
}

/** Regions of a year with their area: by their own code, or (for a neighbourhood) by its district's code. */
export async function listRegionRows(db: Db, municipalityId: string, year: number): Promise<RegionRow[]> {
  const { rows } = await db.query<RegionRow>(
    `select r.code, r.kind, r.name, r.district_code, r.year, r.geometry,
       coalesce(own.area_id, via_district.area_id) as area_id
     from regions r
     left join area_regions own on own.municipality_id = r.municipality_id and own.region_code = r.code
     left join area_regions via_district on via_district.municipality_id = r.municipality_id
       and via_district.region_code = r.district_code
     where r.municipality_id = $1 and r.year = $2
     order by r.kind, r.code`,
    [municipalityId, year],
  );
  return rows;
}
