import type { Area, Region } from '../../api/types.js';

/** What a map shows: neighbourhoods, and districts that have no neighbourhoods of their own. */
export function finestRegions(regions: Region[]): Region[] {
  const withNeighbourhoods = new Set(regions.filter((r) => r.kind === 'neighbourhood').map((r) => r.districtCode));
  return regions.filter((r) => r.kind === 'neighbourhood' || !withNeighbourhoods.has(r.code));
}

/** The neighbourhoods of an area (also those it has through a whole CBS district), by name. */
export function neighbourhoodsOf(area: Area, regions: Region[]): Region[] {
  return finestRegions(regions)
    .filter((region) => region.areaId === area.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export const districtsByCode = (regions: Region[]) => new Map(regions.filter((r) => r.kind === 'district').map((r) => [r.code, r]));

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const connectorsOf = (area: Area) => area.people.filter((person) => person.role === 'connector');
