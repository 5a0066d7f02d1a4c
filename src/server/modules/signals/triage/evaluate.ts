/**
 * Prints how well triage does: on the held-out evaluation set, and by 5-fold cross-validation over the
 * training corpus; plus training and classification times.
 *
 *   npx tsx src/server/modules/signals/triage/evaluate.ts [--errors]
 *
 * Uses DATABASE_URL (or TEST_DATABASE_URL) for PostgreSQL's `dutch` stemmer, or else starts a
 * throwaway embedded PostgreSQL in a temporary directory.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { SIGNAL_KINDS, type SignalKind } from '../../../../shared/schemas/signal-vocabulary.js';
import { loadConfig } from '../../../platform/config.js';
import { startEmbeddedCluster } from '../../../platform/embedded-postgres.js';
import { TRAINING_CORPUS } from './corpus.js';
import { EVALUATION_SET } from './evaluation-set.js';
import { evaluateTriage, formatEvaluation } from './evaluation.js';
import { featuresForClassification, nearestCategory, scoreKinds, trainingDocuments, trainModel } from './model.js';
import { readSignalenTaxonomy } from './signalen-taxonomy.js';
import { stemTexts } from './stems.js';
import { loadTriageModel, postgresStemmer, suggestTriage } from './triage.js';

const withErrors = process.argv.includes('--errors');
const config = loadConfig({ ...process.env, DATABASE_URL: undefined });
const database = await connect();
try {
  const stem = postgresStemmer(database.pool);

  let wall = performance.now();
  await loadTriageModel(stem, config.sharedDataDir);
  const firstLoadMs = performance.now() - wall;

  // Training alone, with every word's stem already known: what a process pays once, in CPU.
  const taxonomy = await readSignalenTaxonomy(config.sharedDataDir);
  const documents = trainingDocuments(taxonomy);
  const stems = await stemTexts(stem, documents.map((document) => document.text));
  const cpu = process.cpuUsage();
  wall = performance.now();
  trainModel({ documents, categories: taxonomy.categories, stems });
  const trainWallMs = performance.now() - wall;
  const trainCpuMs = cpuMs(process.cpuUsage(cpu));

  const classify = (text: string) => suggestTriage({ stem, sharedDataDir: config.sharedDataDir, text });
  wall = performance.now();
  const evaluation = await evaluateTriage(EVALUATION_SET, classify);
  const coldMs = (performance.now() - wall) / EVALUATION_SET.length;
  // Warm: stems cached and the code optimised by the JIT (a few passes first), as in a running server.
  for (let pass = 0; pass < 5; pass++) for (const example of EVALUATION_SET) await classify(example.text);
  const warmPasses = 5;
  // --profile=<file>: a V8 CPU profile of the warm passes (open it in Chrome DevTools).
  const profileFile = process.argv.find((arg) => arg.startsWith('--profile='))?.slice('--profile='.length);
  const profiler = profileFile ? new Session() : undefined;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const warmCpu = process.cpuUsage();
  wall = performance.now();
  for (let pass = 0; pass < warmPasses; pass++) for (const example of EVALUATION_SET) await classify(example.text);
  if (profiler && profileFile) {
    const { profile } = await profiler.post('Profiler.stop');
    await writeFile(profileFile, JSON.stringify(profile));
    profiler.disconnect();
  }
  const warmMs = (performance.now() - wall) / EVALUATION_SET.length / warmPasses;
  const warmCpuMs = cpuMs(process.cpuUsage(warmCpu)) / EVALUATION_SET.length / warmPasses;

  console.log(formatEvaluation('Evaluatieset (apart gehouden, niet getraind)', evaluation, { withErrors }));
  console.log('');
  const crossValidation = await crossValidate();
  console.log(formatEvaluation('5-voudige kruisvalidatie op het trainingscorpus', crossValidation.evaluation, { withErrors }));
  const { exact, sameGroup, total } = crossValidation.categories;
  console.log(`  Signalen-categorie van de meldingen: ${percent(exact / total)} precies goed, ${percent(sameGroup / total)} juiste hoofdgroep (${total} meldingen)`);
  console.log('');
  console.log('Tijden');
  console.log(`  eerste keer laden (taxonomie lezen, ${documents.length} teksten stemmen in PostgreSQL, trainen): ${firstLoadMs.toFixed(0)} ms`);
  console.log(`  trainen zelf: ${trainCpuMs.toFixed(0)} ms CPU (${trainWallMs.toFixed(0)} ms)`);
  console.log(`  classificeren, nieuwe woorden (één stem-query per tekst): ${coldMs.toFixed(2)} ms per tekst`);
  console.log(`  classificeren, woorden al gestemd: ${warmMs.toFixed(2)} ms per tekst (${warmCpuMs.toFixed(2)} ms CPU)`);

  /** Each fifth of the corpus classified by a model trained on the taxonomy and the other four fifths. */
  async function crossValidate() {
    const folds = 5;
    const order = TRAINING_CORPUS.map((_, index) => index).sort((a, b) => scramble(a) - scramble(b));
    const foldOf = new Map(order.map((corpusIndex, position) => [corpusIndex, position % folds]));
    const predictions = new Map<string, { kind: SignalKind; confidence: number }>();
    const categories = { exact: 0, sameGroup: 0, total: 0 };
    for (let fold = 0; fold < folds; fold++) {
      const training = TRAINING_CORPUS.filter((_, index) => foldOf.get(index) !== fold);
      const model = trainModel({ documents: trainingDocuments(taxonomy, training), categories: taxonomy.categories, stems });
      TRAINING_CORPUS.forEach((example, index) => {
        if (foldOf.get(index) !== fold) return;
        const { features } = featuresForClassification(model, example.text, stems);
        const { probabilities } = scoreKinds(model, features);
        const kind = [...SIGNAL_KINDS].sort((a, b) => probabilities[b] - probabilities[a])[0] as SignalKind;
        predictions.set(example.text, { kind, confidence: probabilities[kind] });
        if (example.categorySlug) {
          const predicted = nearestCategory(model, features);
          const expected = model.categoryBySlug.get(example.categorySlug);
          categories.total += 1;
          if (predicted?.slug === expected?.slug) categories.exact += 1;
          if (predicted?.mainSlug === expected?.mainSlug) categories.sameGroup += 1;
        }
      });
    }
    const evaluation = await evaluateTriage(TRAINING_CORPUS, async (text) => predictions.get(text) as { kind: SignalKind; confidence: number });
    return { evaluation, categories };
  }
} finally {
  await database.close();
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

/** A fixed shuffle, so folds mix the kinds and categories and every run gives the same figures. */
function scramble(index: number): number {
  return (index * 2654435761) % 4294967296;
}

async function connect(): Promise<{ pool: pg.Pool; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    return { pool, close: () => pool.end() };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'schakel-triage-'));
  // As root the embedded server runs as 'postgres', which must be able to enter the directory.
  await chmod(dataDir, 0o755);
  const cluster = await startEmbeddedCluster({ dataDir });
  const pool = new pg.Pool({ connectionString: cluster.url('postgres'), max: 2 });
  return {
    pool,
    close: async () => {
      await pool.end();
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
