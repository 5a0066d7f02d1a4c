import { type OwnFigures, formatFigureValue, ownFigureYears } from '../../../shared/schemas/statistics.js';
import { SelectField } from '../../components/FormField.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import { FigureNotes, FigureValue, figureNotes } from './FigureValue.js';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });
export const formatDay = (isoDate: string) => dateFormat.format(new Date(`${isoDate}T12:00:00`));

/**
 * An area's own figures beside its municipality: signals per 1,000 inhabitants, in total and per theme, with
 * what is counted, the period, the inhabitants' source, and the reason wherever there is no figure.
 */
export function OwnFiguresSection(props: { own: OwnFigures; areaName: string; municipalityName: string; onYearChange: (year: number) => void }) {
  const { own, areaName, municipalityName } = props;
  // The total, and the themes with signals anywhere in the municipality: thirteen rows of zeros say nothing.
  const shown = own.figures.filter((figure, i) => i === 0 || figure.municipalitySignals > 0);
  const { notes, noteNumber } = figureNotes();
  for (const figure of shown) for (const value of [figure.area, figure.municipality]) if (value.method === 'unavailable') noteNumber(value.note);
  const source = `Schakel, signalen ${own.year}`;

  return (
    <section aria-labelledby="eigen-cijfers">
      <Heading level={2} id="eigen-cijfers">
        Eigen cijfers: signalen per 1.000 inwoners
      </Heading>
      <div className="statistics-controls">
        <SelectField id="eigen-cijfers-jaar" label="Jaar van de signalen" value={String(own.year)} onValueChange={(value) => props.onYearChange(Number(value))}>
          {ownFigureYears().map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </SelectField>
      </div>
      <Paragraph>
        Periode: {formatDay(own.from)} tot en met {formatDay(own.to)} (datum van ontvangst)
        {own.isPartialYear ? '. Het jaar is nog niet om: vergelijk gebieden onderling, niet met een heel jaar.' : '.'}{' '}
        {own.inhabitants ? `Inwoners: ${own.inhabitants.source}.` : 'Er zijn nog geen CBS-inwonertallen geïmporteerd.'} Er is geen landelijk cijfer: signalen
        zijn gegevens van de eigen gemeente.
        {own.unassigned > 0 &&
          ` ${own.unassigned} ${own.unassigned === 1 ? 'signaal heeft' : 'signalen hebben'} geen gebied en ${own.unassigned === 1 ? 'telt' : 'tellen'} alleen mee voor de gemeente.`}
      </Paragraph>
      <details className="utrecht-paragraph">
        <summary>Wat telt mee?</summary>
        <span className="figure-note">{own.counting}</span>
      </details>
      <div className="table-scroll">
        <table className="utrecht-table utrecht-table--html-table figure-table">
          <caption className="utrecht-table__caption">
            Eigen cijfers {areaName}, bron: {source}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Thema</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Signalen {areaName}</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{areaName} per 1.000 inwoners</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{municipalityName} per 1.000 inwoners</th>
              <th scope="col" className="utrecht-table__header-cell">Bron en jaar</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {shown.map((figure) => (
              <tr key={figure.indicator.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {capitalise(figure.indicator.variant ?? figure.indicator.title)}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{formatFigureValue(figure.signals, 0, '')}</td>
                {[figure.area, figure.municipality].map((value, i) => (
                  <td key={i === 0 ? 'area' : 'municipality'} className="utrecht-table__cell utrecht-table__cell--numeric-data">
                    <FigureValue figure={value} decimals={1} unit="" noteNumber={value.method === 'unavailable' ? noteNumber(value.note) : undefined} />
                  </td>
                ))}
                <td className="utrecht-table__cell figure-source">{source}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <FigureNotes notes={notes} />
      </div>
      {shown[0]?.area.method === 'rate' && (
        <Paragraph>
          Berekening voor {areaName}, alle thema’s: {shown[0].area.note}
        </Paragraph>
      )}
      {shown.length === 1 && <Paragraph>In deze periode zijn er in de gemeente nog geen signalen met een thema.</Paragraph>}
    </section>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
