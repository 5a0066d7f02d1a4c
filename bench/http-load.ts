import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import autocannon, { type Result as AutocannonResult } from 'autocannon';
import type { ServerKind } from './server-process.js';
import { startServerProcess } from './servers.js';

// The shared measuring tools of the benchmarks that run a scenario list against servers in child processes.

export interface Scenario {
  name: string;
  server: string;
  requests: { method: string; path: string; headers?: Record<string, string>; body?: string }[];
}

export interface Sample {
  latencies: number[];
  durationS: number;
  bytes: number;
  statusCounts: Record<string, number>;
  errors: number;
  /** CPU milliseconds while it ran: the server's process, the load generator (this process), and the rest of the machine (PostgreSQL). */
  cpuMs: { server: number; loadGenerator: number; rest: number };
}

export interface ScenarioSummary {
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
  /** CPU per request, in µs: the server's own, and the rest of the machine's (PostgreSQL, mostly). */
  serverCpuUsPerRequest: number;
  restCpuUsPerRequest: number;
}

/** The servers' process ids by URL, so a scenario's CPU can be charged to its server (Linux /proc). */
const serverPids = new Map<string, number | undefined>();
const CLOCK_TICK_MS = 10;

function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return 0;
  }
}

function machineBusyMs(): number {
  try {
    const [, user, nice, system, , , irq, softirq] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/).map(Number);
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0)) * CLOCK_TICK_MS;
  } catch {
    return 0;
  }
}

/** Runs one scenario for `durationS` with autocannon, cycling through its requests, and keeps every latency. */
export async function load(scenario: Scenario, durationS: number, connections: number): Promise<Sample> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let bytes = 0;
  let next = 0;
  const pid = serverPids.get(scenario.server);
  const cpuBefore = { server: processCpuMs(pid), self: process.cpuUsage(), machine: machineBusyMs() };
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
  const server = processCpuMs(pid) - cpuBefore.server;
  const self = process.cpuUsage(cpuBefore.self);
  const loadGenerator = (self.user + self.system) / 1000;
  const rest = Math.max(0, machineBusyMs() - cpuBefore.machine - server - loadGenerator);
  return {
    latencies,
    durationS: (performance.now() - started) / 1000,
    bytes,
    statusCounts,
    errors: result.errors + result.timeouts,
    cpuMs: { server, loadGenerator, rest },
  };
}

/** Percentiles over all samples of a scenario (p95 is computed from every response, autocannon has none). */
export function summarise(scenario: Scenario, samples: Sample[]): ScenarioSummary {
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
    serverCpuUsPerRequest: all.length === 0 ? 0 : (1000 * samples.reduce((sum, sample) => sum + sample.cpuMs.server, 0)) / all.length,
    restCpuUsPerRequest: all.length === 0 ? 0 : (1000 * samples.reduce((sum, sample) => sum + sample.cpuMs.rest, 0)) / all.length,
  };
}

/** Warm-up, then `rounds` rounds over all scenarios (interleaved, so drift hits each alike). */
export async function measureScenarios(scenarios: Scenario[], settings: { durationS: number; rounds: number; connections: number }, log: (m: string) => void) {
  for (const scenario of scenarios) await load(scenario, 1, settings.connections);
  const samples = new Map<string, Sample[]>();
  for (let round = 0; round < settings.rounds; round++) {
    for (const scenario of scenarios) {
      const sample = await load(scenario, settings.durationS, settings.connections);
      samples.set(scenario.name, [...(samples.get(scenario.name) ?? []), sample]);
    }
    log(`round ${round + 1}/${settings.rounds} done`);
  }
  return scenarios.map((scenario) => summarise(scenario, samples.get(scenario.name) ?? []));
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<{ jsonHeaders: Record<string, string> }> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const token = /schakel_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { jsonHeaders: { 'content-type': 'application/json', cookie: `schakel_session=${token}`, 'x-csrf-token': csrfToken } };
}

/**
 * Starts a server under test in its own Node process (bench/server-process.ts, as the lookup bench does),
 * so the load generator never shares its event loop. BENCH_PROFILE=1: a CPU profile of the app's process
 * from start to stop, in bench/results/profiles.
 */
export async function startChild(kind: ServerKind, env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await startServerProcess({ kind, env });
  serverPids.set(server.url, server.pid);
  const profileFile = process.env.BENCH_PROFILE && kind === 'app' ? path.join(import.meta.dirname, 'results', 'profiles', `${kind}-${Date.now()}.cpuprofile`) : undefined;
  if (profileFile) {
    await mkdir(path.dirname(profileFile), { recursive: true });
    await server.profile.start();
  }
  return {
    url: server.url,
    stop: async () => {
      if (profileFile) await server.profile.stop(profileFile);
      await server.stop();
    },
  };
}
