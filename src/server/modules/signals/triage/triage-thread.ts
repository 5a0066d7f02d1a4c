/**
 * Where triage runs. Scoring a text is a few hundred microseconds of pure CPU (stems, n-grams, two Naive
 * Bayes models, the municipality's learned decisions): in the request thread it is the larger part of a
 * public intake's work, and a 5,000-character text holds every other request up while it is scored. So
 * the server runs it in worker threads (`TRIAGE_THREADS`, default 1): the event loop keeps parsing,
 * writing and answering while a second core scores. Each worker trains its own model once; the database
 * stays with the main thread, which stems the words a worker has not seen yet on its behalf.
 */
import { Worker } from 'node:worker_threads';
import type { Stemmer } from './stems.js';
import { type LearnedExample, suggestTriage, type TriageSuggestion } from './triage.js';

/** A municipality's learned decisions; `key` names this version of them (municipality and read), so they are compiled once. */
export interface LearnedSet {
  key: string;
  examples: readonly LearnedExample[];
}

export interface TriageRequest {
  text: string;
  learned: LearnedSet | null;
}

export interface Triage {
  suggest(request: TriageRequest): Promise<TriageSuggestion>;
  /** Stops the worker threads; requests still waiting are rejected. */
  close(): Promise<void>;
}

/** Messages to a worker (see triage-worker.ts). */
export type ToWorker =
  | { type: 'suggest'; id: number; text: string; learnedKey: string | null; examples?: readonly LearnedExample[] }
  | { type: 'stems'; id: number; stems: string[][] }
  | { type: 'stems-failed'; id: number; error: SerializedError };

/** Messages from a worker. `need-learned`: it no longer has that key's examples, send them along again. */
export type FromWorker =
  | { type: 'suggestion'; id: number; suggestion: TriageSuggestion }
  | { type: 'failed'; id: number; error: SerializedError }
  | { type: 'need-learned'; id: number }
  | { type: 'stem'; id: number; texts: string[] };

export interface SerializedError {
  message: string;
  code?: string;
}

export const serializeError = (error: unknown): SerializedError =>
  error instanceof Error ? { message: error.message, code: (error as { code?: string }).code } : { message: String(error) };

export const reviveError = (error: SerializedError): Error => Object.assign(new Error(error.message), error.code ? { code: error.code } : {});

/** Triage in worker threads (`threads` > 0) or in the calling thread (0: scripts, a one-core machine). */
export function startTriage(options: { stem: Stemmer; sharedDataDir: string; threads: number }): Triage {
  if (options.threads === 0) {
    return {
      suggest: ({ text, learned }) => suggestTriage({ stem: options.stem, sharedDataDir: options.sharedDataDir, text, learned: learned?.examples, learnedKey: learned?.key }),
      close: async () => {},
    };
  }
  const threads = Array.from({ length: options.threads }, () => triageThread(options));
  return {
    // The thread with the fewest texts waiting: a long text in one does not hold up the others.
    suggest: (request) => threads.reduce((least, thread) => (thread.waiting() < least.waiting() ? thread : least)).suggest(request),
    close: async () => {
      await Promise.all(threads.map((thread) => thread.close()));
    },
  };
}

interface Waiting {
  request: TriageRequest;
  resolve: (suggestion: TriageSuggestion) => void;
  reject: (error: Error) => void;
}

/** Learned sets a worker is believed to hold; past this many the belief is dropped (the worker asks again). */
const SENT_KEYS_LIMIT = 200;

/** One worker thread, started on the first request and again after it stopped. */
function triageThread(options: { stem: Stemmer; sharedDataDir: string }): Triage & { waiting(): number } {
  let worker: Worker | null = null;
  let lastError: Error | null = null;
  let closed = false;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();
  /** Learned sets sent to the current worker: sent once, then named by key only. */
  const sentKeys = new Set<string>();

  const post = (message: ToWorker) => worker?.postMessage(message);

  const send = (id: number, request: TriageRequest, withExamples: boolean) => {
    const { learned } = request;
    const examples = learned && (withExamples || !sentKeys.has(learned.key)) ? learned.examples : undefined;
    if (learned && examples) {
      if (sentKeys.size >= SENT_KEYS_LIMIT) sentKeys.clear();
      sentKeys.add(learned.key);
    }
    post({ type: 'suggest', id, text: request.text, learnedKey: learned?.key ?? null, examples });
  };

  const settle = (id: number): Waiting | undefined => {
    const entry = waiting.get(id);
    waiting.delete(id);
    // An idle worker does not keep the process alive; one with work does.
    if (waiting.size === 0) worker?.unref();
    return entry;
  };

  const onMessage = (from: Worker, message: FromWorker) => {
    switch (message.type) {
      case 'suggestion':
        return settle(message.id)?.resolve(message.suggestion);
      case 'failed':
        return settle(message.id)?.reject(reviveError(message.error));
      case 'need-learned': {
        const entry = waiting.get(message.id);
        if (entry) send(message.id, entry.request, true);
        return;
      }
      case 'stem':
        // Stemming needs the database, which lives in this thread.
        return void options.stem(message.texts).then(
          (stems) => worker === from && post({ type: 'stems', id: message.id, stems }),
          (error: unknown) => worker === from && post({ type: 'stems-failed', id: message.id, error: serializeError(error) }),
        );
    }
  };

  const start = (): Worker => {
    const started = new Worker(new URL('./triage-worker.mjs', import.meta.url), { workerData: { sharedDataDir: options.sharedDataDir } });
    started.on('message', (message: FromWorker) => onMessage(started, message));
    started.on('error', (error) => {
      lastError = error;
    });
    started.on('exit', (code) => {
      if (worker !== started) return;
      worker = null;
      sentKeys.clear();
      const error = lastError ?? new Error(`triage thread stopped (exit code ${code})`);
      lastError = null;
      for (const [id, entry] of waiting) {
        waiting.delete(id);
        entry.reject(error);
      }
    });
    return started;
  };

  return {
    waiting: () => waiting.size,
    suggest(request) {
      if (closed) return Promise.reject(new Error('triage is closed'));
      worker ??= start();
      worker.ref();
      const id = nextId++;
      const promise = new Promise<TriageSuggestion>((resolve, reject) => waiting.set(id, { request, resolve, reject }));
      send(id, request, false);
      return promise;
    },
    async close() {
      closed = true;
      const stopping = worker;
      if (!stopping) return;
      lastError = new Error('triage is closed');
      await stopping.terminate();
    },
  };
}
