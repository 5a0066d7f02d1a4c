import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { readOrCreateSecret, startEmbeddedCluster } from '../embedded-postgres.js';
import { ensureAppRole, migrate, withCredentials } from './migrate.js';

// Dates stay strings ('2026-11-25'), bigint counts become numbers: we never count past 2^53.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export interface Database {
  /** Serves requests as the app's login role: row-level security applies. */
  app: pg.Pool;
  /** The owner: migrations, imports and the change listener. Never used for a request. */
  owner: pg.Pool;
  ownerUrl: string;
  /** The app role's connection string (the lookup index listens for changes with it). */
  appUrl: string;
  close: () => Promise<void>;
}

/** Connects to the external PostgreSQL (DATABASE_URL) or the embedded one, migrates, and opens both pools. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'appDbRole' | 'appDbPassword'>,
  options: { log?: (message: string) => void; appPoolSize?: number } = {},
): Promise<Database> {
  let ownerUrl = config.databaseUrl;
  let stopCluster = async () => {};
  if (!ownerUrl) {
    const cluster = await startEmbeddedCluster({ dataDir: config.dataDir, log: options.log });
    ownerUrl = cluster.url('postgres');
    stopCluster = cluster.stop;
  }
  const applied = await migrate(ownerUrl);
  if (applied.length > 0) options.log?.(`Migraties toegepast: ${applied.join(', ')}`);

  const appPassword =
    config.appDbPassword ?? (await readOrCreateSecret(path.join(config.dataDir, '.app-db-password')));
  await ensureAppRole(ownerUrl, config.appDbRole, appPassword);

  const appUrl = withCredentials(ownerUrl, config.appDbRole, appPassword);
  const app = new pg.Pool({
    connectionString: appUrl,
    max: options.appPoolSize ?? 10,
  });
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 3 });
  for (const pool of [app, owner]) pool.on('error', (error) => options.log?.(`Databasefout: ${error.message}`));
  return {
    app,
    owner,
    ownerUrl,
    appUrl,
    close: async () => {
      await Promise.all([app.end(), owner.end()]);
      await stopCluster();
    },
  };
}
