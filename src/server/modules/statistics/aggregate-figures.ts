import type { Figure } from '../../../shared/schemas/statistics.js';
import type { Aggregation } from './indicator-rules.js';

/** A municipality's CBS districts and their neighbourhoods (from its imported boundaries). */
export interface Hierarchy {
  municipalityCode: string;
  districts: string[];
  neighbourhoodsOf: Map<string, string[]>;
}

export type ValueLookup = Map<string, number | null>;

// Fewer municipalities than this and a table is not the whole country: no national figure from it.
const NATIONAL_MINIMUM = 300;

/**
 * The coarsest CBS regions that make up exactly the area: a district whose neighbourhoods all belong to it
 * replaces them, and all districts together are the municipality. So an area that is a whole district uses
 * the district's own figure instead of a sum of rounded neighbourhood figures.
 */
export function coverArea(codes: string[], hierarchy: Hierarchy): string[] {
  const selected = new Set(codes);
  const whole = new Set<string>();
  for (const district of hierarchy.districts) {
    const members = hierarchy.neighbourhoodsOf.get(district) ?? [];
    if (selected.has(district) || (members.length > 0 && members.every((code) => selected.has(code)))) whole.add(district);
  }
  if (hierarchy.districts.length > 0 && whole.size === hierarchy.districts.length) return [hierarchy.municipalityCode];
  const parts = [...whole];
  for (const code of codes) {
    if (code.startsWith('WK')) {
      if (!whole.has(code)) parts.push(code);
      continue;
    }
    const district = `WK${code.slice(2, 8)}`;
    if (!whole.has(district)) parts.push(code);
  }
  return [...new Set(parts)].sort();
}

/** The regions a part consists of one level down, or none. */
function childrenOf(code: string, hierarchy: Hierarchy | undefined): string[] {
  if (!hierarchy) return [];
  if (code === hierarchy.municipalityCode) return hierarchy.districts;
  if (code.startsWith('WK')) return hierarchy.neighbourhoodsOf.get(code) ?? [];
  return [];
}

/** Replaces parts the source has no row for by their children, as far as the source has those. */
export function resolveParts(parts: string[], values: ValueLookup, hierarchy?: Hierarchy): { leaves: string[]; missing: string[] } {
  const leaves: string[] = [];
  const missing: string[] = [];
  const visit = (code: string) => {
    if (values.has(code)) return void leaves.push(code);
    const children = childrenOf(code, hierarchy);
    if (children.length === 0) return void missing.push(code);
    for (const child of children) visit(child);
  };
  for (const part of parts) visit(part);
  return { leaves, missing };
}

const unavailable = (note: string, regionCodes: string[] = []): Figure => ({ value: null, method: 'unavailable', note, regionCodes });

/**
 * One figure for a set of regions: the source's own value for one region, a sum for counts, a weighted
 * mean where the weight is in the same table, and otherwise "not available" — never an estimate.
 */
export function combineFigure(options: {
  parts: string[];
  values: ValueLookup;
  weights?: ValueLookup;
  aggregation: Aggregation;
  hierarchy?: Hierarchy;
  nameOf: (code: string) => string;
}): Figure {
  const { values, weights, aggregation, nameOf } = options;
  if (options.parts.length === 0) return unavailable('Geen buurten of wijken.');
  const { leaves, missing } = resolveParts(options.parts, values, options.hierarchy);
  if (missing.length > 0) {
    return unavailable(`De bron heeft geen cijfers voor ${list(missing.map(nameOf))}.`, missing);
  }
  if (leaves.length === 1) {
    const code = leaves[0] as string;
    const value = values.get(code) ?? null;
    return value === null
      ? unavailable(`De bron heeft geen waarde voor ${nameOf(code)} (geheim, te klein of onbekend).`, leaves)
      : { value, method: 'source', note: `Cijfer uit de bron voor ${nameOf(code)}.`, regionCodes: leaves };
  }
  const empty = leaves.filter((code) => (values.get(code) ?? null) === null);
  if (aggregation === 'none') {
    return unavailable(
      `Niet op te tellen: dit is een percentage of gemiddelde en de bron geeft geen weging om ${leaves.length} regio’s samen te nemen. Zie de waarden per buurt of wijk.`,
      leaves,
    );
  }
  if (empty.length > 0) {
    return unavailable(`De bron heeft geen waarde voor ${list(empty.map(nameOf))}, dus geen ${aggregation === 'sum' ? 'som' : 'gemiddelde'}.`, leaves);
  }
  if (aggregation === 'sum') {
    const value = leaves.reduce((sum, code) => sum + (values.get(code) as number), 0);
    return { value, method: 'sum', note: `Som van ${leaves.length} regio’s: ${list(leaves.map(nameOf))}.`, regionCodes: leaves };
  }
  const noWeight = leaves.filter((code) => (weights?.get(code) ?? null) === null);
  if (noWeight.length > 0) return unavailable(`Geen weging bekend voor ${list(noWeight.map(nameOf))}.`, leaves);
  const totalWeight = leaves.reduce((sum, code) => sum + (weights?.get(code) as number), 0);
  if (totalWeight <= 0) return unavailable('De weging is nul.', leaves);
  const value = leaves.reduce((sum, code) => sum + (values.get(code) as number) * (weights?.get(code) as number), 0) / totalWeight;
  return { value, method: 'weighted_mean', note: `Gewogen gemiddelde van ${leaves.length} regio’s: ${list(leaves.map(nameOf))}.`, regionCodes: leaves };
}

/** The Netherlands: the source's NL01 row, or the sum (weighted mean) of every municipality of a national table. */
export function countryFigure(options: { values: ValueLookup; weights?: ValueLookup; aggregation: Aggregation }): Figure {
  const { values } = options;
  if (values.has('NL01')) {
    const value = values.get('NL01') ?? null;
    return value === null ? unavailable('De bron heeft geen waarde voor Nederland.', ['NL01']) : { value, method: 'source', note: 'Cijfer uit de bron voor Nederland.', regionCodes: ['NL01'] };
  }
  const municipalities = [...values.keys()].filter((code) => code.startsWith('GM'));
  if (municipalities.length < NATIONAL_MINIMUM) return unavailable('De bron heeft geen cijfer voor Nederland.');
  const figure = combineFigure({ ...options, parts: municipalities, nameOf: (code) => code });
  if (figure.method === 'unavailable') return unavailable(`De bron heeft geen cijfer voor Nederland; ${figure.note.charAt(0).toLowerCase()}${figure.note.slice(1)}`);
  const how = figure.method === 'sum' ? 'som' : 'gewogen gemiddelde';
  return { ...figure, note: `Berekend: ${how} van alle ${municipalities.length} gemeenten in de bron (de bron heeft geen rij voor Nederland).`, regionCodes: ['NL01'] };
}

function list(names: string[]): string {
  if (names.length <= 6) return names.join(', ');
  return `${names.slice(0, 6).join(', ')} en ${names.length - 6} andere`;
}
