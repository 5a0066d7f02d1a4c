import { useSearchParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button, ButtonGroup } from '../components/Button.js';
import { Heading } from '../components/Heading.js';
import { AppLink, ButtonLink, ExternalLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useAreas } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { exportUrl, useSignalList } from '../features/signals/api.js';
import { InboxFilters, filtersFromSearch, searchFromFilters } from '../features/signals/InboxFilters.js';
import { SignalTable } from '../features/signals/SignalTable.js';
import '../features/signals/signals.css';

const PAGE_SIZE = 25;

/** The signals inbox: filters in the address bar, a table, paging and a CSV export with the same filters. */
export function SignalInboxPage() {
  usePageTitle('Signalen');
  const me = useMe().data;
  const [searchParams, setSearchParams] = useSearchParams();
  const isConnector = hasRole(me, 'connector');
  const filters = filtersFromSearch(searchParams, isConnector);
  const page = Math.max(1, Number.parseInt(searchParams.get('pagina') ?? '1', 10) || 1);
  const list = useSignalList({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const areas = useAreas();
  const total = list.data?.total ?? 0;
  // The server counts up to a cap: beyond it, say "meer dan" and keep paging while pages are full.
  const isCapped = list.data?.isTotalCapped ?? false;
  const totalLabel = isCapped ? `meer dan ${total}` : String(total);
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
  const last = isCapped ? first + (list.data?.items.length ?? 0) - 1 : Math.min(total, page * PAGE_SIZE);
  const isFullPage = (list.data?.items.length ?? 0) === PAGE_SIZE;
  const pages = isCapped ? Math.max(Math.ceil(total / PAGE_SIZE), page + (isFullPage ? 1 : 0)) : Math.max(1, Math.ceil(total / PAGE_SIZE));
  const canEnter = hasRole(me, 'connector', 'coordinator', 'administrator', 'specialist', 'partner');
  const seesAll = hasRole(me, 'connector', 'coordinator', 'administrator', 'alderman');

  const goTo = (nextPage: number) => {
    const next = new URLSearchParams(searchParams);
    if (nextPage > 1) next.set('pagina', String(nextPage));
    else next.delete('pagina');
    setSearchParams(next);
  };

  return (
    <>
      <Heading level={1}>Signalen</Heading>
      <Paragraph lead>
        {seesAll
          ? 'Wat inwoners, partners en collega’s hebben gesignaleerd, met de stand van zaken.'
          : hasRole(me, 'specialist')
            ? 'De signalen waarover u een verzoek heeft gekregen.'
            : 'De signalen die u heeft vastgelegd.'}
      </Paragraph>
      <ButtonGroup>
        {canEnter && <ButtonLink to="/werk/signalen/nieuw">Signaal vastleggen</ButtonLink>}
        {seesAll && (
          <ButtonLink to="/werk/signalen/terugkerend" appearance="secondary">
            Terugkerende problemen
          </ButtonLink>
        )}
      </ButtonGroup>

      <InboxFilters
        key={searchParams.toString()}
        filters={filters}
        areas={areas.data ?? []}
        canFilterMine={isConnector}
        onApply={(next) => setSearchParams(searchFromFilters(next, isConnector))}
        onReset={() => setSearchParams(searchFromFilters({ status: 'open', mine: isConnector ? 'true' : undefined }, isConnector))}
      />

      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {list.data ? `${totalLabel} ${total === 1 && !isCapped ? 'signaal' : 'signalen'} gevonden.` : ''}
      </div>
      {list.isPending && <Loading>Signalen laden…</Loading>}
      {list.isError && <Alert type="error">{errorMessage(list.error)}</Alert>}
      {list.data && list.data.items.length === 0 && <Paragraph>Geen signalen gevonden met deze filters.</Paragraph>}
      {list.data && list.data.items.length > 0 && (
        <>
          <SignalTable items={list.data.items} caption={`Signalen ${first}–${last} van ${totalLabel}`} captionId="signalen-tabel" />
          {pages > 1 && (
            <nav className="pagination" aria-label="Pagina’s">
              <Button appearance="secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                Vorige pagina
              </Button>
              <span>
                Pagina {page} van {pages}
              </span>
              <Button appearance="secondary" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                Volgende pagina
              </Button>
            </nav>
          )}
        </>
      )}
      <p className="utrecht-paragraph">
        <ExternalLink href={exportUrl(filters)} download>
          Deze signalen downloaden als CSV-bestand
        </ExternalLink>{' '}
        (zonder gegevens van melders; te openen in Excel).
      </p>
      <p className="utrecht-paragraph">
        <AppLink to="/werk/wegwijzer">Wie gaat waarover? Zoek in de wegwijzer</AppLink>
      </p>
    </>
  );
}
