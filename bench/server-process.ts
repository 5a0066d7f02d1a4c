import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/platform/config.js';
import { openDatabase } from '../src/server/platform/db/database.js';
import { buildJsonFloor, buildPostgresFloor } from './floors.js';

// Child process: one server under test, so the load generator in the parent never shares its event loop.
// Parent → child: 'memory' | 'stop'. Child → parent: ready (port, start-up time, memory) | memory | stopped.

export type ServerKind = 'floor-json' | 'floor-postgres' | 'app';

export interface MemoryUsage {
  heapUsedMb: number;
  rssMb: number;
}

const kind = process.argv[2] as ServerKind;

async function start(): Promise<FastifyInstance> {
  if (kind === 'floor-json') return buildJsonFloor();
  if (kind === 'floor-postgres') return buildPostgresFloor({ databaseUrl: process.env.BENCH_APP_DB_URL ?? '' });
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  const app = await buildApp(config, { database, logger: false });
  app.addHook('onClose', () => database.close());
  return app;
}

function memory(): MemoryUsage {
  const usage = process.memoryUsage();
  return { heapUsedMb: usage.heapUsed / 2 ** 20, rssMb: usage.rss / 2 ** 20 };
}

const started = performance.now();
const app = await start();
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.send?.({ type: 'ready', port, startupMs: performance.now() - started, memory: memory() });

process.on('message', async (message: { type: string }) => {
  if (message.type === 'memory') process.send?.({ type: 'memory', memory: memory() });
  if (message.type === 'stop') {
    await app.close();
    process.send?.({ type: 'stopped' }, () => process.exit(0));
  }
});
// The parent died: do not linger.
process.on('disconnect', () => process.exit(0));
