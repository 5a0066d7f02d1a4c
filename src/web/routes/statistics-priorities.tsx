import { type FormEvent, useMemo, useState } from 'react';
import {
  NATIONAL_RANKING_LIMIT,
  RANKING_LEVEL_LABELS,
  type Ranking,
  type RankingLevel,
  formatFigureValue,
  ownFigureIndicators,
  ownFigureYears,
} from '../../shared/schemas/statistics.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { Checkbox, Fieldset, Radio, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useIndicators, usePrioritySelections, useRanking, useSavePrioritySelection } from '../features/statistics/api.js';
import { IndicatorSelect } from '../features/statistics/IndicatorSelect.js';
import '../features/statistics/statistics.css';

interface Row {
  key: number;
  id: string;
  weight: string;
  higherIsBetter: boolean;
}

const DEFAULTS = [/\.20300\.Eenzaam_28$/, /\.20300\.MoeiteMetRondkomen_38$/, /\.20300\.ErnstigeGeluidhinderDoorBuren_37$/];
const BAR_COLORS = ['#08519c', '#b35806', '#1b7837', '#762a83', '#8c510a', '#01665e', '#c51b7d', '#4d4d4d', '#2166ac', '#d6604d', '#5aae61', '#9970ab'];

/** The priority index: indicators and weights → areas ranked with each indicator's share; saved per year. */
export function StatisticsPrioritiesPage() {
  usePageTitle('Prioriteitsindex');
  const me = useMe().data;
  const indicators = useIndicators();
  const list = indicators.data ?? [];
  const saved = usePrioritySelections();
  const ranking = useRanking();
  const save = useSavePrioritySelection();
  const canSave = hasRole(me, 'administrator', 'coordinator');

  const [level, setLevel] = useState<RankingLevel>('area');
  // Own figures (signals per 1,000 inhabitants) exist per area only.
  const ownChoices = useMemo(() => ownFigureYears().flatMap(ownFigureIndicators), []);
  const selectable = level === 'area' ? [...list, ...ownChoices] : list;
  const [isNational, setNational] = useState(false);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [nextKey, setNextKey] = useState(10);
  const defaults: Row[] = DEFAULTS.map((pattern) => list.find((indicator) => pattern.test(indicator.id)))
    .filter((indicator): indicator is NonNullable<typeof indicator> => Boolean(indicator))
    .map((indicator, i) => ({ key: i, id: indicator.id, weight: i === 0 ? '2' : '1', higherIsBetter: indicator.higherIsBetter }));
  const current = rows ?? (defaults.length > 0 ? defaults : list[0] ? [{ key: 0, id: list[0].id, weight: '1', higherIsBetter: list[0].higherIsBetter }] : []);
  const update = (key: number, change: Partial<Row>) => setRows(current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [title, setTitle] = useState('Gebiedsgerichte aanpak');
  const [note, setNote] = useState('');
  const [priorityUnits, setPriorityUnits] = useState<string[]>([]);

  const requestBody = () => ({
    level,
    scope: level !== 'area' && isNational ? ('country' as const) : ('municipality' as const),
    indicators: current.map((row) => ({ id: row.id, weight: Number(row.weight.replace(',', '.')), higherIsBetter: row.higherIsBetter })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPriorityUnits([]);
    save.reset();
    ranking.mutate(requestBody());
  };
  const submitSave = (event: FormEvent) => {
    event.preventDefault();
    const body = requestBody();
    save.mutate({ year: Number(year), body: { title, level: body.level, indicators: body.indicators, priorityUnits, note } });
  };
  const result = ranking.data;

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/statistieken">Kengetallen</AppLink>
      </p>
      <Heading level={1}>Prioriteitsindex</Heading>
      <Paragraph lead>
        Kies indicatoren en hun gewicht: de gebieden komen op volgorde van aandacht, met per indicator zijn bijdrage aan de score. Bewaar de keuze als
        gebiedsgerichte aanpak van een jaar.
      </Paragraph>
      {indicators.isPending && <Loading />}
      {indicators.isError && <Alert type="error">{errorMessage(indicators.error)}</Alert>}
      {indicators.data && list.length === 0 && <Alert type="info">Er zijn nog geen cijfers geïmporteerd.</Alert>}

      {list.length > 0 && (
        <form className="form" onSubmit={submit} noValidate>
          <Fieldset legend="Wat rangschikken">
            {(Object.keys(RANKING_LEVEL_LABELS) as RankingLevel[]).map((value) => (
              <Radio key={value} name="eenheid" id={`eenheid-${value}`} label={RANKING_LEVEL_LABELS[value]} checked={level === value} onSelect={() => setLevel(value)} />
            ))}
            {level !== 'area' && (
              <Checkbox id="landelijk" label="Alle CBS-wijken of -buurten van Nederland (landelijke vergelijking)" checked={isNational} onCheckedChange={setNational} />
            )}
          </Fieldset>
          <Fieldset legend="Indicatoren en gewichten">
            {current.map((row, index) => (
              <div key={row.key} className="priority-indicator">
                <IndicatorSelect
                  id={`indicator-${row.key}`}
                  label={`Indicator ${index + 1}`}
                  indicators={selectable}
                  value={row.id}
                  onChange={(id) => update(row.key, { id, higherIsBetter: selectable.find((indicator) => indicator.id === id)?.higherIsBetter ?? false })}
                />
                <TextField id={`gewicht-${row.key}`} label="Gewicht" inputMode="decimal" value={row.weight} onValueChange={(weight) => update(row.key, { weight })} />
                <Checkbox id={`gunstig-${row.key}`} label="Hoge waarde is gunstig" checked={row.higherIsBetter} onCheckedChange={(higherIsBetter) => update(row.key, { higherIsBetter })} />
                <Button appearance="subtle" onClick={() => setRows(current.filter((other) => other.key !== row.key))} disabled={current.length === 1}>
                  Verwijder<span className="visually-hidden"> indicator {index + 1}</span>
                </Button>
              </div>
            ))}
            <Button
              onClick={() => {
                setRows([...current, { key: nextKey, id: list[0]?.id ?? '', weight: '1', higherIsBetter: list[0]?.higherIsBetter ?? false }]);
                setNextKey(nextKey + 1);
              }}
              disabled={current.length >= 12}
            >
              Indicator toevoegen
            </Button>
          </Fieldset>
          <p className="utrecht-paragraph">
            <Button type="submit" appearance="primary" busy={ranking.isPending}>
              Rangschikken
            </Button>
          </p>
        </form>
      )}

      <section aria-labelledby="normalisatie">
        <Heading level={2} id="normalisatie">
          Hoe de score werkt
        </Heading>
        <Paragraph>
          Per indicator krijgt de eenheid met de hoogste waarde 1 en die met de laagste 0; de rest naar verhouding daartussen (min-max-normalisatie over de
          eenheden in de lijst). Is een hoge waarde gunstig (zoals ‘ervaren gezondheid goed’), dan is dat omgekeerd. De score is het gewogen gemiddelde maal
          100: tussen 0 en 100, en hoger betekent meer aandacht. De bijdrage van een indicator is zijn deel van die punten. Een gebied zonder waarde voor
          een gekozen indicator doet niet mee en staat apart: een ontbrekend cijfer raden we niet.
        </Paragraph>
        <Paragraph>
          Eigen cijfers — signalen per 1.000 inwoners, in totaal of per thema, uit Schakel — kiest u bij ‘Gebieden’: ze bestaan per gebied en worden
          op dezelfde manier genormaliseerd. Standaard vraagt een hoog aantal signalen aandacht; vink ‘Hoge waarde is gunstig’ aan als u het anders
          weegt. Een gebied zonder inwonertal van het CBS heeft geen eigen cijfer en doet dan niet mee.
        </Paragraph>
      </section>

      {ranking.isError && <Alert type="error">{errorMessage(ranking.error)}</Alert>}
      {result && <RankingResult ranking={result} />}

      {result && canSave && result.scope === 'municipality' && (
        <section aria-labelledby="bewaren">
          <Heading level={2} id="bewaren">
            Bewaren als gebiedsgerichte aanpak
          </Heading>
          <form className="form" onSubmit={submitSave} noValidate>
            <TextField id="aanpak-jaar" label="Jaar" inputMode="numeric" value={year} onValueChange={setYear} />
            <TextField id="aanpak-titel" label="Titel" value={title} onValueChange={setTitle} />
            <Fieldset legend="Prioriteitsgebieden">
              {result.ranked.map((unit) => (
                <Checkbox
                  key={unit.unitId}
                  id={`prioriteit-${unit.unitId}`}
                  label={`${unit.rank}. ${unit.name}`}
                  checked={priorityUnits.includes(unit.unitId)}
                  onCheckedChange={(checked) => setPriorityUnits(checked ? [...priorityUnits, unit.unitId] : priorityUnits.filter((id) => id !== unit.unitId))}
                />
              ))}
            </Fieldset>
            <TextField id="aanpak-toelichting" label="Toelichting" value={note} onValueChange={setNote} />
            {save.isError && <Alert type="error">{errorMessage(save.error)}</Alert>}
            {save.isSuccess && <Alert type="ok">Bewaard als {save.data.title} {save.data.year}.</Alert>}
            <Button type="submit" appearance="primary" busy={save.isPending}>
              Aanpak bewaren
            </Button>
          </form>
        </section>
      )}

      <section aria-labelledby="bewaard">
        <Heading level={2} id="bewaard">
          Bewaarde aanpak per jaar
        </Heading>
        {saved.isError && <Alert type="error">{errorMessage(saved.error)}</Alert>}
        {saved.data?.length === 0 && <Paragraph>Nog geen aanpak bewaard.</Paragraph>}
        <ul>
          {saved.data?.map((selection) => (
            <li key={selection.id}>
              <strong>
                {selection.year}: {selection.title}
              </strong>{' '}
              — {RANKING_LEVEL_LABELS[selection.level].toLowerCase()}; prioriteit: {selection.priorityUnits.map((unit) => unit.name).join(', ') || 'geen gekozen'}
              {selection.updatedBy ? ` (bewaard door ${selection.updatedBy})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function RankingResult({ ranking }: { ranking: Ranking }) {
  const shown = ranking.ranked.slice(0, 300);
  return (
    <section aria-labelledby="rangorde">
      <Heading level={2} id="rangorde">
        Rangorde ({ranking.rankedTotal} {RANKING_LEVEL_LABELS[ranking.level].toLowerCase()})
      </Heading>
      {ranking.ranked.length < ranking.rankedTotal && (
        <Paragraph>
          Hieronder de eerste {NATIONAL_RANKING_LIMIT} van Nederland en, waar ze ook staan, die van uw eigen gemeente.
        </Paragraph>
      )}
      <ul className="map-legend" aria-label="Kleuren van de indicatoren in de balken">
        {ranking.indicators.map((indicator, i) => (
          <li key={indicator.id}>
            <span className="legend-swatch" style={{ backgroundColor: BAR_COLORS[i % BAR_COLORS.length] }} aria-hidden="true" />
            {indicator.title} — gewicht {formatFigureValue(indicator.weight, indicator.weight % 1 === 0 ? 0 : 1, '')} ({formatFigureValue(indicator.share * 100, 0, '%')}),{' '}
            {indicator.higherIsBetter ? 'hoog is gunstig' : 'hoog vraagt aandacht'}; {indicator.source}
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="utrecht-table utrecht-table--html-table figure-table">
          <caption className="utrecht-table__caption">Rangorde met de bijdrage (punten) van elke indicator aan de score</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Plaats</th>
              <th scope="col" className="utrecht-table__header-cell">Naam</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Score</th>
              <th scope="col" className="utrecht-table__header-cell">Opbouw</th>
              {ranking.indicators.map((indicator) => (
                <th key={indicator.id} scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                  {indicator.title}
                  <span className="figure-note">waarde · punten</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {shown.map((unit) => (
              <tr key={unit.unitId} className="utrecht-table__row">
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{unit.rank}</td>
                <th scope="row" className="utrecht-table__cell">{unit.name}</th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{formatFigureValue(unit.score, 1, '')}</td>
                <td className="utrecht-table__cell">
                  <span className="contribution-bar" aria-hidden="true">
                    {unit.contributions.map((contribution, i) => (
                      <span key={contribution.indicatorId} style={{ width: `${contribution.points}%`, backgroundColor: BAR_COLORS[i % BAR_COLORS.length] }} />
                    ))}
                  </span>
                </td>
                {unit.contributions.map((contribution, i) => (
                  <td key={contribution.indicatorId} className="utrecht-table__cell utrecht-table__cell--numeric-data">
                    {formatFigureValue(contribution.value, 1, ranking.indicators[i]?.unit === '%' ? '%' : '')} · {formatFigureValue(contribution.points, 1, '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ranking.ranked.length > shown.length && <Paragraph>De eerste {shown.length} van {ranking.ranked.length} staan hierboven.</Paragraph>}
      {ranking.excludedTotal > 0 && (
        <>
          <Heading level={3}>Niet gerangschikt ({ranking.excludedTotal})</Heading>
          {ranking.level === 'area' && (
            <Paragraph>
              Een gebied dat geen hele CBS-wijk is, heeft voor percentages (zoals die van RIVM) geen eigen cijfer. Kies dan ‘CBS-buurten’ om op buurtniveau
              te rangschikken.
            </Paragraph>
          )}
          <ul>
            {ranking.excluded.slice(0, 100).map((unit) => (
              <li key={unit.unitId}>
                {unit.name}: {unit.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
