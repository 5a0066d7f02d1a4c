import type pg from 'pg';
import { transactionOn, writeInOneRoundTrip } from '../../platform/db/tenant.js';
import { GROUP_INSERT, groupInsertSql, insertedFrom } from './intake.repo.js';
import { hasAttachments, type PreparedSignal, type StoredSignal, storeAttachments, storedSignals } from './intake.service.js';

/**
 * Group commit for the public intake. Intakes of one municipality that arrive while its writes are in
 * the database (at most `maxWriting` at a time) wait for a turn, then go in together: BEGIN, one statement
 * that takes their reference numbers and inserts all their rows, and COMMIT (one flush to disk) travel in
 * one round trip. An intake that arrives when there is room goes in at once, so a quiet server adds no
 * delay; a busy one writes fewer, larger transactions instead of queueing many small ones. Each caller is
 * answered only after the commit that holds its signal. When a group fails, each of its intakes is tried on
 * its own, so one bad intake never takes the others down.
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
 * Groups of one municipality in the database at once. One: a second group would wait for the first's
 * commit anyway, on the reference counter's row; and smaller groups cost more round trips (measured with
 * bench/signals.ts, 10 connections, 2 cores: a second writer gave 1,012 against 1,223 intakes/s).
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

  /**
   * One round trip for a group: BEGIN, scope, its references and rows, COMMIT; the query is on its way when
   * this returns. Photos and confirmation mails need statements of their own, so a group that brings them
   * commits in a second round trip after them.
   */
  const writeGroup = (client: pg.PoolClient, municipalityId: string, group: readonly Pending[]): Promise<StoredSignal[]> => {
    const signals = group.map((pending) => pending.signal);
    const sql = groupInsertSql(municipalityId, new Date().getFullYear(), signals.map((signal) => signal.row));
    const { publicUrl } = options;
    if (signals.some(hasAttachments)) {
      return transactionOn(
        client,
        municipalityId,
        (db, results) => storeAttachments({ db, municipalityId, signals, inserted: insertedFrom(results, signals.length), publicUrl }),
        { after: sql, prepared: GROUP_INSERT },
      );
    }
    return writeInOneRoundTrip(client, municipalityId, sql, GROUP_INSERT).then((results) =>
      storedSignals(signals, insertedFrom(results, signals.length), publicUrl),
    );
  };

  /** A group's write started, settled: its signals stored, or the error (also one thrown before the write went out). */
  const settled = (client: pg.PoolClient, municipalityId: string, group: readonly Pending[]): Promise<{ stored: StoredSignal[] } | { error: unknown }> => {
    try {
      return writeGroup(client, municipalityId, group).then(
        (stored) => ({ stored }),
        (error: unknown) => ({ error }),
      );
    } catch (error) {
      return Promise.resolve({ error });
    }
  };

  /** When a group failed, each of its intakes on its own (in order, so references stay in arrival order). */
  const retrySingly = async (client: pg.PoolClient, municipalityId: string, group: readonly Pending[], error: unknown) => {
    if (group.length === 1) {
      group[0]?.reject(error);
      return;
    }
    for (const pending of group) {
      const outcome = await settled(client, municipalityId, [pending]);
      if ('stored' in outcome) pending.resolve(outcome.stored[0] as StoredSignal);
      else pending.reject(outcome.error);
    }
  };

  /** Takes groups from the municipality's queue until it is empty, on one connection. */
  const flush = async (municipalityId: string): Promise<void> => {
    const queue = queues.get(municipalityId) ?? [];
    let client: pg.PoolClient | undefined;
    try {
      client = await options.pool.connect();
      let group = queue.splice(0, maxGroup);
      let written = settled(client, municipalityId, group);
      while (group.length > 0) {
        const outcome = await written;
        const next = 'stored' in outcome ? queue.splice(0, maxGroup) : [];
        // The next group goes out before this one's callers are answered: the database works while they are.
        if (next.length > 0) written = settled(client, municipalityId, next);
        if ('stored' in outcome) {
          for (const [i, pending] of group.entries()) pending.resolve(outcome.stored[i] as StoredSignal);
          group = next;
        } else {
          await retrySingly(client, municipalityId, group, outcome.error);
          group = queue.splice(0, maxGroup);
          if (group.length > 0) written = settled(client, municipalityId, group);
        }
      }
    } catch (error) {
      // No connection to write with: every intake waiting is told.
      for (const pending of queue.splice(0)) pending.reject(error);
    } finally {
      client?.release();
      // In the same step as the last look at the queue, so an intake handed in after this finds room and starts a writer.
      const left = (writers.get(municipalityId) ?? 1) - 1;
      if (left > 0) writers.set(municipalityId, left);
      else {
        writers.delete(municipalityId);
        queues.delete(municipalityId);
      }
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
