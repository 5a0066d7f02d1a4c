/**
 * Triage as the app uses it: one per server (app.triage), with the stemmer bound to the app's pool. The
 * `dutch` stemming query reads no table, so it needs no municipality's transaction; a text's unseen words
 * cost one round trip. A caller that holds a transaction stems on it instead (TriageRequest.stem).
 *
 * Scored in the request's thread. A worker thread was measured (bench/signals.ts, 100 k signals, 10
 * connections): 33–34 % of the insert floor against 40–41 % here: passing each text and suggestion
 * between threads cost more CPU than the scoring it moved, and left the intake writer smaller groups.
 */
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
  /**
   * Stems on the caller's connection. A caller inside a transaction passes it: waiting for a second
   * connection from the pool while holding one could starve the pool when many do so at once.
   */
  stem?: Stemmer;
}

export interface Triage {
  suggest(request: TriageRequest): Promise<TriageSuggestion>;
}

export function createTriage(options: { stem: Stemmer; sharedDataDir: string }): Triage {
  return {
    suggest: ({ text, learned, stem }) =>
      suggestTriage({ stem: stem ?? options.stem, sharedDataDir: options.sharedDataDir, text, learned: learned?.examples, learnedKey: learned?.key }),
  };
}
