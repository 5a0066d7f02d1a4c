import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { loadDemoData } from '../src/server/demo/load-demo.js';
import { importBoundaries } from '../src/server/modules/boundaries/import-boundaries.js';
import { readMunicipalityNames } from '../src/server/modules/boundaries/municipality-names.js';
import { parseBoundaryFile } from '../src/server/modules/boundaries/parse-boundaries.js';
import { type Config, loadConfig } from '../src/server/platform/config.js';
import { type Database, openDatabase } from '../src/server/platform/db/database.js';
import { startEmbeddedCluster } from '../src/server/platform/embedded-postgres.js';

export const NATIONAL_FILE = 'cbs-gebieden/wijk_2024_nl.geojson';

export interface NationalImportStats {
  file: string;
  /** Read + JSON parse + validation (parseBoundaryFile). */
  parseMs: number;
  /** importBoundaries: regions, municipalities and one default area per district, in one transaction. */
  importMs: number;
  totalMs: number;
  regions: number;
  municipalities: number;
  areasCreated: number;
}

export interface BenchData {
  database: Database;
  /** Environment for a child process that opens the same database with loadConfig(). */
  env: Record<string, string>;
  config: Config;
  sharedDataDir: string;
  setupMs: { cluster: number; migrate: number; demo: number; connectors: number };
  nationalImport: NationalImportStats;
  counts: { municipalities: number; regions: number; areas: number; areasWithConnector: number };
  close: () => Promise<void>;
}

/**
 * A throw-away embedded PostgreSQL with the demo municipalities plus every CBS district of 2024
 * (one area per district), each area with a connector, so public lookups return full cards.
 */
export async function setUpBenchData(options: { sharedDataDir: string; log: (message: string) => void }): Promise<BenchData> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'schakel-bench-'));
  // As root the embedded server runs as the 'postgres' user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  let t = performance.now();
  const cluster = await startEmbeddedCluster({ dataDir });
  const clusterMs = performance.now() - t;
  const removeAll = async () => {
    await cluster.stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const env: Record<string, string> = {
      DATABASE_URL: cluster.url('postgres'),
      APP_DB_PASSWORD: randomBytes(18).toString('base64url'),
      DATA_DIR: dataDir,
      SHARED_DATA_DIR: options.sharedDataDir,
      DEMO: 'false',
      LOG_LEVEL: 'silent',
      // Keep the limiter on (as in production) but out of reach: it is not what we measure.
      PUBLIC_READ_RATE_LIMIT: '1000000000',
    };
    const config = loadConfig(env);
    t = performance.now();
    const database = await openDatabase(config);
    const migrateMs = performance.now() - t;

    t = performance.now();
    await loadDemoData({ ownerPool: database.owner, sharedDataDir: options.sharedDataDir, password: 'demo' });
    const demoMs = performance.now() - t;
    options.log(`demo data loaded in ${Math.round(demoMs)} ms`);

    const nationalImport = await importNationalFile({ ownerPool: database.owner, sharedDataDir: options.sharedDataDir });
    options.log(
      `national import: ${nationalImport.regions} districts, ${nationalImport.municipalities} municipalities, ` +
        `${nationalImport.areasCreated} areas in ${Math.round(nationalImport.totalMs)} ms`,
    );

    t = performance.now();
    await assignConnectors(database.owner);
    const connectorsMs = performance.now() - t;

    return {
      database,
      env,
      config,
      sharedDataDir: options.sharedDataDir,
      setupMs: { cluster: clusterMs, migrate: migrateMs, demo: demoMs, connectors: connectorsMs },
      nationalImport,
      counts: await countData(database.owner),
      close: async () => {
        await database.close();
        await removeAll();
      },
    };
  } catch (error) {
    await removeAll();
    throw error;
  }
}

/** What `schakel import-boundaries -m all wijk_2024_nl.geojson` does, timed. */
async function importNationalFile(options: { ownerPool: pg.Pool; sharedDataDir: string }): Promise<NationalImportStats> {
  const started = performance.now();
  const text = await readFile(path.join(options.sharedDataDir, NATIONAL_FILE), 'utf8');
  const regions = parseBoundaryFile({ fileName: path.basename(NATIONAL_FILE), text, municipalityIds: 'all' });
  const parsed = performance.now();
  const summary = await importBoundaries({
    ownerPool: options.ownerPool,
    regions,
    municipalityNames: await readMunicipalityNames(options.sharedDataDir),
  });
  const done = performance.now();
  return {
    file: NATIONAL_FILE,
    parseMs: parsed - started,
    importMs: done - parsed,
    totalMs: done - started,
    regions: regions.length,
    municipalities: summary.municipalities.length,
    areasCreated: summary.municipalities.reduce((sum, m) => sum + m.areasCreated, 0),
  };
}

/**
 * Every municipality whose areas lack a connector gets a pool of three invented connectors, and each such
 * area one of them in turn — two set-based statements instead of ~3,400 round trips.
 */
async function assignConnectors(ownerPool: pg.Pool, poolSize = 3): Promise<void> {
  await ownerPool.query(
    `insert into users (municipality_id, email, name, roles, job_title, phone)
     select m.id, format('wijkverbinder%s.%s@bench.schakel.test', g, lower(m.id)),
            format('Wijkverbinder %s %s', g, m.name), array['connector'], 'Wijkverbinder',
            format('06-%s', lpad((substr(m.id, 3)::int * 10 + g)::text, 8, '0'))
     from municipalities m cross join generate_series(1, $1::int) g
     where exists (
       select 1 from areas a where a.municipality_id = m.id
       and not exists (select 1 from area_people ap where ap.area_id = a.id and ap.role = 'connector'))
     on conflict do nothing`,
    [poolSize],
  );
  await ownerPool.query(
    `with orphan as (
       select a.id, a.municipality_id, row_number() over (partition by a.municipality_id order by a.name) - 1 as n
       from areas a
       where not exists (select 1 from area_people ap where ap.area_id = a.id and ap.role = 'connector')
     ), connector as (
       select u.id, u.municipality_id, row_number() over (partition by u.municipality_id order by u.email) - 1 as k,
              count(*) over (partition by u.municipality_id) as size
       from users u where u.email like '%@bench.schakel.test'
     )
     insert into area_people (area_id, user_id, municipality_id, role, hours_per_week)
     select o.id, c.id, o.municipality_id, 'connector', 8
     from orphan o join connector c on c.municipality_id = o.municipality_id and c.k = o.n % c.size`,
  );
}

async function countData(ownerPool: pg.Pool): Promise<BenchData['counts']> {
  const { rows } = await ownerPool.query(
    `select (select count(*) from municipalities)::int as municipalities,
            (select count(*) from regions)::int as regions,
            (select count(*) from areas)::int as areas,
            (select count(distinct area_id) from area_people where role = 'connector')::int as "areasWithConnector"`,
  );
  return rows[0];
}
