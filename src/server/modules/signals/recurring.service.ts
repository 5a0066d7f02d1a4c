import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, notFound } from '../../platform/errors.js';
import { countThemesByArea, findSignalSummaries, findSimilarPairs, insertApproach, listApproachRows, updateApproachStatus } from './recurring.repo.js';
import { insertEvent } from './signals.repo.js';

/** Groups linked pairs into clusters (union–find): signal ids that belong together. */
export function clusterPairs(pairs: { a: string; b: string }[]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const { a, b } of pairs) {
    parent.set(a, find(a));
    parent.set(b, find(b));
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()];
}

/** Recurring problems: at least `minSize` similar signals in one area within the period. */
export async function findRecurringProblems(scope: Scope & { areaId?: string; days: number; minSize: number }) {
  const pairs = await findSimilarPairs(scope.db, scope.municipalityId, { areaId: scope.areaId, days: scope.days, threshold: 0.35 });
  const clusters = clusterPairs(pairs).filter((cluster) => cluster.length >= scope.minSize);
  const summaries = await findSignalSummaries(scope.db, scope.municipalityId, clusters.flat());
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return clusters
    .map((cluster) => {
      const signals = cluster.map((id) => byId.get(id)).filter((s): s is NonNullable<typeof s> => Boolean(s));
      const themeCounts = new Map<string, number>();
      for (const s of signals) for (const theme of s.themes) themeCounts.set(theme, (themeCounts.get(theme) ?? 0) + 1);
      return {
        area: { id: signals[0]?.area_id ?? '', name: signals[0]?.area_name ?? '' },
        themes: [...themeCounts.entries()].sort((a, b) => b[1] - a[1]).map(([theme]) => theme),
        firstAt: signals[0]?.created_at.toISOString() ?? '',
        lastAt: signals.at(-1)?.created_at.toISOString() ?? '',
        signals: signals.map((s) => ({ id: s.id, reference: s.reference, excerpt: s.text.slice(0, 140), status: s.status })),
      };
    })
    .sort((a, b) => b.signals.length - a.signals.length);
}

/** City level: themes rising in several areas at once (last `days` against the `days` before). */
export async function findRisingThemes(scope: Scope & { days: number }) {
  const rows = await countThemesByArea(scope.db, scope.municipalityId, scope.days);
  const byTheme = new Map<string, { areas: { id: string; name: string; recent: number; before: number }[] }>();
  for (const row of rows) {
    const entry = byTheme.get(row.theme) ?? { areas: [] };
    entry.areas.push({ id: row.area_id, name: row.area_name, recent: row.recent, before: row.before });
    byTheme.set(row.theme, entry);
  }
  return [...byTheme.entries()]
    .map(([theme, { areas }]) => {
      const rising = areas.filter((a) => a.recent >= 2 && a.recent > a.before);
      return { theme, risingIn: rising.map((a) => a.name).sort(), recent: areas.reduce((n, a) => n + a.recent, 0), before: areas.reduce((n, a) => n + a.before, 0) };
    })
    .filter((t) => t.risingIn.length >= 2)
    .sort((a, b) => b.risingIn.length - a.risingIn.length || b.recent - a.recent);
}

/** Turns a cluster into a proposal for a broader approach; each signal's history records it. */
export async function proposeApproach(scope: Scope & { title: string; proposal: string; signalIds: string[] }) {
  const signals = await findSignalSummaries(scope.db, scope.municipalityId, scope.signalIds);
  if (signals.length !== new Set(scope.signalIds).size) throw new AppError(400, 'unknown_signal', 'Niet alle signalen bestaan in deze gemeente (of ze hebben geen gebied).');
  const areaIds = new Set(signals.map((s) => s.area_id));
  const id = await insertApproach(scope.db, {
    municipalityId: scope.municipalityId,
    areaId: areaIds.size === 1 ? (signals[0]?.area_id ?? null) : null,
    title: scope.title,
    proposal: scope.proposal,
    createdBy: scope.actorId,
    signalIds: signals.map((s) => s.id),
  });
  for (const s of signals) {
    await insertEvent(scope.db, { signalId: s.id, municipalityId: scope.municipalityId, actorId: scope.actorId, type: 'approach_proposed', details: { approachId: id, title: scope.title } });
  }
  await recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action: 'approach.create', entityType: 'approach', entityId: id });
  const created = (await listApproaches(scope)).find((a) => a.id === id);
  if (!created) throw new Error('approach vanished right after creation');
  return created;
}

export async function listApproaches(scope: Scope) {
  return (await listApproachRows(scope.db, scope.municipalityId)).map((row) => ({
    id: row.id,
    title: row.title,
    proposal: row.proposal,
    status: row.status,
    area: row.area_name,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by_name,
    signalReferences: row.signal_references ?? [],
  }));
}

/** Records what became of a proposal: agreed, rejected or done. */
export async function setApproachStatus(scope: Scope & { approachId: string; status: 'proposed' | 'agreed' | 'rejected' | 'done' }) {
  if (!(await updateApproachStatus(scope.db, scope.municipalityId, scope.approachId, scope.status))) throw notFound('Voorstel niet gevonden.');
  await recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action: 'approach.status', entityType: 'approach', entityId: scope.approachId, details: { status: scope.status } });
  const approach = (await listApproaches(scope)).find((a) => a.id === scope.approachId);
  if (!approach) throw notFound('Voorstel niet gevonden.');
  return approach;
}
