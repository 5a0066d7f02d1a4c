import { type Figure, type Indicator, formatFigureValue, ownFigureIndicator, parseOwnFigureId } from '../../../shared/schemas/statistics.js';
import { THEME_KEYS, type Theme } from '../../../shared/schemas/signal-vocabulary.js';
import type { Scope } from '../../platform/db/scope.js';
import { badRequest } from '../../platform/errors.js';
import { type AreaContext, areaFigure, loadAreaContext, municipalityAndCountry } from './area-context.js';
import { countSignalsByAreaAndTheme } from './own-figures.repo.js';
import type { IndicatorMeta, StatisticsSnapshot, StatisticsStore } from './statistics-store.js';

/** A figure of our own per area: signals per 1,000 inhabitants for one theme, or for all themes. */
export interface OwnFigure {
  /** `schakel.<year>[.<theme>].SignalenPer1000`: usable in the comparison and the priority index beside CBS/RIVM. */
  id: string;
  indicator: Indicator;
  theme: Theme | null;
  byArea: Map<string, { figure: Figure; signals: number }>;
  municipality: { figure: Figure; signals: number };
  country: Figure;
}

export interface OwnFigureSet {
  year: number;
  from: string;
  to: string;
  isPartialYear: boolean;
  inhabitants: { indicatorId: string; source: string; year: number } | null;
  /** Counted signals without an area: in the municipality's figure only. */
  unassigned: number;
  /** All themes together first, then each theme in the vocabulary's order. */
  figures: OwnFigure[];
}

type OwnFigureOptions = Scope & { store: StatisticsStore; year?: number; today?: Date; snapshot?: StatisticsSnapshot; context?: AreaContext };

const COUNTRY: Figure = {
  value: null,
  method: 'unavailable',
  note: 'Geen landelijk cijfer: signalen zijn gegevens van de eigen gemeente.',
  regionCodes: [],
};

/**
 * The municipality's own figures per area (issue 5: "signals per 1,000 inhabitants by theme"): counted
 * signals received in the year (see COUNTED_SIGNALS) ÷ the area's inhabitants × 1,000. The inhabitants are
 * CBS AantalInwoners of the newest year that has the municipality, combined by the same rules as every
 * area figure; where they are not available, neither is the own figure — never an estimate.
 */
export async function listOwnFigures(options: OwnFigureOptions): Promise<OwnFigureSet> {
  const today = options.today ?? new Date();
  const year = options.year ?? today.getFullYear();
  const period = periodOfYear(year, today);
  const snapshot = options.snapshot ?? (await options.store.current());
  const context = options.context ?? (await loadAreaContext(options, snapshot));
  const inhabitantsIndicator = await findInhabitants(snapshot, context);

  const noInhabitants: Figure = {
    value: null,
    method: 'unavailable',
    note: 'Er is geen CBS-tabel met het aantal inwoners van deze gemeente geïmporteerd.',
    regionCodes: [],
  };
  const inhabitantsOf = new Map<string, Figure>();
  for (const area of context.areas) {
    inhabitantsOf.set(
      area.id,
      inhabitantsIndicator ? await areaFigure({ snapshot, context, indicator: inhabitantsIndicator, regionCodes: area.region_codes }) : noInhabitants,
    );
  }
  const municipalityInhabitants = inhabitantsIndicator ? (await municipalityAndCountry(snapshot, context, inhabitantsIndicator)).municipality : noInhabitants;
  const source = inhabitantsIndicator ? `CBS ${inhabitantsIndicator.dataset.year} (${inhabitantsIndicator.dataset.tableId})` : '';

  // signals[areaId or ''][theme or total]
  const counts = new Map<string, Map<Theme | null, number>>();
  for (const row of await countSignalsByAreaAndTheme(options.db, options.municipalityId, period)) {
    const key = row.is_total ? null : (row.theme as Theme | null);
    if (!row.is_total && (row.theme === null || !(THEME_KEYS as string[]).includes(row.theme))) continue;
    const byTheme = counts.get(row.area_id ?? '') ?? new Map<Theme | null, number>();
    byTheme.set(key, row.signals);
    counts.set(row.area_id ?? '', byTheme);
  }
  const countOf = (areaKey: string, theme: Theme | null) => counts.get(areaKey)?.get(theme) ?? 0;
  const knownAreas = new Set(context.areas.map((area) => area.id));

  const figures = [null, ...THEME_KEYS].map((theme): OwnFigure => {
    const byArea = new Map<string, { figure: Figure; signals: number }>();
    for (const area of context.areas) {
      const signals = countOf(area.id, theme);
      byArea.set(area.id, { signals, figure: rate(signals, inhabitantsOf.get(area.id) ?? noInhabitants, source) });
    }
    // The municipality counts every signal, also those without an area (or of an area removed since).
    let municipalitySignals = 0;
    for (const areaKey of counts.keys()) municipalitySignals += countOf(areaKey, theme);
    const indicator = ownFigureIndicator(year, theme);
    return {
      id: indicator.id,
      indicator,
      theme,
      byArea,
      municipality: { signals: municipalitySignals, figure: rate(municipalitySignals, municipalityInhabitants, source) },
      country: COUNTRY,
    };
  });
  let unassigned = 0;
  for (const areaKey of counts.keys()) if (!knownAreas.has(areaKey)) unassigned += countOf(areaKey, null);

  return {
    year,
    ...period,
    isPartialYear: period.to !== `${year}-12-31`,
    inhabitants: inhabitantsIndicator
      ? { indicatorId: inhabitantsIndicator.id, source: inhabitantsIndicator.dataset.source, year: inhabitantsIndicator.dataset.year }
      : null,
    unassigned,
    figures,
  };
}

/**
 * Finds own figures by id for the comparison and the priority index, computing each asked year once.
 * Returns undefined for an id that is not an own figure (a CBS/RIVM indicator).
 */
export function createOwnFigureLookup(options: OwnFigureOptions & { snapshot: StatisticsSnapshot; context: AreaContext }) {
  const years = new Map<number, Promise<OwnFigureSet>>();
  return async (id: string): Promise<OwnFigure | undefined> => {
    const parsed = parseOwnFigureId(id);
    if (!parsed) return undefined;
    let set = years.get(parsed.year);
    if (!set) {
      set = listOwnFigures({ ...options, year: parsed.year });
      years.set(parsed.year, set);
    }
    return (await set).figures.find((figure) => figure.id === id);
  };
}

/** 1 January to 31 December, or to today in the current year. */
export function periodOfYear(year: number, today: Date): { from: string; to: string } {
  const current = today.getFullYear();
  if (year > current) throw badRequest('year_not_started', `${year} is nog niet begonnen: er zijn nog geen signalen van dat jaar.`);
  return { from: `${year}-01-01`, to: year === current ? isoDate(today) : `${year}-12-31` };
}

export const isoDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The newest CBS AantalInwoners that has the municipality (or its districts): the denominator of every own figure. */
async function findInhabitants(snapshot: StatisticsSnapshot, context: AreaContext): Promise<IndicatorMeta | undefined> {
  const candidates = snapshot.indicatorList
    .filter((indicator) => indicator.dataset.publisher === 'CBS' && indicator.row.concept === 'AantalInwoners')
    .sort((a, b) => b.dataset.year - a.dataset.year || a.id.localeCompare(b.id));
  for (const candidate of candidates) {
    const values = await snapshot.values(candidate.id);
    if (values.has(context.municipalityCode) || context.hierarchy.districts.some((code) => values.has(code))) return candidate;
  }
  return undefined;
}

function rate(signals: number, inhabitants: Figure, source: string): Figure {
  if (inhabitants.value === null) {
    return { value: null, method: 'unavailable', note: `Geen inwonertal, dus geen cijfer per 1.000 inwoners: ${lowerFirst(inhabitants.note)}`, regionCodes: inhabitants.regionCodes };
  }
  if (inhabitants.value <= 0) {
    return { value: null, method: 'unavailable', note: 'Volgens het CBS heeft dit gebied geen inwoners.', regionCodes: inhabitants.regionCodes };
  }
  return {
    value: (signals / inhabitants.value) * 1000,
    method: 'rate',
    note:
      `${formatFigureValue(signals, 0, '')} ${signals === 1 ? 'signaal' : 'signalen'} ÷ ${formatFigureValue(inhabitants.value, 0, '')} inwoners × 1.000. ` +
      `Inwoners: ${source}, ${lowerFirst(inhabitants.note)}`,
    regionCodes: inhabitants.regionCodes,
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
