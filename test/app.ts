import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { type Config, loadConfig } from '../src/server/platform/config.js';
import { type Database, openDatabase } from '../src/server/platform/db/database.js';
import { TEST_APP_DB_PASSWORD, TEST_APP_DB_ROLE } from './database-info.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close: () => Promise<void>;
}

/**
 * A fresh database copied from a migrated template (`empty`, or `demo` with Bergen op Zoom, Den Helder
 * and Ridderkerk), and the whole app on top of it. One per test file keeps tests independent and fast.
 */
export async function buildTestApp(options: { template?: 'empty' | 'demo'; config?: Partial<Config>; appPoolSize?: number } = {}): Promise<TestApp> {
  const info = inject('testDatabase');
  const databaseUrl = await createDatabaseFromTemplate(info.adminUrl, info.templates[options.template ?? 'demo']);
  const config: Config = {
    ...loadConfig({}),
    databaseUrl,
    appDbRole: TEST_APP_DB_ROLE,
    appDbPassword: TEST_APP_DB_PASSWORD,
    sharedDataDir: info.sharedDataDir,
    dataDir: path.resolve('.tmp/test-data'),
    demo: false,
    logLevel: 'silent',
    ...options.config,
  };
  const database = await openDatabase(config, { appPoolSize: options.appPoolSize ?? 5 });
  const app = await buildApp(config, { database, logger: false });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
      await dropDatabase(info.adminUrl, databaseUrl);
    },
  };
}

const CREATE_DATABASE_LOCK = 748_1;

async function createDatabaseFromTemplate(adminUrl: string, template: string): Promise<string> {
  const name = `schakel_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Copying a template needs it to be idle; one copy at a time across parallel test files.
    await admin.query('select pg_advisory_lock($1)', [CREATE_DATABASE_LOCK]);
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [CREATE_DATABASE_LOCK]).catch(() => {});
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(adminUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
  await admin.end();
}
