import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type LoadResult, type LoadSample, runLoad, summarise } from './load.js';
import type { ServerProcess } from './servers.js';

export interface Scenario {
  name: string;
  server: ServerProcess;
  paths: string[];
  /** Compared with floor B too. */
  isDatabaseBacked: boolean;
  expectedStatus: number;
  /** Profile this scenario's server when BENCH_PROFILE is set (only the app's: the floors are not ours). */
  isProfiled: boolean;
}

export interface Measured extends LoadResult {
  name: string;
  example: string;
  isDatabaseBacked: boolean;
  expectedStatus: number;
  /** req/s of each round, in order: the spread shows how steady the machine was. */
  roundsPerSecond: number[];
  /** CPU time ÷ wall time, 100 = one core busy: the server process, the load generator (this process), the whole machine. */
  serverCpuPercent: number;
  generatorCpuPercent: number;
  machineCpuPercent: number;
}

/**
 * Warms every scenario up, then runs them in interleaved rounds (A, B, point, …, A, B, point, …) so that
 * a disturbance on this shared machine hits the floors and the endpoints alike instead of one of them.
 */
export async function runScenarios(options: {
  scenarios: Scenario[];
  durationS: number;
  warmupS: number;
  rounds: number;
  connections: number;
  profileDir?: string;
  log: (message: string) => void;
}): Promise<Measured[]> {
  const { scenarios, connections } = options;
  const sliceS = options.durationS / options.rounds;
  if (options.warmupS > 0) {
    for (const scenario of scenarios) {
      await runLoad({ baseUrl: scenario.server.url, paths: scenario.paths, connections, durationS: options.warmupS });
    }
  }

  const samples = scenarios.map(() => [] as LoadSample[]);
  const cpu = scenarios.map(() => ({ serverMs: 0, generatorMs: 0, machineMs: 0 }));
  for (let round = 1; round <= options.rounds; round++) {
    for (const [i, scenario] of scenarios.entries()) {
      const serverBefore = await scenario.server.stats();
      const generatorBefore = process.cpuUsage();
      const machineBefore = readMachineCpuMs();
      samples[i]?.push(await runLoad({ baseUrl: scenario.server.url, paths: scenario.paths, connections, durationS: sliceS }));
      const generator = process.cpuUsage(generatorBefore);
      const totals = cpu[i] as (typeof cpu)[number];
      totals.serverMs += (await scenario.server.stats()).cpuMs - serverBefore.cpuMs;
      totals.generatorMs += (generator.user + generator.system) / 1000;
      totals.machineMs += readMachineCpuMs() - machineBefore;
    }
    options.log(`round ${round}/${options.rounds} done`);
  }

  if (options.profileDir) {
    for (const scenario of scenarios.filter((s) => s.isProfiled || process.env.BENCH_PROFILE === 'all')) {
      const file = path.join(options.profileDir, `${scenario.name.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`);
      await scenario.server.profile.start();
      await runLoad({ baseUrl: scenario.server.url, paths: scenario.paths, connections, durationS: sliceS });
      await scenario.server.profile.stop(file);
      options.log(`profile written: ${path.relative(process.cwd(), file)}`);
    }
  }

  return scenarios.map((scenario, i) => {
    const own = samples[i] ?? [];
    const result = summarise(own);
    const wallMs = result.durationS * 1000;
    const totals = cpu[i] as (typeof cpu)[number];
    return {
      name: scenario.name,
      example: scenario.paths[0] ?? '',
      isDatabaseBacked: scenario.isDatabaseBacked,
      expectedStatus: scenario.expectedStatus,
      ...result,
      roundsPerSecond: own.map((sample) => sample.requests / sample.durationS),
      serverCpuPercent: (totals.serverMs / wallMs) * 100,
      generatorCpuPercent: (totals.generatorMs / wallMs) * 100,
      machineCpuPercent: (totals.machineMs / wallMs) * 100,
    };
  });
}

/** Busy CPU time of the whole machine (all cores, Linux /proc/stat); NaN elsewhere. */
function readMachineCpuMs(): number {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return ((user + nice + system + irq + softirq + steal) * 1000) / clockTicksPerSecond;
  } catch {
    return Number.NaN;
  }
}
// USER_HZ is 100 on every Linux build Node supports.
const clockTicksPerSecond = os.platform() === 'linux' ? 100 : Number.NaN;
