import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { errorMessage } from '../api/client.js';
import type { Area } from '../api/types.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button, ButtonGroup } from '../components/Button.js';
import { Heading } from '../components/Heading.js';
import { AppLink, ButtonLink } from '../components/Link.js';
import { Paragraph, VisuallyHidden } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { capitalise, connectorsOf } from '../features/areas/regions.js';
import { useAreas, useDeleteArea } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useOwnMunicipality } from '../features/municipality/use-municipality.js';

/** Areas of the municipality with their neighbourhoods and connectors; administrators add, edit and delete. */
export function AdminAreasPage() {
  usePageTitle('Gebieden beheren');
  const areas = useAreas();
  const me = useMe().data;
  const municipality = useOwnMunicipality().data;
  const isAdministrator = hasRole(me, 'administrator');
  const title = municipality?.connectorTitle ?? 'wijkverbinder';
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [confirming, setConfirming] = useState<Area>();
  const [deleted, setDeleted] = useState<string>();
  const remove = useDeleteArea();
  const sorted = [...(areas.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  return (
    <>
      <Heading level={1}>Gebieden beheren</Heading>
      <Paragraph lead>
        Een gebied (wijk of kern) is een groep CBS-buurten met één {title} als aanspreekpunt.
        {!isAdministrator && ` Als coördinator wijst u de mensen van een gebied toe; de indeling zelf wijzigt een beheerder.`}
      </Paragraph>
      {notice && <Alert type="ok">{notice}</Alert>}
      {deleted && <Alert type="ok">Gebied {deleted} is verwijderd. De buurten zijn weer vrij.</Alert>}
      {remove.isError && <Alert type="error">{errorMessage(remove.error)}</Alert>}
      {isAdministrator && (
        <p className="utrecht-paragraph">
          <ButtonLink to="/werk/beheer/gebieden/nieuw">Nieuw gebied</ButtonLink>
        </p>
      )}
      {areas.isPending && <Loading>Gebieden laden…</Loading>}
      {areas.isError && <Alert type="error">{errorMessage(areas.error)}</Alert>}
      {areas.data && (
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Alle gebieden ({sorted.length})</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Gebied</th>
              <th scope="col" className="utrecht-table__header-cell">Soort</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Buurten</th>
              <th scope="col" className="utrecht-table__header-cell">{capitalise(title)}</th>
              <th scope="col" className="utrecht-table__header-cell">Acties</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {sorted.map((area) => (
              <tr key={area.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  <AppLink to={`/werk/gebieden/${area.id}`}>{area.name}</AppLink>
                </th>
                <td className="utrecht-table__cell">{area.kind}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{area.regionCodes.length}</td>
                <td className="utrecht-table__cell">{connectorsOf(area).map((p) => p.name).join(', ') || '—'}</td>
                <td className="utrecht-table__cell">
                  {confirming?.id === area.id ? (
                    <ConfirmDelete
                      area={area}
                      isBusy={remove.isPending}
                      onCancel={() => setConfirming(undefined)}
                      onConfirm={() =>
                        remove.mutate(area.id, {
                          onSuccess: () => {
                            setConfirming(undefined);
                            setDeleted(area.name);
                          },
                        })
                      }
                    />
                  ) : (
                    <ButtonGroup>
                      <AppLink to={`/werk/beheer/gebieden/${area.id}`}>
                        {isAdministrator ? 'Wijzigen' : 'Mensen toewijzen'}
                        <VisuallyHidden> {area.name}</VisuallyHidden>
                      </AppLink>
                      {isAdministrator && (
                        <Button appearance="subtle" danger onClick={() => setConfirming(area)}>
                          Verwijderen<VisuallyHidden> {area.name}</VisuallyHidden>
                        </Button>
                      )}
                    </ButtonGroup>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function ConfirmDelete({ area, isBusy, onConfirm, onCancel }: { area: Area; isBusy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-label={`${area.name} verwijderen?`}>
      <p className="utrecht-paragraph">{area.name} verwijderen? De buurten worden weer vrij.</p>
      <ButtonGroup>
        <Button ref={ref} appearance="primary" danger busy={isBusy} onClick={onConfirm}>
          Ja, verwijderen
        </Button>
        <Button appearance="secondary" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </div>
  );
}
