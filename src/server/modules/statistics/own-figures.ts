import type { Scope } from '../../platform/db/scope.js';

/** A figure of our own per area, e.g. signals per 1,000 inhabitants for one theme. */
export interface OwnFigure {
  /** Stable id, e.g. `own.signals-per-1000.<theme>`; usable in the priority index beside CBS/RIVM indicators. */
  id: string;
  title: string;
  unit: string;
  year: number;
  source: string;
  higherIsBetter: boolean;
  /** Per area id; null where the figure cannot be computed. */
  values: Map<string, number | null>;
}

/**
 * The seam for the municipality's own figures per area (issue 5: "signals per 1,000 inhabitants by theme").
 * The signals module is being built; until it exists this returns none, and the screens and the priority
 * index simply show the CBS/RIVM indicators. Signals per 1,000 = signals of the theme in the year ÷ the
 * area's inhabitants (CBS AantalInwoners of that year, summed over its regions) × 1,000.
 */
export async function listOwnFigures(_options: Scope & { year?: number }): Promise<OwnFigure[]> {
  return [];
}
