import type pg from 'pg';
import { withMunicipality } from '../../platform/db/tenant.js';
import { type PreparedSignal, referenceSql, type StoredSignal, storeSignals } from './intake.service.js';
import { referencesFrom } from './intake.repo.js';

/**
 * Group commit for the public intake. Intakes of one municipality that arrive while its writes are in
 * the database (at most `maxWriting` at a time: while one group waits for its commit to reach the disk,
 * the next is already being inserted) wait for a turn, then go in together: one round trip for their
 * reference numbers and BEGIN, one statement for all their rows, one COMMIT (one flush to disk). An intake
 * that arrives when there is room goes in at once, so a quiet server adds no delay; a busy one writes
 * fewer, larger transactions instead of queueing many small ones. Each caller is answered only after the commit
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
/**
 * Groups of one municipality in the database at once (the reference counter is the only row they share).
 * One, as measured (bench/signals.ts, 10 connections, 2 cores): a second writer halves the groups, and the
 * extra round trips cost more app CPU than the shorter wait saves — 1,012 against 1,223 intakes/s.
 */
const MAX_WRITING = 1;

export function createIntakeWriter(options: { pool: pg.Pool; publicUrl: string; maxGroup?: number; maxWriting?: number }): IntakeWriter {
  const maxGroup = options.maxGroup ?? MAX_GROUP;
  const maxWriting = options.maxWriting ?? MAX_WRITING;
  const queues = new Map<string, Pending[]>();
  /** Per municipality, how many writers run now (each takes groups from the queue until it is empty). */
  const writers = new Map<string, number>();
  /** Every running writer, for drain(). */
  const running = new Set<Promise<void>>();

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

  /** Takes groups from the municipality's queue until it is empty. */
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
    // In the same step as the last look at the queue, so an intake handed in after this finds room and starts a writer.
    const left = (writers.get(municipalityId) ?? 1) - 1;
    if (left > 0) writers.set(municipalityId, left);
    else {
      writers.delete(municipalityId);
      queues.delete(municipalityId);
    }
  };

  const startWriter = (municipalityId: string) => {
    writers.set(municipalityId, (writers.get(municipalityId) ?? 0) + 1);
    const writer = flush(municipalityId);
    running.add(writer);
    void writer.finally(() => running.delete(writer));
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
        if ((writers.get(municipalityId) ?? 0) < maxWriting) startWriter(municipalityId);
      });
    },
    async drain() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
