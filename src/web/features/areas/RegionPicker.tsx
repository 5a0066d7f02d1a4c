import { useMemo, useState } from 'react';
import type { Area, Region } from '../../api/types.js';
import { Checkbox, Fieldset } from '../../components/FormField.js';
import { RegionMap } from '../map/RegionMap.js';
import { finestRegions } from './regions.js';

interface RegionPickerProps {
  regions: Region[];
  areas: Area[];
  /** The area being edited (its own neighbourhoods are free to keep or drop); null for a new area. */
  areaId: string | null;
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  error?: string;
}

const COLORS = { selected: '#1b5e9e', free: '#f4f4f4', taken: '#c8c8c8' };

/**
 * Choose an area's CBS neighbourhoods: checkboxes grouped by CBS district (the accessible way) and the
 * same neighbourhoods on a map that toggles them on click. Neighbourhoods of another area are disabled.
 */
export function RegionPicker({ regions, areas, areaId, selected, onChange, error }: RegionPickerProps) {
  const areaNames = useMemo(() => new Map(areas.map((area) => [area.id, area.name])), [areas]);
  const groups = useMemo(() => groupByDistrict(regions), [regions]);
  const shown = useMemo(() => finestRegions(regions), [regions]);

  const otherArea = (region: Region) => (region.areaId && region.areaId !== areaId ? region.areaId : null);
  const viaDistrict = (region: Region) => Boolean(region.districtCode && selected.has(region.districtCode));
  const isChosen = (region: Region) => selected.has(region.code) || viaDistrict(region);
  const isFree = (region: Region) => !otherArea(region) && !viaDistrict(region);

  const toggle = (code: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(code);
    else next.delete(code);
    onChange(next);
  };

  const chooseDistrict = (district: Region, neighbourhoods: Region[], on: boolean) => {
    const next = new Set(selected);
    // A whole district replaces its separate neighbourhoods (the server refuses overlap-free duplicates anyway).
    for (const n of neighbourhoods) next.delete(n.code);
    if (on) next.add(district.code);
    else next.delete(district.code);
    onChange(next);
  };

  const chosenCount = shown.filter(isChosen).length;

  // Districts with nothing to choose start closed, so the list shows what matters.
  const [openGroups, setOpenGroups] = useState<Set<string>>(
    () => new Set(groups.filter((g) => g.neighbourhoods.some((n) => isChosen(n) || isFree(n))).map((g) => groupKey(g.district))),
  );
  const setGroupOpen = (key: string, isOpen: boolean) =>
    setOpenGroups((current) => {
      if (current.has(key) === isOpen) return current;
      const next = new Set(current);
      if (isOpen) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <Fieldset legend="Buurten van dit gebied" error={error} id="buurten">
      <p className="utrecht-paragraph">
        Kies de CBS-buurten die bij dit gebied horen: met de vakjes hieronder, of door op de kaart op een buurt te klikken. Buurten die al
        bij een ander gebied horen, kunt u niet kiezen; haal ze eerst bij dat gebied weg.
      </p>
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        <strong>{chosenCount}</strong> {chosenCount === 1 ? 'buurt' : 'buurten'} gekozen.
      </p>
      <div className="map-layout">
        <div className="map-layout__map">
          <RegionMap
            regions={shown}
            label="Kaart om buurten te kiezen. Dezelfde keuze kunt u maken met de vakjes ernaast."
            fill={(region) => (isChosen(region) ? COLORS.selected : otherArea(region) ? COLORS.taken : COLORS.free)}
            isHatched={(region) => Boolean(otherArea(region))}
            isEmphasised={isChosen}
            title={(region) => {
              const owner = otherArea(region);
              const state = owner ? `hoort bij ${areaNames.get(owner) ?? 'een ander gebied'}` : isChosen(region) ? 'gekozen' : 'vrij';
              return `${region.name} (${region.code}): ${state}`;
            }}
            onRegionClick={(region) => {
              if (!isFree(region)) return;
              toggle(region.code, !selected.has(region.code));
              setGroupOpen(groupKey(groups.find((g) => g.neighbourhoods.includes(region))?.district), true);
            }}
          />
          <ul className="map-legend" aria-label="Legenda">
            <li>
              <span className="swatch swatch--selected" aria-hidden="true" /> Gekozen (dik omlijnd)
            </li>
            <li>
              <span className="swatch swatch--free" aria-hidden="true" /> Vrij
            </li>
            <li>
              <span className="swatch swatch--taken" aria-hidden="true" /> Hoort bij een ander gebied (gearceerd)
            </li>
          </ul>
        </div>
        <div className="map-layout__legend region-groups">
          {groups.map(({ district, neighbourhoods }) => {
            const districtOwner = district ? otherArea(district) : null;
            const blockedBy = neighbourhoods.map(otherArea).find(Boolean);
            const key = groupKey(district);
            const title = district ? `${district.name} (${district.code})` : 'Buurten zonder CBS-wijk';
            const counts = {
              chosen: neighbourhoods.filter(isChosen).length,
              free: neighbourhoods.filter((n) => isFree(n) && !isChosen(n)).length,
              taken: neighbourhoods.filter((n) => otherArea(n)).length,
            };
            return (
              <details
                key={key}
                className="region-group"
                open={openGroups.has(key)}
                onToggle={(event) => setGroupOpen(key, event.currentTarget.open)}
              >
                <summary className="region-group__summary">
                  {title}
                  <span className="region-group__status">
                    {counts.chosen} gekozen, {counts.free} vrij, {counts.taken} bij een ander gebied
                  </span>
                </summary>
                <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset region-group__body">
                  <legend className="visually-hidden">{title}</legend>
                  {district && (
                    <Checkbox
                      id={`regio-${district.code}`}
                      label={<>Hele CBS-wijk {district.name}</>}
                      checked={selected.has(district.code)}
                      disabled={Boolean(districtOwner || blockedBy)}
                      description={
                        districtOwner
                          ? `hoort bij ${areaNames.get(districtOwner) ?? 'een ander gebied'}`
                          : blockedBy
                            ? `een deel hoort al bij ${areaNames.get(blockedBy) ?? 'een ander gebied'}`
                            : 'ook buurten die CBS later aan deze wijk toevoegt'
                      }
                      onCheckedChange={(on) => chooseDistrict(district, neighbourhoods, on)}
                    />
                  )}
                  {neighbourhoods.map((region) => {
                    const owner = otherArea(region);
                    return (
                      <Checkbox
                        key={region.code}
                        id={`regio-${region.code}`}
                        label={
                          <>
                            {region.name} <span className="code">{region.code}</span>
                          </>
                        }
                        checked={isChosen(region)}
                        disabled={!isFree(region)}
                        description={owner ? `hoort bij ${areaNames.get(owner) ?? 'een ander gebied'}` : viaDistrict(region) ? 'via de hele CBS-wijk' : undefined}
                        onCheckedChange={(on) => toggle(region.code, on)}
                      />
                    );
                  })}
                </fieldset>
              </details>
            );
          })}
        </div>
      </div>
    </Fieldset>
  );
}

const groupKey = (district: Region | undefined) => district?.code ?? 'zonder-wijk';

function groupByDistrict(regions: Region[]): { district: Region | undefined; neighbourhoods: Region[] }[] {
  const districts = regions.filter((r) => r.kind === 'district').sort((a, b) => a.code.localeCompare(b.code));
  const byName = (a: Region, b: Region) => a.name.localeCompare(b.name, 'nl');
  const groups = districts.map((district) => ({
    district,
    neighbourhoods: regions.filter((r) => r.kind === 'neighbourhood' && r.districtCode === district.code).sort(byName),
  }));
  const known = new Set(districts.map((d) => d.code));
  const orphans = regions.filter((r) => r.kind === 'neighbourhood' && (!r.districtCode || !known.has(r.districtCode))).sort(byName);
  return orphans.length > 0 ? [...groups, { district: undefined, neighbourhoods: orphans }] : groups;
}
