import { useMemo, useState } from 'react';
import type { PublicMunicipalityMap } from '../../api/types.js';
import { Button } from '../../components/Button.js';
import { Fieldset, SelectField } from '../../components/FormField.js';
import { RegionMap } from '../map/RegionMap.js';
import { UNASSIGNED_FILL, areaColors } from '../map/colors.js';

/** Where it is: a point on the map (with the buurt it lies in) or just a buurt; or nothing. */
export interface ChosenLocation {
  point?: { lat: number; lon: number };
  neighbourhoodCode?: string;
}

interface LocationPickerProps {
  map: PublicMunicipalityMap;
  value: ChosenLocation;
  onChange: (location: ChosenLocation) => void;
  /** An area to show first (when the resident came from its page). */
  areaId?: string;
  error?: string;
}

const SELECT_ID = 'melding-buurt';

/** An optional place: click the municipality map, or pick a buurt from the list (without a mouse). */
export function LocationPicker({ map, value, onChange, areaId, error }: LocationPickerProps) {
  const [outside, setOutside] = useState(false);
  const colors = useMemo(() => areaColors(map.areas.map((area) => area.id)), [map.areas]);
  const areaName = useMemo(() => new Map(map.areas.map((area) => [area.id, area.name])), [map.areas]);
  const neighbourhoods = useMemo(
    () => map.regions.filter((region) => region.kind === 'neighbourhood').sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [map.regions],
  );
  const chosen = neighbourhoods.find((region) => region.code === value.neighbourhoodCode);
  const own = areaId ? neighbourhoods.filter((region) => region.areaId === areaId) : [];
  const others = areaId ? neighbourhoods.filter((region) => region.areaId !== areaId) : neighbourhoods;
  const option = (region: (typeof neighbourhoods)[number]) => (
    <option key={region.code} value={region.code}>
      {region.name}
      {region.areaId && areaName.get(region.areaId) ? ` (${areaName.get(region.areaId)})` : ''}
    </option>
  );

  const summary = value.point
    ? `Gekozen plek: een punt op de kaart${chosen ? ` in de buurt ${chosen.name}` : ''}.`
    : chosen
      ? `Gekozen plek: de buurt ${chosen.name}.`
      : 'Nog geen plek gekozen (dat hoeft ook niet).';

  return (
    <Fieldset legend="Waar is het? (niet verplicht)" id="melding-locatie" error={error}>
      <p className="utrecht-paragraph">Klik op de kaart op de plek waar het om gaat, of kies de buurt in de lijst onder de kaart.</p>
      <div className="location-picker__map">
        <RegionMap
          regions={map.regions}
          label={`Kaart van ${map.municipality.name}. Klik op de plek waar het om gaat; de lijst met buurten onder de kaart werkt ook met het toetsenbord.`}
          fill={(region) => (region.areaId ? (colors.get(region.areaId) ?? UNASSIGNED_FILL) : UNASSIGNED_FILL)}
          title={(region) => `${region.name}${region.areaId ? ` — ${areaName.get(region.areaId) ?? ''}` : ''}`}
          isEmphasised={(region) => region.code === value.neighbourhoodCode || (!value.neighbourhoodCode && Boolean(areaId) && region.areaId === areaId)}
          markers={value.point ? [{ key: 'gekozen', ...value.point, label: 'De gekozen plek', isEmphasised: true }] : undefined}
          onPointClick={(point, region) => {
            if (!region) {
              setOutside(true);
              return;
            }
            setOutside(false);
            onChange({ point, neighbourhoodCode: region.kind === 'neighbourhood' ? region.code : undefined });
          }}
        />
      </div>
      <SelectField
        id={SELECT_ID}
        label="Buurt"
        value={value.neighbourhoodCode ?? ''}
        onValueChange={(code) => {
          setOutside(false);
          onChange(code ? { neighbourhoodCode: code } : {});
        }}
      >
        <option value="">Geen buurt gekozen</option>
        {own.length > 0 ? (
          <>
            <optgroup label={`Buurten van ${areaName.get(areaId as string) ?? 'dit gebied'}`}>{own.map(option)}</optgroup>
            <optgroup label="Andere buurten">{others.map(option)}</optgroup>
          </>
        ) : (
          others.map(option)
        )}
      </SelectField>
      <div className="location-picker__status">
        <p className="utrecht-paragraph" role="status" aria-live="polite">
          {outside ? 'Die plek ligt buiten de gemeente. Klik binnen de kaart, of kies een buurt.' : summary}
        </p>
        {(value.point || value.neighbourhoodCode) && (
          <Button appearance="subtle" onClick={() => onChange({})}>
            Plek wissen
          </Button>
        )}
      </div>
    </Fieldset>
  );
}
