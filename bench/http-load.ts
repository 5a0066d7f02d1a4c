import { fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon, { type Result as AutocannonResult } from 'autocannon';

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
const serverPids = new Map<string, number>();
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
 * Starts `script --serve kind` in its own Node process (so the load generator never shares its event loop)
 * and waits for the port it sends back.
 */
export async function startChild(script: string, kind: string, env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  // BENCH_PROFILE=1: a V8 CPU profile of the app's process (not the floors') in bench/results/profiles.
  const profile = process.env.BENCH_PROFILE && kind === 'app' ? ['--cpu-prof', `--cpu-prof-dir=${path.join(import.meta.dirname, 'results', 'profiles')}`] : [];
  const child = fork(script, ['--serve', kind], { execArgv: ['--import', 'tsx', ...profile], env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [message] = (await once(child, 'message')) as [{ port: number }];
  const url = `http://127.0.0.1:${message.port}`;
  if (child.pid !== undefined) serverPids.set(url, child.pid);
  return {
    url,
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

/** The child side of startChild: listen, report the port, close on 'stop'. */
export async function serveInChild(app: { listen: (o: { host: string; port: number }) => Promise<unknown>; server: { address: () => unknown }; close: () => Promise<unknown> }) {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address() as { port: number } | null;
  process.send?.({ port: address?.port ?? 0 });
  process.on('message', async () => {
    await app.close();
    process.exit(0);
  });
  process.on('disconnect', () => process.exit(0));
}
