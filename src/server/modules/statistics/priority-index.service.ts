import {
  NATIONAL_RANKING_LIMIT,
  parseOwnFigureId,
  type PrioritySelection, type PrioritySelectionInput, type Ranking, type RankingRequest } from '../../../shared/schemas/statistics.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, badRequest, notFound } from '../../platform/errors.js';
import { areaFigure, loadAreaContext } from './area-context.js';
import { createOwnFigureLookup, type OwnFigure } from './own-figures.js';
import { getIndicator } from './public-statistics.service.js';
import { RANKING_METHOD, type RankingColumn, rankUnits } from './rank-units.js';
import {
  deletePrioritySelectionRow,
  findPrioritySelectionRow,
  listPrioritySelectionRows,
  type PrioritySelectionRow,
  upsertPrioritySelectionRow,
} from './statistics.repo.js';
import type { IndicatorMeta, StatisticsSnapshot, StatisticsStore } from './statistics-store.js';

const LEVEL_PREFIX = { district: 'WK', neighbourhood: 'BU' } as const;

/**
 * Ranks the municipality's areas (or CBS districts/neighbourhoods, in the municipality or the whole
 * country) by the chosen indicators and weights, with each indicator's contribution to the score.
 * `scope` is needed for areas and for the municipality's own regions; a national ranking reads public data only.
 */
export async function buildRanking(options: {
  store: StatisticsStore;
  request: RankingRequest;
  scope?: Scope;
  snapshot?: StatisticsSnapshot;
  /** The viewer's municipality: in a national ranking its own units are always included. */
  municipalityId?: string;
}): Promise<Ranking> {
  const { request } = options;
  const snapshot = options.snapshot ?? (await options.store.current());
  const ownIds = request.indicators.map((choice) => choice.id).filter((id) => parseOwnFigureId(id) !== null);
  if (ownIds.length > 0 && request.level !== 'area') {
    throw badRequest('own_figure_per_area', 'Eigen cijfers (signalen per 1.000 inwoners) zijn er alleen per gebied. Kies ‘Gebieden’ om ermee te rangschikken.');
  }
  const context = options.scope && (request.level === 'area' || request.scope === 'municipality') ? await loadAreaContext(options.scope, snapshot) : undefined;
  const findOwn = options.scope && context ? createOwnFigureLookup({ ...options.scope, store: options.store, snapshot, context }) : async () => undefined;
  const indicators: RankingIndicator[] = [];
  for (const choice of request.indicators) {
    const own = await findOwn(choice.id);
    indicators.push(own ? { kind: 'own', id: own.id, own } : { kind: 'public', id: choice.id, meta: await getIndicator(snapshot, choice.id) });
  }
  const higherIsBetter = (i: number) => request.indicators[i]?.higherIsBetter ?? describe(indicators[i] as RankingIndicator).higherIsBetter;

  let units: { unitId: string; name: string }[];
  let columns: RankingColumn[];
  if (request.level === 'area') {
    if (!options.scope || !context) throw new AppError(400, 'scope_required', 'Gebieden horen bij een gemeente.');
    units = context.areas.map((area) => ({ unitId: area.id, name: area.name }));
    columns = [];
    for (const [i, indicator] of indicators.entries()) {
      const byArea = new Map<string, number | null>();
      for (const area of context.areas) {
        byArea.set(
          area.id,
          indicator.kind === 'own'
            ? (indicator.own.byArea.get(area.id)?.figure.value ?? null)
            : (await areaFigure({ snapshot, context, indicator: indicator.meta, regionCodes: area.region_codes })).value,
        );
      }
      columns.push({ indicatorId: indicator.id, weight: request.indicators[i]?.weight ?? 1, higherIsBetter: higherIsBetter(i), valueOf: (id) => byArea.get(id) ?? null });
    }
  } else {
    const prefix =
      request.scope === 'country' ? LEVEL_PREFIX[request.level] : `${LEVEL_PREFIX[request.level]}${(options.scope?.municipalityId ?? '').slice(2)}`;
    if (request.scope === 'municipality' && !options.scope) throw new AppError(400, 'scope_required', 'Kies een gemeente.');
    const nameOf = (code: string) => context?.nameOf(code) ?? snapshot.regionName(code) ?? code;
    const valueMaps = await Promise.all(indicators.map((indicator) => snapshot.values(indicator.id)));
    const codes = new Set<string>();
    for (const values of valueMaps) for (const code of values.keys()) if (code.startsWith(prefix)) codes.add(code);
    units = [...codes].sort().map((code) => ({ unitId: code, name: nameOf(code) }));
    columns = indicators.map((indicator, i) => ({
      indicatorId: indicator.id,
      weight: request.indicators[i]?.weight ?? 1,
      higherIsBetter: higherIsBetter(i),
      valueOf: (code) => valueMaps[i]?.get(code) ?? null,
    }));
  }

  const result = rankUnits({ units, columns });
  const titles = new Map(indicators.map((indicator) => [indicator.id, describe(indicator).title]));
  const limit = request.limit ?? (request.scope === 'country' ? NATIONAL_RANKING_LIMIT : Number.POSITIVE_INFINITY);
  const ownPrefix = options.municipalityId ? `${LEVEL_PREFIX[request.level === 'area' ? 'district' : request.level]}${options.municipalityId.slice(2)}` : undefined;
  const isShown = (unitId: string, index: number) => index < limit || (request.scope === 'country' && ownPrefix !== undefined && unitId.startsWith(ownPrefix));
  return {
    level: request.level,
    scope: request.scope,
    method: RANKING_METHOD,
    indicators: indicators.map((indicator, i) => ({
      ...describe(indicator),
      weight: request.indicators[i]?.weight ?? 1,
      share: result.columns[i]?.share ?? 0,
      higherIsBetter: higherIsBetter(i),
      min: result.columns[i]?.min ?? null,
      max: result.columns[i]?.max ?? null,
    })),
    // Rounded for the wire: a national ranking is 3,393 rows, and nobody reads a score's tenth decimal.
    ranked: result.ranked.filter((unit, index) => isShown(unit.unitId, index)).map((unit) => ({
      ...unit,
      score: round(unit.score, 3),
      contributions: unit.contributions.map((c) => ({ ...c, normalised: round(c.normalised, 4), points: round(c.points, 3) })),
    })),
    rankedTotal: result.ranked.length,
    excludedTotal: result.excluded.length,
    excluded: result.excluded.filter((unit, index) => isShown(unit.unitId, index)).map((unit) => ({
      ...unit,
      reason: `Geen waarde voor ${unit.missing.map((id) => titles.get(id) ?? id).join(', ')}.`,
    })),
  };
}

export async function listPrioritySelections(scope: Scope): Promise<PrioritySelection[]> {
  return (await listPrioritySelectionRows(scope.db, scope.municipalityId)).map(presentSelection);
}

export async function getPrioritySelection(scope: Scope & { year: number }): Promise<PrioritySelection> {
  const row = await findPrioritySelectionRow(scope.db, scope.municipalityId, scope.year);
  if (!row) throw notFound(`Er is nog geen gebiedsgerichte aanpak voor ${scope.year}.`);
  return presentSelection(row);
}

/** Saves the municipality's "gebiedsgerichte aanpak" for a year: the selection and the ranking as it is now. */
export async function savePrioritySelection(
  scope: Scope & { store: StatisticsStore; year: number; input: PrioritySelectionInput },
): Promise<PrioritySelection> {
  const { input } = scope;
  const ranking = await buildRanking({ store: scope.store, scope, request: { level: input.level, scope: 'municipality', indicators: input.indicators } });
  const known = new Set([...ranking.ranked, ...ranking.excluded].map((unit) => unit.unitId));
  const unknown = input.priorityUnits.filter((unit) => !known.has(unit));
  if (unknown.length > 0) throw badRequest('unknown_unit', `Onbekend gebied of onbekende CBS-code in de prioriteiten: ${unknown.join(', ')}.`);
  const id = await upsertPrioritySelectionRow(scope.db, scope.municipalityId, {
    year: scope.year,
    title: input.title,
    level: input.level,
    indicators: input.indicators,
    priorityUnits: input.priorityUnits,
    note: input.note,
    ranking,
    actorId: scope.actorId,
  });
  await recordAudit(scope.db, {
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    action: 'priority_selection.save',
    entityType: 'priority_selection',
    entityId: id,
    details: { year: scope.year, level: input.level, indicators: input.indicators.map((i) => i.id), priorityUnits: input.priorityUnits },
  });
  return getPrioritySelection(scope);
}

export async function deletePrioritySelection(scope: Scope & { year: number }): Promise<void> {
  const id = await deletePrioritySelectionRow(scope.db, scope.municipalityId, scope.year);
  if (!id) throw notFound(`Er is geen gebiedsgerichte aanpak voor ${scope.year}.`);
  await recordAudit(scope.db, {
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    action: 'priority_selection.delete',
    entityType: 'priority_selection',
    entityId: id,
    details: { year: scope.year },
  });
}

function presentSelection(row: PrioritySelectionRow): PrioritySelection {
  const ranking = row.ranking as Ranking;
  const names = new Map([...ranking.ranked, ...ranking.excluded].map((unit) => [unit.unitId, unit.name]));
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    level: row.level,
    indicators: row.indicators,
    priorityUnits: row.priority_units.map((unitId) => ({ unitId, name: names.get(unitId) ?? unitId })),
    note: row.note,
    ranking,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.updated_by_name,
  };
}


/** A column of the ranking: a public indicator (CBS/RIVM) or an own figure (signals per 1,000 inhabitants). */
type RankingIndicator = { kind: 'public'; id: string; meta: IndicatorMeta } | { kind: 'own'; id: string; own: OwnFigure };

function describe(indicator: RankingIndicator): { id: string; title: string; unit: string; source: string; year: number; higherIsBetter: boolean } {
  if (indicator.kind === 'own') {
    const { title, unit, source, year, higherIsBetter } = indicator.own.indicator;
    return { id: indicator.id, title, unit, source, year, higherIsBetter };
  }
  const { row, dataset } = indicator.meta;
  return {
    id: indicator.id,
    title: dataset.variantLabel ? `${row.title} (${dataset.variantLabel})` : row.title,
    unit: row.unit,
    source: dataset.source,
    year: dataset.year,
    higherIsBetter: row.higher_is_better,
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
