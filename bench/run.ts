import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureLookupIndex } from './measure-index.js';
import { evaluate, fmt, formatChecks, formatTable, withRatios, writeResults } from './report.js';
import { type Scenario, runScenarios } from './scenarios.js';
import { type ServerProcess, startServerProcess } from './servers.js';
import { NATIONAL_FILE, setUpBenchData } from './setup-national-data.js';
import { buildTargets } from './targets.js';
import { checkPoints, checkStatus } from './verify.js';

// npm run bench — the public lookup against the machine's floors, measured in one run. See bench/README.md.

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const settings = {
  durationS: numberFromEnv('BENCH_DURATION', 10),
  rounds: Math.max(1, Math.round(numberFromEnv('BENCH_ROUNDS', 10))),
  warmupS: numberFromEnv('BENCH_WARMUP', 2),
  connections: Math.max(1, Math.round(numberFromEnv('BENCH_CONNECTIONS', 10))),
  sharedDataDir: path.resolve(process.env.SHARED_DATA_DIR ?? '../shared/data'),
  profileDir: process.env.BENCH_PROFILE ? path.join(benchDir, 'results', 'profiles') : undefined,
  output: path.join(benchDir, 'results', 'latest.json'),
};
const startedAt = performance.now();
const log = (message: string) => console.log(`[bench ${((performance.now() - startedAt) / 1000).toFixed(1)} s] ${message}`);

// Everything started is stopped again, in reverse order, also on Ctrl-C or an error.
const cleanups: (() => Promise<void>)[] = [];
const cleanUp = async () => {
  while (cleanups.length > 0) await cleanups.pop()?.().catch((error) => console.error('cleanup:', error));
};
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

try {
  await main();
} finally {
  await cleanUp();
}

async function main(): Promise<void> {
  log(
    `${os.cpus().length} CPUs (${os.cpus()[0]?.model}), Node ${process.version}; ${settings.connections} connections, ` +
      `${settings.durationS} s per scenario in ${settings.rounds} rounds, after ${settings.warmupS} s warm-up`,
  );

  const data = await setUpBenchData({ sharedDataDir: settings.sharedDataDir, log });
  cleanups.push(data.close);
  log(`data: ${JSON.stringify(data.counts)}`);

  const index = await measureLookupIndex(data.database.app);
  log(`lookup index: load ${Math.round(index.loadMs)} ms, build ${Math.round(index.buildColdMs)} ms, heap +${fmt(index.retainedMb, 1)} MB`);
  const targets = await buildTargets({ file: path.join(settings.sharedDataDir, NATIONAL_FILE) });

  // All three servers stay up for the whole run (idle ones cost nothing), so the rounds can interleave them.
  const start = async (kind: ServerProcess['kind']) => {
    const server = await startServerProcess({ kind, env: { ...data.env, BENCH_APP_DB_URL: data.database.appUrl } });
    cleanups.push(server.stop);
    return server;
  };
  const floorJson = await start('floor-json');
  const floorPostgres = await start('floor-postgres');
  const app = await start('app');
  log(`app started in ${Math.round(app.startupMs)} ms (heap ${fmt(app.statsAtStart.heapUsedMb, 0)} MB, rss ${fmt(app.statsAtStart.rssMb, 0)} MB)`);

  // Correctness first; it is also the app's JIT warm-up.
  const points = await checkPoints(app.url, targets.points);
  log(
    `correctness: ${points.matches}/${points.checked} points in their own district, ${points.neighbourDistrict} in a neighbouring ` +
      `district, ${points.otherMunicipality} in another municipality, ${points.notFound} not found, ${points.failed} failed`,
  );
  const outside = await checkStatus(app.url, targets.outside, 404);
  const names = await checkStatus(app.url, targets.names, 200);

  const scenario = (name: string, server: ServerProcess, paths: string[], extra: Partial<Scenario> = {}): Scenario => ({
    name,
    server,
    paths,
    isDatabaseBacked: false,
    expectedStatus: 200,
    isProfiled: server === app,
    ...extra,
  });
  if (settings.profileDir) await mkdir(settings.profileDir, { recursive: true });
  const measured = await runScenarios({
    // Each floor runs right before the endpoints compared with it, so that paired slices are seconds apart.
    scenarios: [
      scenario('floor A: bare route', floorJson, ['/floor']),
      scenario('lookup by point', app, points.hitPaths),
      scenario('lookup by point, outside (404)', app, outside.passing, { expectedStatus: 404 }),
      scenario('lookup by name', app, names.passing),
      scenario('floor B: bare route + select 1', floorPostgres, ['/floor'], { isDatabaseBacked: true }),
      scenario('health (1 DB round trip)', app, ['/api/health'], { isDatabaseBacked: true }),
    ],
    durationS: settings.durationS,
    warmupS: settings.warmupS,
    rounds: settings.rounds,
    connections: settings.connections,
    profileDir: settings.profileDir,
    log,
  });
  const appAfterLoad = await app.stats();

  const floorA = measured.find((row) => row.name.startsWith('floor A'));
  const floorB = measured.find((row) => row.name.startsWith('floor B'));
  if (!floorA || !floorB) throw new Error('floors missing');
  const rows = withRatios(measured, floorA, floorB);
  const checks = evaluate(rows);
  const nationalImport = data.nationalImport;
  const notFoundBy = Object.entries(points.notFoundByMunicipality).map(([id, count]) => `${id} ${count}`);
  console.log(`\n${formatTable(rows)}\n`);
  console.log(formatChecks(checks));
  console.log(
    [
      `INFO  point correctness: ${fmt(points.mismatchRate * 100, 2)} % of ${points.checked} district points not answered with their own district ` +
        `(${points.neighbourDistrict} neighbouring district, ${points.otherMunicipality} other municipality, ${points.notFound} not found` +
        `${notFoundBy.length > 0 ? `: ${notFoundBy.join(', ')}` : ''}); ${points.withoutConnector} cards without connector`,
      `INFO  outside points: ${outside.passing.length}/${outside.checked} answered 404; names: ${names.passing.length}/${names.checked} answered 200`,
      `INFO  lookup index (${index.size.regions} regions, ${index.size.areas} areas, ${index.size.municipalities} municipalities): ` +
        `load ${Math.round(index.loadMs)} ms + build ${Math.round(index.buildColdMs)} ms cold, ${Math.round(index.buildWarmMs)} ms warm; ` +
        `heap ${fmt(index.heapBeforeMb, 1)} → ${fmt(index.heapAfterMb, 1)} MB (+${fmt(index.retainedMb, 1)} MB)`,
      `INFO  national import, CLI-style (${nationalImport.regions} districts, ${nationalImport.municipalities} municipalities, ` +
        `${nationalImport.areasCreated} areas): ${Math.round(nationalImport.totalMs)} ms (read + parse ${Math.round(nationalImport.parseMs)} ms, ` +
        `database ${Math.round(nationalImport.importMs)} ms)`,
      `INFO  app server: start ${Math.round(app.startupMs)} ms; heap ${fmt(app.statsAtStart.heapUsedMb, 0)} → ${fmt(appAfterLoad.heapUsedMb, 0)} MB, ` +
        `rss ${fmt(app.statsAtStart.rssMb, 0)} → ${fmt(appAfterLoad.rssMb, 0)} MB (start → after load)`,
    ].join('\n'),
  );

  await writeResults(settings.output, {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, fastify: packageVersion('fastify') },
    settings: { durationS: settings.durationS, rounds: settings.rounds, warmupS: settings.warmupS, connections: settings.connections },
    setupMs: data.setupMs,
    data: data.counts,
    nationalImport,
    lookupIndex: index,
    appServer: { startupMs: app.startupMs, atStart: app.statsAtStart, afterLoad: appAfterLoad },
    correctness: {
      points: { ...points, hitPaths: points.hitPaths.length },
      outside: { checked: outside.checked, notFound: outside.passing.length, unexpected: outside.unexpected },
      names: { checked: names.checked, ok: names.passing.length, unexpected: names.unexpected },
    },
    results: rows,
    checks,
    totalS: (performance.now() - startedAt) / 1000,
  });
  log(`written ${path.relative(process.cwd(), settings.output)}`);
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
}

function packageVersion(name: string): string {
  return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
}
