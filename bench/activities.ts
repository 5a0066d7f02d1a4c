import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type pg from 'pg';
import { hashPassword } from '../src/server/platform/auth/passwords.js';
import { type Scenario, type ScenarioSummary, measureScenarios, signIn, startChild } from './http-load.js';
import { setUpBenchData } from './setup-national-data.js';

// The connector's work at national scale: the role-fulfilment, hours, responsiveness and timeline
// dashboards with 10 k, 100 k and 1 M activities spread over all 342 municipalities (bulk SQL), against
// a bare Fastify route (the floor), so the growth from 10 k to 1 M rows shows. The role and hours dashboards
// keep their answers per municipality version (DASHBOARD_CACHE_SIZE), so repeating a request — what a
// coordinator's day looks like — mostly measures a cache hit; a second app process with the cache off
// measures the same dashboard requests one at a time, so the cost of computing an answer shows beside it.
//   npx tsx bench/activities.ts   (BENCH_ACTIVITIES, BENCH_DURATION, BENCH_ROUNDS, BENCH_CONNECTIONS, SHARED_DATA_DIR)

export interface ActivitiesBenchStage {
  activities: number;
  /** The same scenarios with one connection: the latency of one request that never waits behind others. */
  single: ScenarioSummary[];
  /** The cached dashboards' scenarios against an app with DASHBOARD_CACHE_SIZE=0, one connection: every request computes. */
  uncached: ScenarioSummary[];
  largestMunicipality: { id: string; activities: number };
  bergenOpZoomActivities: number;
  generateMs: number;
  results: (ScenarioSummary & { ratioToFloor: number | null })[];
}

export interface ActivitiesBenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string | undefined; node: string };
  settings: { durationS: number; rounds: number; connections: number; stages: number[] };
  data: { municipalities: number; areasWithConnector: number };
  stages: ActivitiesBenchStage[];
  checks: { name: string; ok: boolean; detail: string }[];
}

const SELF = fileURLToPath(import.meta.url);
const P95_LIMIT_MS = 50;
/** The dashboards whose answers the app keeps per municipality version (modules/activities/dashboard-cache.ts). */
const CACHED_DASHBOARDS = ['/api/v1/dashboard/roles', '/api/v1/dashboard/hours'];
const BENCH_PASSWORD = 'bench-password-activities';

/**
 * Adds activities until there are `total`, spread evenly over every connector's area in the country, over
 * the last two years, with every kind and role — one INSERT … SELECT over generate_series.
 */
export async function generateActivities(owner: pg.Pool, from: number, total: number): Promise<number> {
  const started = performance.now();
  await owner.query(
    `with assignments as (
       select municipality_id, area_id, user_id, (row_number() over (order by municipality_id, area_id, user_id) - 1)::int as i
       from area_people where role = 'connector'
     ), counted as (select count(*)::int as c from assignments)
     insert into activities (municipality_id, user_id, area_id, kind, occurred_on, minutes, role, suggested_role, note)
     select a.municipality_id, a.user_id, a.area_id,
       (array['contact', 'meeting', 'call', 'visit', 'work'])[1 + n % 5],
       current_date - (n % 730),
       (array[15, 30, 45, 60, 90, 120])[1 + n % 6],
       (array['informing', 'agenda_setting', 'exploring', 'facilitating', 'fixing'])[1 + (n / 5) % 5],
       (array['informing', 'facilitating', 'informing', 'exploring', 'agenda_setting'])[1 + n % 5],
       'bench'
     from generate_series($1::int + 1, $2::int) as n
     join counted on true
     join assignments a on a.i = n % counted.c`,
    [from, total],
  );
  // What autovacuum does in production: statistics, and the visibility map for index-only scans.
  await owner.query('vacuum analyze activities');
  return performance.now() - started;
}

async function countActivities(owner: pg.Pool) {
  const { rows } = await owner.query<{ municipality_id: string; n: number }>(
    `select municipality_id, count(*)::int as n from activities group by municipality_id order by n desc, municipality_id`,
  );
  return {
    total: rows.reduce((sum, row) => sum + row.n, 0),
    largest: { id: rows[0]?.municipality_id ?? '', activities: rows[0]?.n ?? 0 },
    bergenOpZoom: rows.find((row) => row.municipality_id === 'GM0748')?.n ?? 0,
  };
}

/** A coordinator for the municipality with the most areas (the heaviest dashboard), signed in like anyone. */
async function createCoordinator(owner: pg.Pool, municipalityId: string): Promise<string> {
  const email = `coordinator.${municipalityId.toLowerCase()}@bench.schakel.test`;
  await owner.query(
    `insert into users (municipality_id, email, name, roles, password_hash) values ($1, $2, 'Bench-coördinator', array['coordinator'], $3)
     on conflict (email) do nothing`,
    [municipalityId, email, await hashPassword(BENCH_PASSWORD)],
  );
  return email;
}

export async function benchmarkActivities(options: {
  sharedDataDir: string;
  stages?: number[];
  durationS?: number;
  rounds?: number;
  connections?: number;
  log?: (message: string) => void;
}): Promise<ActivitiesBenchResult> {
  const log = options.log ?? ((message: string) => console.log(`[activities] ${message}`));
  const settings = {
    durationS: options.durationS ?? 5,
    rounds: options.rounds ?? 2,
    connections: options.connections ?? 10,
    stages: options.stages ?? [10_000, 100_000, 1_000_000],
  };
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const data = await setUpBenchData({ sharedDataDir: options.sharedDataDir, log });
    cleanups.push(data.close);
    const owner = data.database.owner;
    // Budgets over the whole two years, so the hours dashboard has a budget for every week.
    await owner.query(`update connector_hours set valid_from = current_date - 800`);
    const { rows: largestRows } = await owner.query<{ municipality_id: string }>(
      `select municipality_id from area_people where role = 'connector' group by municipality_id order by count(*) desc, municipality_id limit 1`,
    );
    const largestId = largestRows[0]?.municipality_id ?? 'GM0363';
    const largestEmail = await createCoordinator(owner, largestId);
    const { rows: largestAreas } = await owner.query<{ id: string }>('select id from areas where municipality_id = $1 order by name', [largestId]);

    const env = { ...data.env, LOG_LEVEL: 'silent' };
    const floor = await startChild('floor-json', env);
    cleanups.push(floor.stop);
    const app = await startChild('app', env);
    cleanups.push(app.stop);
    const uncachedApp = await startChild('app', { ...env, DASHBOARD_CACHE_SIZE: '0' });
    cleanups.push(uncachedApp.stop);
    const bergenOpZoom = await signIn(app.url, 'coordinator@bergenopzoom.demo', 'demo');
    const largest = await signIn(app.url, largestEmail, BENCH_PASSWORD);
    log(`largest municipality by connector areas: ${largestId} (${largestAreas.length} areas)`);

    const scenarios: Scenario[] = [
      { name: 'floor: bare Fastify route (JSON)', server: floor.url, requests: [{ method: 'GET', path: '/floor' }] },
      {
        name: 'roles dashboard, Bergen op Zoom, 12 weeks',
        server: app.url,
        requests: [{ method: 'GET', path: '/api/v1/dashboard/roles', headers: bergenOpZoom.jsonHeaders }],
      },
      {
        name: 'roles dashboard, largest municipality, 12 weeks',
        server: app.url,
        requests: [{ method: 'GET', path: '/api/v1/dashboard/roles', headers: largest.jsonHeaders }],
      },
      {
        name: 'roles dashboard, largest, per month over 2 years',
        server: app.url,
        requests: [{ method: 'GET', path: `/api/v1/dashboard/roles?granularity=month&from=${isoDaysAgo(729)}`, headers: largest.jsonHeaders }],
      },
      {
        name: 'hours dashboard, largest municipality, 12 weeks',
        server: app.url,
        requests: [{ method: 'GET', path: '/api/v1/dashboard/hours', headers: largest.jsonHeaders }],
      },
      {
        name: 'department responsiveness, Bergen op Zoom',
        server: app.url,
        requests: [{ method: 'GET', path: '/api/v1/dashboard/responsiveness', headers: bergenOpZoom.jsonHeaders }],
      },
      {
        name: 'timeline of an area, largest municipality',
        server: app.url,
        requests: largestAreas.slice(0, 50).map((area) => ({ method: 'GET', path: `/api/v1/timeline?areaId=${area.id}&limit=100`, headers: largest.jsonHeaders })),
      },
    ];

    // The dashboards with an answer cache, the same requests against the app without one (sessions live in the database).
    const uncachedScenarios: Scenario[] = scenarios
      .filter((scenario) => CACHED_DASHBOARDS.some((path) => scenario.requests[0]?.path.startsWith(path)))
      .map((scenario) => ({ ...scenario, name: `${scenario.name} (uncached)`, server: uncachedApp.url }));

    const stages: ActivitiesBenchStage[] = [];
    let generated = 0;
    for (const target of settings.stages) {
      const generateMs = await generateActivities(owner, generated, target);
      generated = target;
      const counts = await countActivities(owner);
      log(`${counts.total} activities (${generated} generated in ${Math.round(generateMs)} ms; largest ${counts.largest.id} ${counts.largest.activities})`);
      const summaries = await measureScenarios(scenarios, settings, log);
      const single = await measureScenarios(scenarios.slice(1), { ...settings, connections: 1 }, log);
      const uncached = await measureScenarios(uncachedScenarios, { ...settings, connections: 1 }, log);
      const floorRps = summaries[0]?.requestsPerSecond ?? 0;
      stages.push({
        activities: counts.total,
        single,
        uncached,
        largestMunicipality: counts.largest,
        bergenOpZoomActivities: counts.bergenOpZoom,
        generateMs,
        results: summaries.map((summary, i) => ({ ...summary, ratioToFloor: i === 0 ? null : summary.requestsPerSecond / floorRps })),
      });
    }

    const last = stages.at(-1);
    const first = stages[0];
    const checks = (last?.results.slice(1) ?? []).flatMap((result) => {
      const before = first?.results.find((r) => r.name === result.name);
      const alone = last?.single.find((r) => r.name === result.name);
      const statusesOk = Object.keys(result.statusCounts).every((status) => status === '200');
      return [
        {
          name: `${result.name}: p95 < ${P95_LIMIT_MS} ms at ${last?.activities.toLocaleString('en')} activities, ${settings.connections} connections`,
          ok: result.p95Ms < P95_LIMIT_MS && statusesOk,
          detail: `p95 ${result.p95Ms.toFixed(1)} ms (${before ? `${before.p95Ms.toFixed(1)} ms at ${first?.activities.toLocaleString('en')}` : 'n/a'}), statuses ${JSON.stringify(result.statusCounts)}`,
        },
        {
          name: `${result.name}: p95 < ${P95_LIMIT_MS} ms at ${last?.activities.toLocaleString('en')} activities, one request at a time`,
          ok: (alone?.p95Ms ?? Number.POSITIVE_INFINITY) < P95_LIMIT_MS && statusesOk,
          detail: `p95 ${alone?.p95Ms.toFixed(1)} ms, p50 ${alone?.p50Ms.toFixed(1)} ms`,
        },
      ];
    });
    const municipalities = (await owner.query<{ n: number }>('select count(*)::int as n from municipalities')).rows[0]?.n ?? 0;
    const areasWithConnector = (await owner.query<{ n: number }>(`select count(distinct area_id)::int as n from area_people where role = 'connector'`)).rows[0]?.n ?? 0;
    return {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
      settings,
      data: { municipalities, areasWithConnector },
      stages,
      checks,
    };
  } finally {
    while (cleanups.length > 0) await cleanups.pop()?.().catch((error) => console.error('cleanup:', error));
  }
}

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const top = Number(process.env.BENCH_ACTIVITIES ?? 1_000_000);
  const result = await benchmarkActivities({
    sharedDataDir: path.resolve(process.env.SHARED_DATA_DIR ?? '../shared/data'),
    stages: [10_000, 100_000, 1_000_000].filter((n) => n < top).concat(top),
    durationS: Number(process.env.BENCH_DURATION ?? 5),
    rounds: Number(process.env.BENCH_ROUNDS ?? 2),
    connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  });
  console.log('');
  for (const stage of result.stages) {
    console.log(
      `${stage.activities.toLocaleString('en')} activities (largest ${stage.largestMunicipality.id}: ${stage.largestMunicipality.activities.toLocaleString('en')}, Bergen op Zoom ${stage.bergenOpZoomActivities.toLocaleString('en')})`,
    );
    for (const r of stage.results) {
      const alone = stage.single.find((s) => s.name === r.name);
      const uncached = stage.uncached.find((s) => s.name === `${r.name} (uncached)`);
      console.log(
        `  ${r.name.padEnd(52)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50Ms.toFixed(1).padStart(6)}  p95 ${r.p95Ms.toFixed(1).padStart(6)}  p99 ${r.p99Ms.toFixed(1).padStart(6)} ms${r.ratioToFloor === null ? '' : `  ${(r.ratioToFloor * 100).toFixed(0)} % of floor`}  CPU/req app ${(r.serverCpuUsPerRequest / 1000).toFixed(1)} + rest ${(r.restCpuUsPerRequest / 1000).toFixed(1)} ms${alone ? `  | 1 conn: p50 ${alone.p50Ms.toFixed(1)} p95 ${alone.p95Ms.toFixed(1)} ms` : ''}${uncached ? `  | uncached, 1 conn: p50 ${uncached.p50Ms.toFixed(1)} p95 ${uncached.p95Ms.toFixed(1)} ms, CPU/req app ${(uncached.serverCpuUsPerRequest / 1000).toFixed(1)} + rest ${(uncached.restCpuUsPerRequest / 1000).toFixed(1)} ms` : ''}`,
      );
    }
  }
  console.log('');
  for (const check of result.checks) console.log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name} — ${check.detail}`);
  const output = path.join(path.dirname(SELF), 'results', 'activities.json');
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written ${path.relative(process.cwd(), output)}`);
  process.exit(0);
}
