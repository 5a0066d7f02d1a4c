import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadDemoData } from '../src/server/demo/load-demo.js';
import { startEmbeddedCluster } from '../src/server/platform/embedded-postgres.js';
import { ensureAppRole, migrate } from '../src/server/platform/db/migrate.js';
import { TEST_APP_DB_PASSWORD, TEST_APP_DB_ROLE, type TestDatabaseInfo } from './database-info.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseInfo;
  }
}

/**
 * Starts one real PostgreSQL for the whole run (embedded, or the server in TEST_DATABASE_URL) and builds
 * two migrated template databases — empty, and with the demo municipalities — that each test file copies.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let dataDir: string | undefined;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'schakel-test-'));
    // The embedded server runs as the 'postgres' user when we are root: it must be able to enter.
    await chmod(dataDir, 0o755);
    const cluster = await startEmbeddedCluster({ dataDir });
    adminUrl = cluster.url('postgres');
    stop = cluster.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const suffix = process.pid;
  const templates = { empty: `schakel_tpl_empty_${suffix}`, demo: `schakel_tpl_demo_${suffix}` };
  for (const name of Object.values(templates)) {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  }
  const urlOf = (database: string) => {
    const url = new URL(adminUrl as string);
    url.pathname = `/${database}`;
    return url.toString();
  };
  for (const name of Object.values(templates)) {
    await migrate(urlOf(name));
    await ensureAppRole(urlOf(name), TEST_APP_DB_ROLE, TEST_APP_DB_PASSWORD);
  }
  const demoPool = new pg.Pool({ connectionString: urlOf(templates.demo) });
  await loadDemoData({ ownerPool: demoPool, sharedDataDir: sharedDataDir(), password: 'demo' });
  await demoPool.end();

  project.provide('testDatabase', { adminUrl, templates, sharedDataDir: sharedDataDir() });

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'schakel\\_t\\_%' or datname like 'schakel\\_tpl\\_%\\_${suffix}'`,
    );
    for (const row of rows) await admin.query(`drop database if exists ${row.datname} with (force)`).catch(() => {});
    await admin.end();
    await stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

function sharedDataDir(): string {
  return path.resolve(process.env.SHARED_DATA_DIR ?? '../shared/data');
}
