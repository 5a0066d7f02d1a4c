import { useMemo } from 'react';
import type { Region } from '../../api/types.js';
import { ExternalLink } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import { finestRegions } from '../areas/regions.js';
import { RegionMap } from '../map/RegionMap.js';
import { photoUrl } from './api.js';
import type { SignalDetail } from './types.js';

const AREA_FILL = '#dce9f5';
const OTHER_FILL = '#eeeeee';

/** Where the signal is (a small map of its area with the point) and its photos. */
export function SignalPlace({ signal, regions }: { signal: SignalDetail; regions: Region[] | undefined }) {
  const shown = useMemo(() => {
    const finest = finestRegions(regions ?? []);
    const ofArea = signal.area ? finest.filter((region) => region.areaId === signal.area?.id) : [];
    return ofArea.length > 0 ? ofArea : finest;
  }, [regions, signal.area]);
  const where = signal.neighbourhood ? `buurt ${signal.neighbourhood.name}` : signal.area ? signal.area.name : 'de gemeente';

  return (
    <>
      {signal.location ? (
        <Paragraph>
          De melder koos een punt in {where} (breedtegraad {signal.location.lat.toFixed(5)}, lengtegraad {signal.location.lon.toFixed(5)}).
        </Paragraph>
      ) : (
        <Paragraph>{signal.neighbourhood ? `Gekozen buurt: ${signal.neighbourhood.name}. Er is geen punt op de kaart.` : 'Er is geen plek opgegeven.'}</Paragraph>
      )}
      {regions && (signal.location || signal.neighbourhood) && (
        <div className="signal-map">
          <RegionMap
            regions={shown}
            width={480}
            label={`Kaart van ${signal.area?.name ?? 'de gemeente'}${signal.location ? ' met de plek van het signaal als rode stip' : ''}${signal.neighbourhood ? `; buurt ${signal.neighbourhood.name} is omlijnd` : ''}.`}
            fill={(region) => (region.code === signal.neighbourhood?.code ? AREA_FILL : OTHER_FILL)}
            title={(region) => region.name}
            isEmphasised={(region) => region.code === signal.neighbourhood?.code}
            markers={signal.location ? [{ key: signal.id, ...signal.location, label: `Signaal ${signal.reference}`, isEmphasised: true }] : undefined}
          />
        </div>
      )}
      {signal.photoIds.length > 0 && (
        <ul className="photo-input__list" aria-label="Foto’s bij het signaal">
          {signal.photoIds.map((photoId, index) => (
            <li key={photoId} className="photo-input__item">
              <img src={photoUrl(signal.id, photoId)} alt={`Foto ${index + 1} bij signaal ${signal.reference}`} className="signal-photo" />
              <ExternalLink href={photoUrl(signal.id, photoId)} target="_blank" rel="noopener">
                Foto {index + 1} groot bekijken (opent in een nieuw venster)
              </ExternalLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
