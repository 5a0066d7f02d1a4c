import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type pg from 'pg';
import { type Scenario, type ScenarioSummary, measureScenarios, signIn, startChild } from './http-load.js';
import { TRAINING_CORPUS } from '../src/server/modules/signals/triage/corpus.js';
import { setUpBenchData } from './setup-national-data.js';

// Signals at scale: public intake against a bare PostgreSQL insert behind a bare Fastify route (the
// floor), and the connector's inbox and an area's signal map with a million signals in the database.
//   npx tsx bench/signals.ts   (BENCH_SIGNALS, BENCH_DURATION, BENCH_ROUNDS, BENCH_CONNECTIONS, SHARED_DATA_DIR)

export interface SignalsBenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string | undefined; node: string };
  settings: { durationS: number; rounds: number; connections: number; signals: number };
  data: { signals: number; inGm0748: number; generateMs: number };
  results: (ScenarioSummary & { ratioToFloor: number | null })[];
  checks: { name: string; ok: boolean; detail: string }[];
}

const SELF = fileURLToPath(import.meta.url);
const P95_LIMIT_MS = 50;
const INTAKE_RATIO_TARGET = 0.4;

const TEXTS = [
  'Jongeren hangen elke avond rond bij het winkelcentrum en bewoners voelen zich onveilig',
  'Veel ouderen in de buurt zijn eenzaam sinds het buurthuis dicht is',
  'Er wordt structureel te hard gereden in de straat bij de basisschool',
  'Bewoners willen samen de groenstrook opknappen en zoeken hulp van de gemeente',
  'De speeltuin is verouderd en kinderen spelen daardoor op straat',
  'Parkeerdruk in de hele wijk is te hoog sinds de nieuwbouw klaar is',
  'Na elke regenbui staat de straat blank, al jaren hetzelfde probleem',
  'De wijkraad heeft geen bestuur meer en stopt aan het eind van het jaar',
];
const THEMES = ['veiligheid', 'sociaal', 'verkeer', 'groen', 'spelen-sport', 'openbare-ruimte', 'participatie', 'jeugd'];

/**
 * A million signals (default) spread over Bergen op Zoom's areas and a thousand days, in bulk SQL. As in
 * a municipality that has worked this way for years: signals of the last 90 days are in every state
 * (a quarter still open), older ones are closed but for 1 % that runs long — about 3 % open in all. The
 * theme does not depend on the state. The texts (and kinds) are the triage corpus's resident messages, and
 * the connector has confirmed the kind of every signal past 'new': triage weighs each intake against the
 * municipality's learned decisions too, as it would in such a municipality.
 */
export async function generateSignals(owner: pg.Pool, count: number): Promise<number> {
  const started = performance.now();
  const { rows } = await owner.query<{ id: string }>(`select id from users where email = 'wijkverbinder@bergenopzoom.demo'`);
  await owner.query(
    `insert into signals (municipality_id, reference, text, channel, received_on, area_id, neighbourhood_code, lat, lon,
       kind, triage, themes, status, closing_state, closed_at, kind_confirmed_by, tracking_token_hash, created_at)
     select 'GM0748', 'B-' || n, ($2::text[])[1 + c] || ' (' || n || ')', 'website', (now() - age * interval '1 day')::date,
       ar.area_id, ar.region_code, 51.45 + (n % 997) / 10000.0, 4.25 + (n % 991) / 10000.0,
       ($4::text[])[1 + c], '{}'::jsonb, array[($3::text[])[1 + t]],
       case when is_new then 'new' when open then 'in_progress' else 'closed' end,
       case when open then null else 'resolved' end,
       case when open then null else now() end,
       case when is_new then null else $5::uuid end,
       md5(n::text), now() - age * interval '1 day' - (n % 86400) * interval '1 second'
     from generate_series(1, $1) as n
     cross join lateral (select n % 1000 as age, (n / 8) % 8 as t, n % cardinality($2::text[]) as c) g
     cross join lateral (select (g.age < 90 and n % 8 in (0, 1)) or (g.age >= 90 and n % 100 = 0) as open) o
     cross join lateral (select open and n % 8 = 0 as is_new) s
     join lateral (select area_id, region_code from area_regions where municipality_id = 'GM0748'
                   order by region_code offset (n % 38) limit 1) ar on true`,
    [count, TRAINING_CORPUS.map((example) => example.text), THEMES, TRAINING_CORPUS.map((example) => example.kind), rows[0]?.id],
  );
  // As in a database that has been running a while: statistics and the visibility map (index-only scans) up to date.
  await owner.query('vacuum analyze signals');
  return performance.now() - started;
}

export async function benchmarkSignals(options: {
  sharedDataDir: string;
  signals?: number;
  durationS?: number;
  rounds?: number;
  connections?: number;
  log?: (message: string) => void;
}): Promise<SignalsBenchResult> {
  const log = options.log ?? ((message: string) => console.log(`[signals] ${message}`));
  const settings = { durationS: options.durationS ?? 5, rounds: options.rounds ?? 2, connections: options.connections ?? 10, signals: options.signals ?? 1_000_000 };
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const data = await setUpBenchData({ sharedDataDir: options.sharedDataDir, log });
    cleanups.push(data.close);
    await data.database.owner.query('create table bench_floor_signals (id bigserial primary key, municipality_id text, text text, created_at timestamptz default now())');
    const generateMs = await generateSignals(data.database.owner, settings.signals);
    const counts = (await data.database.owner.query(`select count(*)::int as total, count(*) filter (where municipality_id = 'GM0748')::int as gm0748 from signals`)).rows[0];
    log(`${counts.total} signals generated in ${Math.round(generateMs)} ms`);

    const env = { ...data.env, PUBLIC_WRITE_RATE_LIMIT: '100000000', PUBLIC_READ_RATE_LIMIT: '100000000', LOG_LEVEL: 'silent' };
    const floorJson = await startChild('floor-json', env);
    cleanups.push(floorJson.stop);
    const floorInsert = await startChild('floor-insert', env);
    cleanups.push(floorInsert.stop);
    const app = await startChild('app', env);
    cleanups.push(app.stop);
    const connector = await signIn(app.url, 'wijkverbinder@bergenopzoom.demo', 'demo');
    const { rows: areas } = await data.database.owner.query<{ id: string }>(`select id from areas where municipality_id = 'GM0748' order by name`);

    const intakeBodies = Array.from({ length: 200 }, (_, i) =>
      JSON.stringify({ municipality: 'GM0748', text: `${TEXTS[i % TEXTS.length]} — melding ${i}`, neighbourhoodCode: 'BU07480102' }),
    );
    const scenarios: Scenario[] = [
      { name: 'floor: bare Fastify route (JSON)', server: floorJson.url, requests: [{ method: 'GET', path: '/floor' }] },
      {
        name: 'floor: bare Fastify route + one PostgreSQL insert',
        server: floorInsert.url,
        requests: intakeBodies.map((body) => ({ method: 'POST', path: '/floor', headers: { 'content-type': 'application/json' }, body })),
      },
      {
        name: 'public intake POST /api/v1/signals (triage + insert)',
        server: app.url,
        requests: intakeBodies.map((body) => ({ method: 'POST', path: '/api/v1/signals', headers: { 'content-type': 'application/json' }, body })),
      },
      { name: 'inbox, newest 50 of all (1M)', server: app.url, requests: [{ method: 'GET', path: '/api/v1/signals?limit=50', headers: connector.jsonHeaders }] },
      {
        name: 'inbox, open signals of one area and theme',
        server: app.url,
        requests: areas.map((area, i) => ({ method: 'GET', path: `/api/v1/signals?limit=50&status=open&areaId=${area.id}&theme=${THEMES[i % THEMES.length]}`, headers: connector.jsonHeaders })),
      },
      {
        name: 'area signal map (open, up to 1000 points)',
        server: app.url,
        requests: areas.map((area) => ({ method: 'GET', path: `/api/v1/signals/map?areaId=${area.id}`, headers: connector.jsonHeaders })),
      },
    ];
    // BENCH_ONLY=intake: only the scenarios whose name contains it (and always the floors).
    const only = process.env.BENCH_ONLY;
    const chosen = only ? scenarios.filter((s) => s.name.startsWith('floor') || s.name.includes(only)) : scenarios;
    // The reads first, then the writes: each intake run adds tens of thousands of open signals to one area,
    // and the reads are to measure the generated million, not an area swamped by the benchmark's own intakes.
    const writes = (scenario: Scenario) => scenario.requests.some((request) => request.method === 'POST');
    const measured = [
      ...(await measureScenarios(chosen.filter((s) => !writes(s)), settings, log)),
      ...(await measureScenarios(chosen.filter(writes), settings, log)),
    ];
    const summaries = chosen.map((scenario) => measured.find((summary) => summary.name === scenario.name) as ScenarioSummary);
    const floorRps = summaries[0]?.requestsPerSecond ?? 0;
    const insertFloorRps = summaries[1]?.requestsPerSecond ?? 0;
    const isIntake = (name: string) => name.startsWith('public intake');
    const results = summaries.map((summary, i) => ({
      ...summary,
      ratioToFloor: i === 0 ? null : (isIntake(summary.name) ? summary.requestsPerSecond / insertFloorRps : summary.requestsPerSecond / floorRps),
    }));
    const intake = results.find((result) => isIntake(result.name));
    const checks = [
      ...(intake
        ? [
            {
              name: `public intake ≥ ${INTAKE_RATIO_TARGET * 100} % of the bare insert floor`,
              ok: (intake.ratioToFloor ?? 0) >= INTAKE_RATIO_TARGET && Object.keys(intake.statusCounts).every((s) => s === '201'),
              detail: `${intake.requestsPerSecond.toFixed(0)} vs ${insertFloorRps.toFixed(0)} req/s = ${((intake.ratioToFloor ?? 0) * 100).toFixed(0)} %, statuses ${JSON.stringify(intake.statusCounts)}`,
            },
          ]
        : []),
      ...results
        .filter((result) => !result.name.startsWith('floor') && !isIntake(result.name))
        .map((result) => ({
          name: `${result.name}: p95 < ${P95_LIMIT_MS} ms`,
          ok: result.p95Ms < P95_LIMIT_MS && Object.keys(result.statusCounts).every((s) => s === '200'),
          detail: `p95 ${result.p95Ms.toFixed(1)} ms, statuses ${JSON.stringify(result.statusCounts)}`,
        })),
    ];
    return {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
      settings,
      data: { signals: counts.total, inGm0748: counts.gm0748, generateMs },
      results,
      checks,
    };
  } finally {
    while (cleanups.length > 0) await cleanups.pop()?.().catch((error) => console.error('cleanup:', error));
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const result = await benchmarkSignals({
    sharedDataDir: path.resolve(process.env.SHARED_DATA_DIR ?? '../shared/data'),
    signals: Number(process.env.BENCH_SIGNALS ?? 1_000_000),
    durationS: Number(process.env.BENCH_DURATION ?? 5),
    rounds: Number(process.env.BENCH_ROUNDS ?? 2),
    connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  });
  console.log('');
  for (const r of result.results) {
    console.log(
      `${r.name.padEnd(54)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50Ms.toFixed(1).padStart(6)}  p95 ${r.p95Ms.toFixed(1).padStart(6)}  p99 ${r.p99Ms.toFixed(1).padStart(6)} ms  CPU/req ${r.serverCpuUsPerRequest.toFixed(0).padStart(5)} µs + ${r.restCpuUsPerRequest.toFixed(0).padStart(5)} µs rest${r.ratioToFloor === null ? '' : `  ratio ${(r.ratioToFloor * 100).toFixed(0)} %`}`,
    );
  }
  console.log('');
  for (const check of result.checks) console.log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name} — ${check.detail}`);
  const output = path.join(path.dirname(SELF), 'results', 'signals.json');
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written ${path.relative(process.cwd(), output)}`);
  process.exit(0);
}
