import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importRealStatistics } from '../test/statistics.js';
import { type Scenario, type ScenarioSummary, measureScenarios, signIn, startChild } from './http-load.js';
import { setUpBenchData } from './setup-national-data.js';

// Statistics at national scale: map data and the priority ranking over all 3,393 CBS districts of 2024,
// against a bare Fastify route (the floor) measured in the same run on the same machine.
//   npx tsx bench/statistics.ts            (BENCH_DURATION, BENCH_ROUNDS, BENCH_CONNECTIONS, SHARED_DATA_DIR)
// The lead wires benchmarkStatistics() into bench/run.ts.

export interface StatisticsScenarioResult extends ScenarioSummary {
  /** p95 over the floor's p95: what the endpoint costs beyond Fastify itself. */
  p95OverFloorMs: number;
}

export interface StatisticsBenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string | undefined; node: string };
  settings: { durationS: number; rounds: number; connections: number };
  data: { districts: number; municipalities: number; areas: number; indicators: number; importMs: number };
  correctness: string[];
  results: StatisticsScenarioResult[];
  checks: { name: string; ok: boolean; detail: string }[];
}

const SELF = fileURLToPath(import.meta.url);
const P95_LIMIT_MS = 50;
const INDICATORS = ['AantalInwoners_5', 'Bevolkingsdichtheid_34', 'Woningvoorraad_35', 'Mannen_6', 'Vrouwen_7', 'OppervlakteLand_123'].map(
  (key) => `85984NED.2024.${key}`,
);

/** Runs the statistics benchmark on a throw-away database with every CBS district of the country. */
export async function benchmarkStatistics(options: {
  sharedDataDir: string;
  durationS?: number;
  rounds?: number;
  connections?: number;
  log?: (message: string) => void;
}): Promise<StatisticsBenchResult> {
  const log = options.log ?? ((message: string) => console.log(`[statistics] ${message}`));
  const settings = { durationS: options.durationS ?? 5, rounds: options.rounds ?? 3, connections: options.connections ?? 10 };
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const data = await setUpBenchData({ sharedDataDir: options.sharedDataDir, log });
    cleanups.push(data.close);
    let started = performance.now();
    await importRealStatistics(data.database.owner, options.sharedDataDir);
    const importMs = performance.now() - started;
    log(`statistics imported in ${Math.round(importMs)} ms`);
    const counts = (
      await data.database.owner.query(
        `select (select count(*) from regions where kind = 'district')::int as districts, (select count(*) from municipalities)::int as municipalities,
                (select count(*) from areas)::int as areas, (select count(*) from statistics_indicators)::int as indicators`,
      )
    ).rows[0];

    const floor = await startChild('floor-json', data.env);
    cleanups.push(floor.stop);
    started = performance.now();
    const app = await startChild('app', data.env);
    cleanups.push(app.stop);
    log(`app started in ${Math.round(performance.now() - started)} ms`);
    const session = await signIn(app.url, 'coordinator@bergenopzoom.demo', 'demo');

    // Correctness first (also the warm-up): the national map has every district, with the file's values.
    const source = JSON.parse(await readFile(path.join(options.sharedDataDir, 'cbs-kerncijfers/kwb2024_85984NED_gemeente_wijk_stripped.json'), 'utf8'));
    const correctness: string[] = [];
    const national = (await (await fetch(`${app.url}/api/v1/statistics/indicators/${INDICATORS[0]}/values?level=district`)).json()) as { values: { code: string; value: number | null }[] };
    const wrong = national.values.filter((entry) => source[entry.code]?.AantalInwoners_5 !== entry.value);
    correctness.push(`national map: ${national.values.length} districts, ${wrong.length} differ from the source file`);
    const rankingBody = { level: 'district', scope: 'country', indicators: [{ id: INDICATORS[0], weight: 2 }, { id: INDICATORS[1], weight: 1 }, { id: INDICATORS[2], weight: 1 }] };
    const ranking = (await (await fetch(`${app.url}/api/v1/statistics/ranking`, { method: 'POST', headers: session.jsonHeaders, body: JSON.stringify(rankingBody) })).json()) as {
      ranked: unknown[];
      rankedTotal: number;
      excludedTotal: number;
    };
    correctness.push(
      `national ranking: ${ranking.rankedTotal} ranked + ${ranking.excludedTotal} without a value = ${ranking.rankedTotal + ranking.excludedTotal} districts ` +
        `(${ranking.ranked.length} returned: the top 250 and Bergen op Zoom's own)`,
    );
    for (const line of correctness) log(line);

    const municipalities = (await data.database.owner.query<{ id: string }>('select id from municipalities order by id')).rows.map((row) => row.id);
    const scenarios: Scenario[] = [
      { name: 'floor: bare Fastify route', server: floor.url, requests: [{ method: 'GET', path: '/floor' }] },
      {
        name: 'map data, whole country (3,393 districts)',
        server: app.url,
        requests: INDICATORS.map((id) => ({ method: 'GET', path: `/api/v1/statistics/indicators/${id}/values?level=district` })),
      },
      {
        name: 'map data, one municipality (each of 342 in turn)',
        server: app.url,
        requests: municipalities.map((id, i) => ({ method: 'GET', path: `/api/v1/statistics/indicators/${INDICATORS[i % INDICATORS.length]}/values?level=district&municipality=${id}` })),
      },
      {
        // 300 different weightings in turn: more than the response cache keeps, so every answer is computed.
        name: 'ranking, whole country, new weights each time (computed)',
        server: app.url,
        requests: Array.from({ length: 300 }, (_, n) => ({
          method: 'POST',
          path: '/api/v1/statistics/ranking',
          headers: session.jsonHeaders,
          body: JSON.stringify({ ...rankingBody, indicators: rankingBody.indicators.map((indicator, i) => ({ ...indicator, weight: 1 + ((n * (i + 3)) % 97) / 10 })) }),
        })),
      },
      {
        name: 'ranking, whole country, same question again (cached)',
        server: app.url,
        requests: [0, 1, 2].map((shift) => ({
          method: 'POST',
          path: '/api/v1/statistics/ranking',
          headers: session.jsonHeaders,
          body: JSON.stringify({ ...rankingBody, indicators: rankingBody.indicators.map((indicator, i) => ({ ...indicator, id: INDICATORS[(i + shift) % INDICATORS.length] })) }),
        })),
      },
      {
        name: 'ranking, whole country, all 3,393 returned (limit 5000)',
        server: app.url,
        requests: [{ method: 'POST', path: '/api/v1/statistics/ranking', headers: session.jsonHeaders, body: JSON.stringify({ ...rankingBody, limit: 5000 }) }],
      },
      {
        name: 'ranking, areas of Bergen op Zoom (tenant transaction)',
        server: app.url,
        requests: [{ method: 'POST', path: '/api/v1/statistics/ranking', headers: session.jsonHeaders, body: JSON.stringify({ ...rankingBody, level: 'area', scope: 'municipality' }) }],
      },
    ];

    const summaries = await measureScenarios(scenarios, settings, log);
    const floorP95 = summaries[0]?.p95Ms ?? 0;
    const results = summaries.map((summary) => ({ ...summary, p95OverFloorMs: summary.p95Ms - floorP95 }));
    // Informational only: the whole list of 3,393 (1.3 MB) is for exports; the screens ask for the top and their own.
    const checks = results.slice(1).filter((result) => !result.name.includes('all 3,393 returned')).map((result) => ({
      name: `${result.name}: p95 < ${P95_LIMIT_MS} ms`,
      ok: result.p95Ms < P95_LIMIT_MS && result.errors === 0 && Object.keys(result.statusCounts).every((status) => status === '200'),
      detail: `p95 ${result.p95Ms.toFixed(1)} ms (floor ${floorP95.toFixed(1)} ms), statuses ${JSON.stringify(result.statusCounts)}`,
    }));
    checks.push({ name: 'national map equals the source file', ok: wrong.length === 0 && national.values.length === 3393, detail: correctness[0] ?? '' });
    return {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
      settings,
      data: { ...counts, importMs },
      correctness,
      results,
      checks,
    };
  } finally {
    while (cleanups.length > 0) await cleanups.pop()?.().catch((error) => console.error('cleanup:', error));
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const result = await benchmarkStatistics({
    sharedDataDir: path.resolve(process.env.SHARED_DATA_DIR ?? '../shared/data'),
    durationS: Number(process.env.BENCH_DURATION ?? 5),
    rounds: Number(process.env.BENCH_ROUNDS ?? 3),
    connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  });
  console.log('');
  for (const r of result.results) {
    console.log(
      `${r.name.padEnd(58)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50Ms.toFixed(1).padStart(6)}  p95 ${r.p95Ms.toFixed(1).padStart(6)}  p99 ${r.p99Ms.toFixed(1).padStart(6)} ms  ${(r.bytesPerResponse / 1024).toFixed(1).padStart(7)} kB`,
    );
  }
  console.log('');
  for (const check of result.checks) console.log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name} — ${check.detail}`);
  const output = path.join(path.dirname(SELF), 'results', 'statistics.json');
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written ${path.relative(process.cwd(), output)}`);
  process.exit(result.checks.every((check) => check.ok) ? 0 : 1);
}
