import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Measured } from './scenarios.js';

export interface ScenarioResult extends Measured {
  /** Server CPU time per request (µs): what the endpoint costs, whoever limited the throughput. */
  serverCpuMicrosPerRequest: number;
  /** req/s as a fraction of floor A (bare route) and, for database-backed endpoints, of floor B (bare route + select 1). */
  ratioToFloorA: number;
  ratioToFloorB: number | null;
  /** The same ratio per round: its spread shows how much the machine disturbed the comparison. */
  roundRatiosToFloorA: number[];
}

export interface Check {
  status: 'PASS' | 'FAIL' | 'WARN';
  name: string;
  detail: string;
}

const TARGET_RATIO = 0.7;
const TARGET_P99_MS = 15;

/** Adds the floor ratios to each measured scenario. */
export function withRatios(rows: Measured[], floorA: Measured, floorB: Measured): ScenarioResult[] {
  return rows.map((row) => ({
    ...row,
    serverCpuMicrosPerRequest: ((row.serverCpuPercent / 100) * 1e6) / row.requestsPerSecond,
    ratioToFloorA: row.requestsPerSecond / floorA.requestsPerSecond,
    ratioToFloorB: row.isDatabaseBacked ? row.requestsPerSecond / floorB.requestsPerSecond : null,
    roundRatiosToFloorA: row.roundsPerSecond.map((rps, i) => rps / (floorA.roundsPerSecond[i] ?? Number.NaN)),
  }));
}

/** The issue's targets for lookup by point, plus checks that the runs measured what they claim. */
export function evaluate(rows: ScenarioResult[]): Check[] {
  const checks: Check[] = [];
  const floorA = rows.find((row) => row.name.startsWith('floor A'));
  const point = rows.find((row) => row.name === 'lookup by point');
  if (point && floorA) {
    // Judged on the median of the per-round ratios: each pairs slices seconds apart, so a burst of other
    // work on this shared machine spoils one pair instead of the whole comparison.
    const median = medianOf(point.roundRatiosToFloorA);
    const perRound = point.roundRatiosToFloorA.map((ratio) => fmt(ratio * 100, 0)).join(', ');
    checks.push({
      status: median >= TARGET_RATIO ? 'PASS' : 'FAIL',
      name: `lookup by point ≥ ${TARGET_RATIO * 100} % of floor A req/s`,
      detail:
        `median of rounds ${fmt(median * 100, 1)} % (rounds ${perRound} %); ` +
        `overall ${fmt(point.ratioToFloorA * 100, 1)} % = ${fmt(point.requestsPerSecond, 0)} of ${fmt(floorA.requestsPerSecond, 0)} req/s`,
    });
    checks.push({
      status: point.p99Ms < TARGET_P99_MS ? 'PASS' : 'FAIL',
      name: `lookup by point p99 < ${TARGET_P99_MS} ms`,
      detail: `p99 ${fmt(point.p99Ms, 2)} ms`,
    });
  }
  for (const row of rows) {
    const expected = String(row.expectedStatus);
    const other = Object.entries(row.statusCounts).filter(([status]) => status !== expected);
    const otherCount = other.reduce((sum, [, count]) => sum + count, 0) + row.errors + row.timeouts;
    if (otherCount > 0) {
      checks.push({
        status: 'FAIL',
        name: `${row.name}: every response ${expected}`,
        detail: `${other.map(([status, count]) => `${count}× ${status}`).join(', ')}; ${row.errors} errors, ${row.timeouts} timeouts`,
      });
    }
  }
  // CPU not accounted for by the server, the load generator or (for database runs) PostgreSQL: something else ran.
  for (const row of rows.filter((r) => !r.isDatabaseBacked)) {
    const elsewhere = row.machineCpuPercent - row.serverCpuPercent - row.generatorCpuPercent;
    if (elsewhere > 25) {
      checks.push({
        status: 'WARN',
        name: `${row.name}: machine busy elsewhere`,
        detail: `${fmt(elsewhere, 0)} % CPU used by other processes during the run; figures are disturbed, run again`,
      });
    }
  }
  return checks;
}

/** The table printed at the end of a run. */
export function formatTable(rows: ScenarioResult[]): string {
  const header = ['scenario', 'req/s', '± rounds', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', '÷ floor A', '÷ floor B', 'µs CPU/req', 'CPU server', 'load gen', 'other'];
  const lines = rows.map((row) => [
    row.name,
    fmt(row.requestsPerSecond, 0),
    `${fmt(spread(row.roundsPerSecond) * 100, 0)} %`,
    fmt(row.p50Ms, 2),
    fmt(row.p90Ms, 2),
    fmt(row.p99Ms, 2),
    fmt(row.maxMs, 1),
    fmt(row.ratioToFloorA, 2),
    row.ratioToFloorB === null ? '—' : fmt(row.ratioToFloorB, 2),
    fmt(row.serverCpuMicrosPerRequest, 1),
    `${fmt(row.serverCpuPercent, 0)} %`,
    `${fmt(row.generatorCpuPercent, 0)} %`,
    `${fmt(row.machineCpuPercent - row.serverCpuPercent - row.generatorCpuPercent, 0)} %`,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)));
  const render = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(render)].join('\n');
}

export function formatChecks(checks: Check[]): string {
  return checks.map((check) => `${check.status}  ${check.name}: ${check.detail}`).join('\n');
}

/** Writes the whole run as JSON (bench/results/ is ignored by git). */
export async function writeResults(file: string, results: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

export function fmt(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Half the range of the per-round values, relative to their mean. */
function spread(values: number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return (Math.max(...values) - Math.min(...values)) / 2 / mean;
}
