import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type pg from 'pg';
import { loadLookupData } from '../src/server/modules/lookup/lookup-data.js';
import { buildLookupIndex } from '../src/server/modules/lookup/lookup-index.js';

export interface IndexStats {
  /** loadLookupData: the three public_* functions, geometry included, over the app role's pool. */
  loadMs: number;
  /** buildLookupIndex on that data, first (cold) build: what a server start or a NOTIFY reload costs. */
  buildColdMs: number;
  /** Median of three further builds (JIT warm). */
  buildWarmMs: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  /** Heap the data and index keep alive (after a full GC). */
  retainedMb: number;
  size: { municipalities: number; regions: number; areas: number };
}

// tsx starts Node without --expose-gc; switch it on so heap figures are after a full collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Times loading and building the public lookup index for everything in the database, and its heap. */
export async function measureLookupIndex(pool: pg.Pool): Promise<IndexStats> {
  const heapBeforeMb = heapMb();
  let t = performance.now();
  const data = await loadLookupData(pool);
  const loadMs = performance.now() - t;
  t = performance.now();
  let index = buildLookupIndex(data);
  const buildColdMs = performance.now() - t;
  const heapAfterMb = heapMb();
  const size = index.size;

  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    index = buildLookupIndex(data);
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  return {
    loadMs,
    buildColdMs,
    buildWarmMs: warm[1] ?? Number.NaN,
    heapBeforeMb,
    heapAfterMb,
    retainedMb: heapAfterMb - heapBeforeMb,
    size,
  };
}
