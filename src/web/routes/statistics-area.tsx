import { useState } from 'react';
import { useParams } from 'react-router';
import { type AreaFigure, formatFigureValue } from '../../shared/schemas/statistics.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { areaReportUrl, useAreaFigures } from '../features/statistics/api.js';
import { FigureNotes, FigureValue, figureNotes } from '../features/statistics/FigureValue.js';
import { OwnFiguresSection } from '../features/statistics/OwnFigures.js';
import { TrendChart } from '../features/statistics/TrendChart.js';
import '../features/statistics/statistics.css';

/** One area's key figures beside its municipality and the Netherlands, each with source and year; trends; the PDF report. */
export function StatisticsAreaPage() {
  const { id = '' } = useParams();
  const [ownYear, setOwnYear] = useState<number | undefined>(undefined);
  const figures = useAreaFigures(id, ownYear);
  const data = figures.data;
  usePageTitle(data ? `Kengetallen ${data.area.name}` : 'Kengetallen gebied');

  const groups = new Map<string, AreaFigure[]>();
  for (const figure of data?.figures ?? []) {
    const list = groups.get(figure.indicator.source) ?? [];
    list.push(figure);
    groups.set(figure.indicator.source, list);
  }
  const trends = (data?.figures ?? []).filter((figure) => figure.history.length > 1);

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/statistieken">Kengetallen</AppLink>
      </p>
      <Heading level={1}>{data ? `Kengetallen ${data.area.name}` : 'Kengetallen'}</Heading>
      {figures.isPending && <Loading>Cijfers laden…</Loading>}
      {figures.isError && <Alert type="error">{errorMessage(figures.error)}</Alert>}
      {data && (
        <>
          <Paragraph lead>
            {data.area.name} naast de gemeente {data.municipality.name} en Nederland. Een cijfer van het gebied komt rechtstreeks uit de bron als
            het gebied precies één CBS-wijk of -buurt is; anders is het berekend (een som, of een gewogen gemiddelde waar de bron de weging
            geeft), of niet beschikbaar — nooit geschat.
          </Paragraph>
          <Paragraph>
            De{' '}
            <a className="utrecht-link utrecht-link--html-a" href="#eigen-cijfers">
              eigen cijfers
            </a>{' '}
            (signalen per 1.000 inwoners, per thema) staan onder de cijfers van CBS en RIVM.
          </Paragraph>
          <Paragraph>
            Samenstelling: {data.area.composition.map((code) => (code.startsWith('WK') ? `hele CBS-wijk ${code}` : code.startsWith('GM') ? 'de hele gemeente' : code)).join(', ')}.
          </Paragraph>
          <p className="utrecht-paragraph">
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={areaReportUrl(data.area.id)} download>
              Gebiedsrapportage downloaden (PDF)
            </a>
          </p>
          {data.figures.length === 0 && <Alert type="info">Er zijn nog geen cijfers geïmporteerd.</Alert>}
          {[...groups.entries()].map(([source, list], index) => {
            // The reason for "n.b." once per table, numbered, instead of in every row.
            const { notes, noteNumber } = figureNotes();
            for (const figure of list) {
              for (const value of [figure.area, figure.municipality, figure.country]) if (value.method === 'unavailable') noteNumber(value.note);
            }
            return (
            <section key={source} aria-labelledby={`bron-${index}`}>
              <Heading level={2} id={`bron-${index}`}>
                {source}
              </Heading>
              <div className="table-scroll">
                <table className="utrecht-table utrecht-table--html-table figure-table">
                  <caption className="utrecht-table__caption">
                    Kengetallen {data.area.name}, bron: {source}
                  </caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th scope="col" className="utrecht-table__header-cell">Indicator</th>
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{data.area.name}</th>
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{data.municipality.name}</th>
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Nederland</th>
                      <th scope="col" className="utrecht-table__header-cell">Bron en jaar</th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {list.map((figure) => (
                      <FigureRow key={figure.indicator.id} figure={figure} noteNumber={noteNumber} />
                    ))}
                  </tbody>
                </table>
                <FigureNotes notes={notes} />
              </div>
            </section>
            );
          })}
          <OwnFiguresSection own={data.own} areaName={data.area.name} municipalityName={data.municipality.name} onYearChange={setOwnYear} />
          {trends.length > 0 && (
            <section aria-labelledby="trends">
              <Heading level={2} id="trends">
                Door de jaren heen
              </Heading>
              {trends.map((figure) => (
                <TrendChart
                  key={figure.indicator.id}
                  title={figure.indicator.title}
                  points={figure.history}
                  decimals={figure.indicator.decimals}
                  unit={figure.indicator.unit}
                  areaName={data.area.name}
                />
              ))}
            </section>
          )}
        </>
      )}
    </>
  );
}

function FigureRow({ figure, noteNumber }: { figure: AreaFigure; noteNumber: (note: string) => number }) {
  const { indicator } = figure;
  const present = figure.parts.map((part) => part.value).filter((value): value is number => value !== null);
  const format = (value: number | null) => formatFigureValue(value, indicator.decimals, indicator.unit);
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__cell">
        {indicator.title}
        {indicator.description && (
          <details>
            <summary>Omschrijving</summary>
            <span className="figure-note">{indicator.description}</span>
          </details>
        )}
      </th>
      <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
        <FigureValue figure={figure.area} decimals={indicator.decimals} unit={indicator.unit} noteNumber={figure.area.method === 'unavailable' ? noteNumber(figure.area.note) : undefined} />
        {figure.area.method === 'unavailable' && present.length >= 2 && (
          <details>
            <summary>
              Per buurt: {format(Math.min(...present))} – {format(Math.max(...present))}
            </summary>
            <ul className="figure-note">
              {figure.parts.map((part) => (
                <li key={part.code}>
                  {part.name}: {format(part.value)}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
        <FigureValue figure={figure.municipality} decimals={indicator.decimals} unit={indicator.unit} noteNumber={figure.municipality.method === 'unavailable' ? noteNumber(figure.municipality.note) : undefined} />
      </td>
      <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
        <FigureValue figure={figure.country} decimals={indicator.decimals} unit={indicator.unit} noteNumber={figure.country.method === 'unavailable' ? noteNumber(figure.country.note) : undefined} />
      </td>
      <td className="utrecht-table__cell figure-source">
        {indicator.publisher} {indicator.year}, {indicator.tableId}
      </td>
    </tr>
  );
}
