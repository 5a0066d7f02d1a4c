import type pg from 'pg';
import { withMunicipality } from '../../platform/db/tenant.js';
import { type PreparedSignal, referenceSql, type StoredSignal, storeSignals } from './intake.service.js';
import { referencesFrom } from './intake.repo.js';

/**
 * Group commit for the public intake. Intakes of one municipality that arrive while its previous write
 * is in the database wait for it, then go in together: one round trip for their reference numbers and
 * BEGIN, one statement for all their rows, one COMMIT (one flush to disk). An intake that arrives when
 * nothing is being written goes in at once, so a quiet server adds no delay; a busy one writes fewer,
 * larger transactions instead of queueing many small ones. Each caller is answered only after the commit
 * that holds its signal. When a group fails, each of its intakes is tried on its own, so one bad intake
 * never takes the others down.
 */
export interface IntakeWriter {
  write(municipalityId: string, signal: PreparedSignal): Promise<StoredSignal>;
  /** Waits until everything handed in has been written (or failed). */
  drain(): Promise<void>;
}

interface Pending {
  signal: PreparedSignal;
  resolve: (stored: StoredSignal) => void;
  reject: (error: unknown) => void;
}

/** Enough to take what ten connections' worth of residents send at once; a group's statement stays small. */
const MAX_GROUP = 32;

export function createIntakeWriter(options: { pool: pg.Pool; publicUrl: string; maxGroup?: number }): IntakeWriter {
  const maxGroup = options.maxGroup ?? MAX_GROUP;
  const queues = new Map<string, Pending[]>();
  const writing = new Map<string, Promise<void>>();

  const writeGroup = (municipalityId: string, group: readonly Pending[]) =>
    withMunicipality(
      options.pool,
      municipalityId,
      (db, opened) =>
        storeSignals({
          db,
          municipalityId,
          signals: group.map((pending) => pending.signal),
          references: referencesFrom(opened, group.length),
          publicUrl: options.publicUrl,
        }),
      { before: referenceSql(municipalityId, group.length) },
    );

  const flush = async (municipalityId: string): Promise<void> => {
    const queue = queues.get(municipalityId) ?? [];
    while (queue.length > 0) {
      const group = queue.splice(0, maxGroup);
      try {
        const stored = await writeGroup(municipalityId, group);
        for (const [i, pending] of group.entries()) pending.resolve(stored[i] as StoredSignal);
      } catch (error) {
        if (group.length === 1) {
          group[0]?.reject(error);
          continue;
        }
        // Find the culprit: each on its own (in order, so references stay in arrival order).
        for (const pending of group) {
          try {
            const [stored] = await writeGroup(municipalityId, [pending]);
            pending.resolve(stored as StoredSignal);
          } catch (single) {
            pending.reject(single);
          }
        }
      }
    }
    queues.delete(municipalityId);
    writing.delete(municipalityId);
  };

  return {
    write(municipalityId, signal) {
      return new Promise<StoredSignal>((resolve, reject) => {
        let queue = queues.get(municipalityId);
        if (!queue) {
          queue = [];
          queues.set(municipalityId, queue);
        }
        queue.push({ signal, resolve, reject });
        if (!writing.has(municipalityId)) writing.set(municipalityId, flush(municipalityId));
      });
    },
    async drain() {
      while (writing.size > 0) await Promise.all(writing.values());
    },
  };
}
