import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/platform/config.js';
import { openDatabase } from '../src/server/platform/db/database.js';
import { buildInsertFloor, buildJsonFloor, buildPostgresFloor } from './floors.js';

// Child process: one server under test, so the load generator in the parent never shares its event loop.
// The parent sends { id, command } and gets { id, ...answer } back; the first message is { id: 0, port, … }.

export type ServerKind = 'floor-json' | 'floor-postgres' | 'floor-insert' | 'app';
export type ServerCommand = { command: 'stats' } | { command: 'profile-start' } | { command: 'profile-stop'; file: string } | { command: 'stop' };

export interface ServerStats {
  heapUsedMb: number;
  rssMb: number;
  /** CPU time (user + system) this process has used so far. */
  cpuMs: number;
}

const kind = process.argv[2] as ServerKind;

async function start(): Promise<FastifyInstance> {
  if (kind === 'floor-json') return buildJsonFloor();
  if (kind === 'floor-postgres') return buildPostgresFloor({ databaseUrl: process.env.BENCH_APP_DB_URL ?? '' });
  if (kind === 'floor-insert') return buildInsertFloor({ databaseUrl: process.env.DATABASE_URL ?? '' });
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  const app = await buildApp(config, { database, logger: false });
  app.addHook('onClose', () => database.close());
  return app;
}

function stats(): ServerStats {
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  return { heapUsedMb: memory.heapUsed / 2 ** 20, rssMb: memory.rss / 2 ** 20, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const started = performance.now();
const app = await start();
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.send?.({ id: 0, port, startupMs: performance.now() - started, stats: stats() });

// Profiles only when asked (BENCH_PROFILE=1), and only around one scenario's run.
let profiler: Session | undefined;

process.on('message', async (message: ServerCommand & { id: number }) => {
  const reply = (answer: object, then: () => void = () => {}) => process.send?.({ id: message.id, ...answer }, then);
  switch (message.command) {
    case 'stats':
      return reply({ stats: stats() });
    case 'profile-start':
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
      return reply({});
    case 'profile-stop': {
      const result = await profiler?.post('Profiler.stop');
      profiler?.disconnect();
      profiler = undefined;
      if (result) await writeFile(message.file, JSON.stringify(result.profile));
      return reply({});
    }
    case 'stop':
      await app.close();
      return reply({}, () => process.exit(0));
  }
});
// The parent died: do not linger.
process.on('disconnect', () => process.exit(0));
