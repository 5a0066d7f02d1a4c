import { useMemo } from 'react';
import type { PublicMunicipalityMap } from '../../api/types.js';
import { Heading } from '../../components/Heading.js';
import { type GeoPoint, RegionMap } from '../map/RegionMap.js';
import { UNASSIGNED_FILL, areaColors } from '../map/colors.js';

type MapData = PublicMunicipalityMap;
type Area = MapData['areas'][number];

interface PublicMapProps {
  map: MapData;
  selectedAreaId: string | undefined;
  onAreaChoose: (area: Area) => void;
  onPointClick: (point: GeoPoint) => void;
}

/** The municipality's neighbourhoods coloured per area, with the same areas as a list of buttons. */
export function PublicMap({ map, selectedAreaId, onAreaChoose, onPointClick }: PublicMapProps) {
  const colors = useMemo(() => areaColors(map.areas.map((area) => area.id)), [map.areas]);
  const areaName = useMemo(() => new Map(map.areas.map((area) => [area.id, area.name])), [map.areas]);
  const regions = map.regions;
  const title = map.municipality.connectorTitle;

  return (
    <div className="map-layout">
      <div className="map-layout__map">
        <RegionMap
          regions={regions}
          label={`Kaart van ${map.municipality.name} met ${map.areas.length} gebieden. Klik op een buurt om de ${title} te zien, of kies een gebied uit de lijst.`}
          fill={(region) => (region.areaId ? (colors.get(region.areaId) ?? UNASSIGNED_FILL) : UNASSIGNED_FILL)}
          title={(region) => `${region.name} — ${region.areaId ? (areaName.get(region.areaId) ?? '') : 'geen gebied'}`}
          isEmphasised={(region) => Boolean(selectedAreaId) && region.areaId === selectedAreaId}
          onPointClick={onPointClick}
        />
      </div>
      <div className="map-layout__legend">
        <Heading level={3} id="gebieden-lijst">
          Gebieden in {map.municipality.name}
        </Heading>
        <ul className="area-buttons" aria-labelledby="gebieden-lijst">
          {map.areas.map((area) => (
            <li key={area.id}>
              <button
                type="button"
                className="area-button"
                aria-pressed={area.id === selectedAreaId}
                onClick={() => onAreaChoose(area)}
              >
                <span className="swatch" aria-hidden="true" style={{ backgroundColor: colors.get(area.id) ?? UNASSIGNED_FILL }} />
                <span>
                  {area.name} <span className="area-button__kind">({area.kind})</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
