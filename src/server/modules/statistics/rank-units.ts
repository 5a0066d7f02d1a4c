/** One indicator of a ranking, with its value for every unit (area, district or neighbourhood). */
export interface RankingColumn {
  indicatorId: string;
  weight: number;
  higherIsBetter: boolean;
  valueOf: (unitId: string) => number | null;
}

export interface RankedUnit {
  unitId: string;
  name: string;
  rank: number;
  score: number;
  contributions: { indicatorId: string; value: number; normalised: number; points: number }[];
}

export interface RankingResult {
  ranked: RankedUnit[];
  excluded: { unitId: string; name: string; missing: string[]; reason: string }[];
  columns: { indicatorId: string; share: number; min: number | null; max: number | null }[];
}

const collator = new Intl.Collator('nl');

export const RANKING_METHOD =
  'Per indicator krijgt de eenheid met de hoogste waarde 1 en die met de laagste 0; de rest naar verhouding daartussen ' +
  '(min-max-normalisatie over de eenheden in deze lijst). Bij een indicator waar een hoge waarde gunstig is, is dat omgekeerd: ' +
  'de laagste waarde krijgt 1. De score is het gewogen gemiddelde maal 100 (0–100); de bijdrage van een indicator is zijn ' +
  'deel van die punten. Een hoge score vraagt dus meer aandacht. Eenheden zonder waarde voor een gekozen indicator doen niet mee ' +
  'en staan apart, want een ontbrekend cijfer raden we niet.';

/**
 * Ranks units by a weighted sum of min-max normalised indicators: 100 × Σ (weight share × normalised value).
 * Only units with a value for every indicator are ranked; the others are listed with what they miss.
 */
export function rankUnits(options: { units: { unitId: string; name: string }[]; columns: RankingColumn[] }): RankingResult {
  const { units, columns } = options;
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const complete: { unitId: string; name: string; values: number[] }[] = [];
  const excluded: RankingResult['excluded'] = [];
  for (const unit of units) {
    const values = columns.map((column) => column.valueOf(unit.unitId));
    const missing = columns.filter((_, i) => values[i] === null).map((column) => column.indicatorId);
    if (missing.length > 0) {
      excluded.push({ ...unit, missing, reason: 'Geen waarde voor een gekozen indicator.' });
    } else {
      complete.push({ ...unit, values: values as number[] });
    }
  }
  const bounds = columns.map((_, i) => {
    if (complete.length === 0) return { min: null, max: null };
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const unit of complete) {
      const value = unit.values[i] as number;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    return { min, max };
  });
  const scored = complete.map((unit) => {
    const contributions = columns.map((column, i) => {
      const value = unit.values[i] as number;
      const { min, max } = bounds[i] as { min: number; max: number };
      const spread = max - min;
      const position = spread === 0 ? 0 : (value - min) / spread;
      const normalised = column.higherIsBetter ? 1 - position : position;
      const share = totalWeight === 0 ? 0 : column.weight / totalWeight;
      return { indicatorId: column.indicatorId, value, normalised, points: 100 * share * normalised };
    });
    return { unitId: unit.unitId, name: unit.name, score: contributions.reduce((sum, c) => sum + c.points, 0), contributions };
  });
  scored.sort((a, b) => b.score - a.score || collator.compare(a.name, b.name));
  const ranked: RankedUnit[] = [];
  scored.forEach((unit, index) => {
    const previous = ranked[index - 1];
    // Equal scores share a rank (1, 2, 2, 4): rounding noise below 1e-9 points counts as equal.
    const rank = previous && Math.abs(previous.score - unit.score) < 1e-9 ? previous.rank : index + 1;
    ranked.push({ ...unit, rank });
  });
  excluded.sort((a, b) => collator.compare(a.name, b.name));
  return {
    ranked,
    excluded,
    columns: columns.map((column, i) => ({
      indicatorId: column.indicatorId,
      share: totalWeight === 0 ? 0 : column.weight / totalWeight,
      min: bounds[i]?.min ?? null,
      max: bounds[i]?.max ?? null,
    })),
  };
}
