import { OWN_FIGURE_COUNTING, type Figure, type OwnFigures } from '../../../shared/schemas/statistics.js';
import type { OwnFigureSet } from './own-figures.js';

const NO_AREA: Figure = { value: null, method: 'unavailable', note: 'Gebied niet gevonden.', regionCodes: [] };

/** One area's own figures beside the municipality, in the API's shape. */
export function presentOwnFigures(set: OwnFigureSet, areaId: string): OwnFigures {
  return {
    year: set.year,
    from: set.from,
    to: set.to,
    isPartialYear: set.isPartialYear,
    counting: OWN_FIGURE_COUNTING,
    inhabitants: set.inhabitants,
    unassigned: set.unassigned,
    figures: set.figures.map((figure) => {
      const own = figure.byArea.get(areaId);
      return {
        indicator: figure.indicator,
        area: own?.figure ?? NO_AREA,
        municipality: figure.municipality.figure,
        country: figure.country,
        signals: own?.signals ?? 0,
        municipalitySignals: figure.municipality.signals,
      };
    }),
  };
}
