import { useSearchParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { SelectField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { ApproachForm } from '../features/signals/ApproachForm.js';
import { useApproaches, useRecurring, useTrends } from '../features/signals/api.js';
import { formatDate, statusLabel, themeLabel } from '../features/signals/labels.js';
import '../features/signals/signals.css';

const PERIODS = [60, 120, 365] as const;

/** Problems that keep coming back in an area, proposals for a broader approach, and themes rising city-wide. */
export function SignalRecurringPage() {
  usePageTitle('Terugkerende problemen');
  const me = useMe().data;
  const canPropose = hasRole(me, 'connector', 'coordinator');
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = Number(searchParams.get('dagen'));
  const days = (PERIODS as readonly number[]).includes(requested) ? requested : 120;
  const recurring = useRecurring(days);
  const trends = useTrends(Math.min(days, 365));
  const approaches = useApproaches();

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/signalen">Signalen</AppLink>
      </p>
      <Heading level={1}>Terugkerende problemen</Heading>
      <Paragraph lead>
        Komt hetzelfde probleem steeds terug in een gebied, dan is één signaal tegelijk oplossen niet genoeg. Stel dan een bredere aanpak voor.
      </Paragraph>
      <form className="form" aria-label="Periode kiezen" onSubmit={(event) => event.preventDefault()}>
        <SelectField id="periode" label="Periode" value={String(days)} onValueChange={(value) => setSearchParams({ dagen: value }, { replace: true })}>
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              De laatste {period} dagen
            </option>
          ))}
        </SelectField>
      </form>

      <section aria-labelledby="clusters-titel">
        <Heading level={2} id="clusters-titel">
          Gelijksoortige signalen per gebied
        </Heading>
        {recurring.isPending && <Loading>Zoeken naar terugkerende problemen…</Loading>}
        {recurring.isError && <Alert type="error">{errorMessage(recurring.error)}</Alert>}
        {recurring.data?.length === 0 && <Paragraph>Geen terugkerende problemen gevonden in deze periode.</Paragraph>}
        {recurring.data?.map((cluster, index) => (
          <article key={`${cluster.area.id}-${cluster.signals[0]?.id ?? index}`} className="cluster" aria-labelledby={`cluster-${index}`}>
            <Heading level={3} id={`cluster-${index}`}>
              {cluster.area.name}: {cluster.signals.length} signalen{cluster.themes.length > 0 ? ` over ${cluster.themes.map(themeLabel).join(', ').toLowerCase()}` : ''}
            </Heading>
            <Paragraph>
              Van {formatDate(cluster.firstAt)} tot {formatDate(cluster.lastAt)}.
            </Paragraph>
            <ul className="utrecht-unordered-list">
              {cluster.signals.map((signal) => (
                <li key={signal.id} className="utrecht-unordered-list__item">
                  <AppLink to={`/werk/signalen/${signal.id}`} className="reference">
                    {signal.reference}
                  </AppLink>{' '}
                  ({statusLabel(signal.status).toLowerCase()}): {signal.excerpt}
                </li>
              ))}
            </ul>
            {canPropose && <ApproachForm cluster={cluster} index={index} />}
          </article>
        ))}
      </section>

      <section aria-labelledby="voorstellen-titel">
        <Heading level={2} id="voorstellen-titel">
          Voorstellen voor een bredere aanpak
        </Heading>
        {approaches.isPending && <Loading />}
        {approaches.isError && <Alert type="error">{errorMessage(approaches.error)}</Alert>}
        {approaches.data?.length === 0 && <Paragraph>Nog geen voorstellen.</Paragraph>}
        {approaches.data && approaches.data.length > 0 && (
          <ul className="approach-list">
            {approaches.data.map((approach) => (
              <li key={approach.id} className="approach-list__item">
                <Heading level={3}>{approach.title}</Heading>
                <Paragraph small>
                  {approach.area ?? 'Hele gemeente'} · {approach.status === 'proposed' ? 'voorgesteld' : approach.status} op {formatDate(approach.createdAt)}
                  {approach.createdBy ? ` door ${approach.createdBy}` : ''} · signalen {approach.signalReferences.join(', ')}
                </Paragraph>
                <p className="utrecht-paragraph preserve-lines">{approach.proposal}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="trends-titel">
        <Heading level={2} id="trends-titel">
          Stadsniveau: thema’s die in meerdere gebieden toenemen
        </Heading>
        {trends.isPending && <Loading />}
        {trends.isError && <Alert type="error">{errorMessage(trends.error)}</Alert>}
        {trends.data?.length === 0 && <Paragraph>Geen thema’s die in meerdere gebieden tegelijk toenemen.</Paragraph>}
        {trends.data && trends.data.length > 0 && (
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Thema’s in opkomst: de laatste {Math.min(days, 365)} dagen tegenover de periode daarvoor</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Thema</th>
                <th scope="col" className="utrecht-table__header-cell">Neemt toe in</th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Signalen nu</th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Daarvoor</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {trends.data.map((trend) => (
                <tr key={trend.theme} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">{themeLabel(trend.theme)}</th>
                  <td className="utrecht-table__cell">{trend.risingIn.join(', ')}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{trend.recent}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{trend.before}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
