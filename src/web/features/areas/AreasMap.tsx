import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Area, Region } from '../../api/types.js';
import { RegionMap } from '../map/RegionMap.js';
import { UNASSIGNED_FILL, areaColors } from '../map/colors.js';
import { finestRegions } from './regions.js';

/**
 * All areas of the municipality on one map; clicking a neighbourhood opens its area. The list of areas
 * on the same page offers the same links without a mouse.
 */
export function AreasMap({ areas, regions, highlightAreaId, label }: { areas: Area[]; regions: Region[]; highlightAreaId?: string; label: string }) {
  const navigate = useNavigate();
  const shown = useMemo(() => finestRegions(regions), [regions]);
  const sortedIds = useMemo(() => [...areas].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((a) => a.id), [areas]);
  const colors = useMemo(() => areaColors(sortedIds), [sortedIds]);
  const names = useMemo(() => new Map(areas.map((area) => [area.id, area.name])), [areas]);

  return (
    <RegionMap
      regions={shown}
      label={label}
      fill={(region) => {
        if (!region.areaId) return UNASSIGNED_FILL;
        if (highlightAreaId && region.areaId !== highlightAreaId) return UNASSIGNED_FILL;
        return colors.get(region.areaId) ?? UNASSIGNED_FILL;
      }}
      title={(region) => `${region.name} (${region.code}) — ${region.areaId ? (names.get(region.areaId) ?? '') : 'nog geen gebied'}`}
      isEmphasised={highlightAreaId ? (region) => region.areaId === highlightAreaId : undefined}
      isHatched={(region) => !region.areaId}
      onRegionClick={highlightAreaId ? undefined : (region) => region.areaId && navigate(`/werk/gebieden/${region.areaId}`)}
    />
  );
}
