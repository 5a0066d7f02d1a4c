/**
 * A triage worker thread (see triage-thread.ts): scores the texts the main thread sends, one at a time,
 * and asks the main thread to stem the words it has not seen yet.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Stemmer } from './stems.js';
import { type LearnedExample, suggestTriage } from './triage.js';
import { type FromWorker, reviveError, serializeError, type ToWorker } from './triage-thread.js';

const port = parentPort;
if (!port) throw new Error('triage-worker runs as a worker thread');
const { sharedDataDir } = workerData as { sharedDataDir: string };
const post = (message: FromWorker) => port.postMessage(message);

const stemming = new Map<number, { resolve: (stems: string[][]) => void; reject: (error: Error) => void }>();
let nextStemId = 1;
const stem: Stemmer = (texts) =>
  new Promise((resolve, reject) => {
    const id = nextStemId++;
    stemming.set(id, { resolve, reject });
    post({ type: 'stem', id, texts });
  });

/** The learned sets this worker holds, by key (least recently used goes first, as triage.ts keeps its memories). */
const learnedByKey = new Map<string, readonly LearnedExample[]>();
const LEARNED_SETS = 50;

function learnedSet(key: string, sent: readonly LearnedExample[] | undefined): readonly LearnedExample[] | undefined {
  const examples = sent ?? learnedByKey.get(key);
  if (!examples) return undefined;
  learnedByKey.delete(key);
  learnedByKey.set(key, examples);
  if (learnedByKey.size > LEARNED_SETS) learnedByKey.delete(learnedByKey.keys().next().value as string);
  return examples;
}

async function suggest(message: Extract<ToWorker, { type: 'suggest' }>): Promise<void> {
  const { id, text, learnedKey } = message;
  const learned = learnedKey === null ? undefined : learnedSet(learnedKey, message.examples);
  if (learnedKey !== null && !learned) return post({ type: 'need-learned', id });
  try {
    const suggestion = await suggestTriage({ stem, sharedDataDir, text, learned, learnedKey: learnedKey ?? undefined });
    post({ type: 'suggestion', id, suggestion });
  } catch (error) {
    post({ type: 'failed', id, error: serializeError(error) });
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'suggest') return void suggest(message);
  const waiting = stemming.get(message.id);
  stemming.delete(message.id);
  if (message.type === 'stems') waiting?.resolve(message.stems);
  else waiting?.reject(reviveError(message.error));
});
