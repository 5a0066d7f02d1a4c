import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon, { type Result as AutocannonResult } from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/platform/config.js';
import { openDatabase } from '../src/server/platform/db/database.js';
import { importRealStatistics } from '../test/statistics.js';
import { setUpBenchData } from './setup-national-data.js';

// Statistics at national scale: map data and the priority ranking over all 3,393 CBS districts of 2024,
// against a bare Fastify route (the floor) measured in the same run on the same machine.
//   npx tsx bench/statistics.ts            (BENCH_DURATION, BENCH_ROUNDS, BENCH_CONNECTIONS, SHARED_DATA_DIR)
// The lead wires benchmarkStatistics() into bench/run.ts.

export interface StatisticsScenarioResult {
  name: string;
  example: string;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  bytesPerResponse: number;
  statusCounts: Record<string, number>;
  errors: number;
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

    const floor = await startChild('floor', data.env);
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

    for (const scenario of scenarios) await load(scenario, 1, settings.connections); // warm-up
    const samples = new Map<string, Sample[]>();
    for (let round = 0; round < settings.rounds; round++) {
      for (const scenario of scenarios) {
        const sample = await load(scenario, settings.durationS, settings.connections);
        samples.set(scenario.name, [...(samples.get(scenario.name) ?? []), sample]);
      }
      log(`round ${round + 1}/${settings.rounds} done`);
    }
    const summaries = scenarios.map((scenario) => summarise(scenario, samples.get(scenario.name) ?? []));
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

interface Scenario {
  name: string;
  server: string;
  requests: { method: string; path: string; headers?: Record<string, string>; body?: string }[];
}

interface Sample {
  latencies: number[];
  durationS: number;
  bytes: number;
  statusCounts: Record<string, number>;
  errors: number;
}

async function load(scenario: Scenario, durationS: number, connections: number): Promise<Sample> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: scenario.server,
        connections,
        duration: durationS,
        timeout: 10,
        requests: [
          {
            setupRequest: (request) => {
              const chosen = scenario.requests[next++ % scenario.requests.length];
              return { ...request, ...chosen } as typeof request;
            },
          },
        ],
      },
      (error, value) => (error ? reject(error) : resolve(value)),
    );
    instance.on('response', (_client: unknown, statusCode: number, responseBytes: number, responseTime: number) => {
      latencies.push(responseTime);
      bytes += responseBytes;
      statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    });
  });
  return { latencies, durationS: (performance.now() - started) / 1000, bytes, statusCounts, errors: result.errors + result.timeouts };
}

function summarise(scenario: Scenario, samples: Sample[]): Omit<StatisticsScenarioResult, 'p95OverFloorMs'> {
  const all = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const quantile = (q: number) => (all.length === 0 ? Number.NaN : (all[Math.min(all.length - 1, Math.ceil(q * all.length) - 1)] as number));
  const durationS = samples.reduce((sum, sample) => sum + sample.durationS, 0);
  const statusCounts: Record<string, number> = {};
  for (const sample of samples) for (const [status, count] of Object.entries(sample.statusCounts)) statusCounts[status] = (statusCounts[status] ?? 0) + count;
  const first = scenario.requests[0];
  return {
    name: scenario.name,
    example: `${first?.method} ${first?.path}${first?.body ? ` ${first.body.slice(0, 120)}` : ''}`,
    requests: all.length,
    requestsPerSecond: all.length / durationS,
    p50Ms: quantile(0.5),
    p95Ms: quantile(0.95),
    p99Ms: quantile(0.99),
    maxMs: quantile(1),
    bytesPerResponse: all.length === 0 ? 0 : samples.reduce((sum, sample) => sum + sample.bytes, 0) / all.length,
    statusCounts,
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
  };
}

async function signIn(baseUrl: string, email: string, password: string): Promise<{ jsonHeaders: Record<string, string> }> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const token = /schakel_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { jsonHeaders: { 'content-type': 'application/json', cookie: `schakel_session=${token}`, 'x-csrf-token': csrfToken } };
}

/** One server in its own process, so the load generator never shares its event loop. */
async function startChild(kind: 'app' | 'floor', env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = fork(SELF, ['--serve', kind], { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [message] = (await once(child, 'message')) as [{ port: number }];
  return {
    url: `http://127.0.0.1:${message.port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function serve(kind: 'app' | 'floor'): Promise<void> {
  let app: FastifyInstance;
  if (kind === 'floor') {
    app = Fastify({ logger: false });
    app.get('/floor', async () => ({ status: 'ok' }));
  } else {
    const config = loadConfig(process.env);
    const database = await openDatabase(config);
    app = await buildApp(config, { database, logger: false });
    app.addHook('onClose', () => database.close());
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('message', async () => {
    await app.close();
    process.exit(0);
  });
  process.on('disconnect', () => process.exit(0));
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain && process.argv[2] === '--serve') {
  await serve(process.argv[3] as 'app' | 'floor');
} else if (isMain) {
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
