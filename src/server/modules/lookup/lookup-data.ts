import type { Geometry } from 'geojson';
import type pg from 'pg';
import type { RegularChannel, Theme } from '../../../shared/schemas/municipality.js';

export interface PublicMunicipality {
  id: string;
  name: string;
  connectorTitle: string;
  theme: Theme;
  regularChannels: RegularChannel[];
  websiteUrl: string | null;
}

export interface PublicRegion {
  municipalityId: string;
  year: number;
  code: string;
  kind: 'district' | 'neighbourhood';
  name: string;
  districtCode: string | null;
  geometry: Geometry | null;
}

export interface PublicArea {
  id: string;
  municipalityId: string;
  name: string;
  kind: 'wijk' | 'kern';
  publicEmail: string | null;
  publicPhone: string | null;
  regionCodes: string[];
  connectors: { name: string; email: string; phone: string | null }[];
}

export interface LookupData {
  municipalities: PublicMunicipality[];
  regions: PublicRegion[];
  areas: PublicArea[];
}

/**
 * Reads everything the public lookup needs, for all municipalities at once. The app role may not read
 * other municipalities' tables; these security-definer functions expose only the public fields.
 */
export async function loadLookupData(pool: pg.Pool): Promise<LookupData> {
  const [municipalities, regions, areas] = await Promise.all([
    pool.query('select * from public_municipalities()'),
    pool.query('select * from public_regions()'),
    pool.query('select * from public_areas()'),
  ]);
  return {
    municipalities: municipalities.rows.map((row) => ({
      id: row.id,
      name: row.name,
      connectorTitle: row.connector_title,
      theme: row.theme,
      regularChannels: row.regular_channels,
      websiteUrl: row.website_url,
    })),
    regions: regions.rows.map((row) => ({
      municipalityId: row.municipality_id,
      year: row.year,
      code: row.code,
      kind: row.kind,
      name: row.name,
      districtCode: row.district_code,
      geometry: row.geometry,
    })),
    areas: areas.rows.map((row) => ({
      id: row.id,
      municipalityId: row.municipality_id,
      name: row.name,
      kind: row.kind,
      publicEmail: row.public_email,
      publicPhone: row.public_phone,
      regionCodes: row.region_codes,
      connectors: row.connectors,
    })),
  };
}
