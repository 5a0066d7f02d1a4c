import type { Scope } from '../../platform/db/scope.js';
import { currentIndicators, getAreaFigures } from '../statistics/area-statistics.service.js';
import type { StatisticsStore } from '../statistics/statistics-store.js';
import type { FigureLine } from './agenda-prefill.js';

// The handful of kengetallen that start a conversation about livability (CBS kerncijfers, RIVM gezondheid).
const KEY_CONCEPTS = [
  'AantalInwoners',
  'k_65JaarOfOuder',
  'HuishoudensMetEenLaagInkomen',
  'WmoClientenRelatief',
  'PercentageJongerenMetJeugdzorg',
  'Eenzaam',
  'MoeiteMetRondkomen',
  'GemiddeldeWOZWaardeVanWoningen',
];

const format = (value: number | null, decimals: number) =>
  value === null ? 'onbekend' : new Intl.NumberFormat('nl-NL', { maximumFractionDigits: Math.max(0, decimals) }).format(value);

/**
 * The area's key figures beside the municipality, through the statistics module; an empty list when no
 * statistics are imported (the agenda then simply has no figures).
 */
export async function loadAgendaFigures(scope: Scope & { store: StatisticsStore; areaId: string }): Promise<FigureLine[]> {
  const snapshot = await scope.store.current();
  const seen = new Set<string>();
  const indicators = currentIndicators(snapshot)
    .filter((indicator) => KEY_CONCEPTS.includes(indicator.row.concept))
    .sort((a, b) => KEY_CONCEPTS.indexOf(a.row.concept) - KEY_CONCEPTS.indexOf(b.row.concept))
    .filter((indicator) => !seen.has(indicator.row.concept) && Boolean(seen.add(indicator.row.concept)));
  if (indicators.length === 0) return [];
  const figures = await getAreaFigures({ ...scope, indicatorIds: indicators.map((indicator) => indicator.id) });
  return figures.figures
    .filter((figure) => figure.area.value !== null)
    .map((figure) => {
      const unit = figure.indicator.unit && figure.indicator.unit !== 'aantal' ? ` ${figure.indicator.unit}` : '';
      return {
        id: figure.indicator.id,
        title: figure.indicator.title,
        text:
          `Kengetal ${figure.indicator.title}: ${format(figure.area.value, figure.indicator.decimals)}${unit}` +
          ` (gemeente ${format(figure.municipality.value, figure.indicator.decimals)}${unit}; ${figure.indicator.source})`,
      };
    });
}
