import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/database.js';

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve('bin/schakel.mjs'), ...args], { env: { ...process.env, DATABASE_URL: '', ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('embedded PostgreSQL under DATA_DIR', () => {
  let dataDir: string;
  const shared = path.resolve(process.env.SHARED_DATA_DIR ?? '../shared/data');
  const wijken = path.join(shared, 'cbs-gebieden/wijk_2022_gm0400_gm0597_gm0748.geojson');
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'schakel-datadir-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('lets the CLI import while a server runs on the same DATA_DIR, and on its own when none runs; data persists', async () => {
    const config = { dataDir, appDbRole: 'schakel_app' } as const;
    // "The server": starts the cluster on a free port and keeps it running.
    const server = await openDatabase(config);
    try {
      const joined = await runCli(['import-boundaries', '-m', 'GM0597', wijken], { DATA_DIR: dataDir });
      expect(joined.output).toContain('GM0597: 12 wijken');
      expect(joined.code).toBe(0);
      // The CLI joined the running cluster and left it running for the server.
      const { rows } = await server.app.query('select count(*)::int as n from public_regions()');
      expect(rows[0].n).toBe(12);
    } finally {
      await server.close();
    }

    const alone = await runCli(['import-boundaries', '-m', 'GM0400', wijken], { DATA_DIR: dataDir });
    expect(alone.output).toContain('GM0400: 8 wijken');
    expect(alone.code).toBe(0);

    const restarted = await openDatabase(config);
    try {
      const { rows } = await restarted.app.query('select municipality_id, count(*)::int as n from public_regions() group by 1 order by 1');
      expect(rows).toEqual([{ municipality_id: 'GM0400', n: 8 }, { municipality_id: 'GM0597', n: 12 }]);
    } finally {
      await restarted.close();
    }
  }, 120_000);
});
