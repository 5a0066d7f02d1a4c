import { useMemo } from 'react';
import { errorMessage } from '../../api/client.js';
import type { Region } from '../../api/types.js';
import { Alert, Loading } from '../../components/Alert.js';
import { Heading } from '../../components/Heading.js';
import { AppLink } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import { finestRegions } from '../areas/regions.js';
import { RegionMap } from '../map/RegionMap.js';
import { useSignalList, useSignalPoints } from './api.js';
import { SignalTable } from './SignalTable.js';
import './signals.css';

const LIMIT = 50;

/** On an area's page: its open signals in a table, and those with a place as dots on the area's map. */
export function AreaSignals({ area, regions }: { area: { id: string; name: string }; regions: Region[] | undefined }) {
  const list = useSignalList({ areaId: area.id, status: 'open', sort: 'newest', limit: LIMIT, offset: 0 });
  const points = useSignalPoints(area.id);
  const shown = useMemo(() => finestRegions(regions ?? []).filter((region) => region.areaId === area.id), [regions, area.id]);
  const total = list.data?.total ?? 0;

  return (
    <section aria-labelledby="open-signalen">
      <Heading level={2} id="open-signalen">
        Open signalen
      </Heading>
      {list.isPending && <Loading>Signalen laden…</Loading>}
      {list.isError && <Alert type="error">{errorMessage(list.error)}</Alert>}
      {list.data && total === 0 && <Paragraph>Er zijn geen open signalen in {area.name}.</Paragraph>}
      {list.data && total > 0 && (
        <>
          <div className="map-layout map-layout--small">
            <div className="map-layout__map">
              {shown.length > 0 && points.data && (
                <RegionMap
                  regions={shown}
                  width={480}
                  label={`Kaart van ${area.name} met ${points.data.length} open ${points.data.length === 1 ? 'signaal' : 'signalen'} met een plek als rode stippen; de tabel noemt alle open signalen.`}
                  fill={() => '#dce9f5'}
                  title={(region) => region.name}
                  markers={points.data.map((point) => ({ key: point.id, lat: point.lat, lon: point.lon, label: `Signaal ${point.reference}` }))}
                />
              )}
              {points.isError && <Alert type="warning">De kaart met signalen kon niet worden geladen: {errorMessage(points.error)}</Alert>}
            </div>
            <div className="map-layout__legend">
              <Paragraph>
                {total} open {total === 1 ? 'signaal' : 'signalen'}
                {points.data ? `, waarvan ${points.data.length} met een plek op de kaart` : ''}.
              </Paragraph>
              <p className="utrecht-paragraph">
                <AppLink to={`/werk/signalen?areaId=${encodeURIComponent(area.id)}&mine=false`}>Alle signalen van {area.name} in de inbox</AppLink>
              </p>
            </div>
          </div>
          <SignalTable
            items={list.data.items}
            caption={total > LIMIT ? `De nieuwste ${LIMIT} van ${total} open signalen` : `Open signalen (${total})`}
            captionId="open-signalen-tabel"
            showArea={false}
          />
        </>
      )}
    </section>
  );
}
