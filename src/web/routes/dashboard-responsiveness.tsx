import { useState } from 'react';
import type { ResponsivenessFigures } from '../../shared/schemas/activity.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { exportUrl, useResponsiveness } from '../features/activities/api.js';
import { ExportLinks, formatDate, formatShare } from '../features/activities/fields.js';
import '../features/activities/activities.css';

/** "50.5" hours → "2 d 2 u"; under a day in hours. */
function formatDuration(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 24) return `${hours.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} u`;
  const days = Math.floor(hours / 24);
  const rest = Math.round(hours - days * 24);
  return rest === 0 ? `${days} d` : `${days} d ${rest} u`;
}

const HEADERS = ['Verzoeken', 'Beantwoord', 'Nog open', 'Mediaan tot gezien', 'Mediaan tot antwoord', 'Te laat', 'Aandeel te laat'];

function FigureCells({ figures }: { figures: ResponsivenessFigures }) {
  const cell = 'utrecht-table__cell utrecht-table__cell--numeric-data';
  return (
    <>
      <td className={cell}>{figures.count}</td>
      <td className={cell}>{figures.answered}</td>
      <td className={cell}>{figures.open}</td>
      <td className={cell}>{formatDuration(figures.medianHoursToAcknowledge)}</td>
      <td className={cell}>{formatDuration(figures.medianHoursToAnswer)}</td>
      <td className={cell}>{figures.overdue}</td>
      <td className={`${cell}${(figures.overdueShare ?? 0) >= 0.25 ? ' is-over' : ''}`}>{formatShare(figures.overdueShare)}</td>
    </>
  );
}

function FiguresTable({ caption, first, rows }: { caption: string; first: string[]; rows: { key: string; names: string[]; figures: ResponsivenessFigures }[] }) {
  return (
    <div className="table-scroll">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {[...first, ...HEADERS].map((header, index) => (
              <th key={header} scope="col" className={`utrecht-table__header-cell${index >= first.length ? ' utrecht-table__header-cell--numeric-column' : ''}`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">{row.names[0]}</th>
              {row.names.slice(1).map((name) => (
                <td key={name} className="utrecht-table__cell">{name}</td>
              ))}
              <FigureCells figures={row.figures} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Which departments leave the connectors' requests waiting: the measured answer to "that is extra work". */
export function DashboardResponsivenessPage() {
  usePageTitle('Reactiesnelheid van afdelingen');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = { from: from || undefined, to: to || undefined };
  const figures = useResponsiveness(query);

  return (
    <>
      <Heading level={1}>Reactiesnelheid van afdelingen</Heading>
      <Paragraph lead>
        Hoe snel reageren afdelingen en specialisten op de verzoeken van wijkverbinders? Mediaan: de helft van de verzoeken was sneller. Te laat: na de
        afgesproken termijn beantwoord, of nog open terwijl de termijn voorbij is.
      </Paragraph>
      <form className="filters" aria-label="Periode" onSubmit={(event) => event.preventDefault()}>
        <TextField id="reactie-van" label="Van (niet verplicht)" type="date" value={from} onValueChange={setFrom} />
        <TextField id="reactie-tot" label="Tot en met (niet verplicht)" type="date" value={to} onValueChange={setTo} />
      </form>
      {figures.isPending && <Loading>Cijfers laden…</Loading>}
      {figures.isError && <Alert type="error">{errorMessage(figures.error)}</Alert>}
      {figures.data && (
        <>
          <Paragraph>
            Verzoeken gesteld van {formatDate(figures.data.from)} tot en met {formatDate(figures.data.to)}.
          </Paragraph>
          {figures.data.departments.length === 0 ? (
            <Paragraph>In deze periode zijn geen verzoeken gesteld.</Paragraph>
          ) : (
            <>
              <section aria-labelledby="per-afdeling">
                <Heading level={2} id="per-afdeling">
                  Per afdeling
                </Heading>
                <FiguresTable caption="Reactiesnelheid per afdeling" first={['Afdeling']} rows={figures.data.departments.map((d) => ({ key: d.department, names: [d.department], figures: d }))} />
              </section>
              <section aria-labelledby="per-kwartaal">
                <Heading level={2} id="per-kwartaal">
                  Per kwartaal
                </Heading>
                <FiguresTable
                  caption="Reactiesnelheid per kwartaal en afdeling"
                  first={['Kwartaal', 'Afdeling']}
                  rows={figures.data.quarters.map((q) => ({ key: `${q.quarter}/${q.department}`, names: [q.quarter.replace('-Q', ' K'), q.department], figures: q }))}
                />
              </section>
              {figures.data.specialists && (
                <section aria-labelledby="per-specialist">
                  <Heading level={2} id="per-specialist">
                    Per specialist
                  </Heading>
                  <Paragraph small>Alleen zichtbaar voor de coördinator en beheerders: het gaat over het werk van één collega.</Paragraph>
                  <FiguresTable
                    caption="Reactiesnelheid per specialist"
                    first={['Specialist', 'Afdeling']}
                    rows={figures.data.specialists.map((s) => ({ key: s.specialistId, names: [s.name, s.department], figures: s }))}
                  />
                </section>
              )}
            </>
          )}
          <ExportLinks label="Reactiesnelheid exporteren" csv={exportUrl('responsiveness', 'csv', query)} xlsx={exportUrl('responsiveness', 'xlsx', query)} />
        </>
      )}
    </>
  );
}
