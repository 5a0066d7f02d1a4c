import pg from 'pg';
import { SIGNAL_KINDS, type SignalKind } from '../../../../shared/schemas/signal-vocabulary.js';
import { TRAINING_CORPUS } from './corpus.js';
import { EVALUATION_SET } from './evaluation-set.js';
import { evaluateTriage } from './evaluation.js';
import { featuresForClassification, scoreKinds, trainingDocuments, trainModel, TRIAGE_SETTINGS } from './model.js';
import { readSignalenTaxonomy } from './signalen-taxonomy.js';
import { stemTexts } from './stems.js';
import { postgresStemmer } from './triage.js';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const stem = postgresStemmer(pool);
const taxonomy = await readSignalenTaxonomy('/work/shared/data');
const stems = await stemTexts(stem, [...trainingDocuments(taxonomy).map((d) => d.text), ...EVALUATION_SET.map((e) => e.text), ...taxonomy.categories.map((c) => c.mainName)]);
const scramble = (i: number) => (i * 2654435761) % 4294967296;
const order = TRAINING_CORPUS.map((_, i) => i).sort((a, b) => scramble(a) - scramble(b));
const foldOf = new Map(order.map((ci, p) => [ci, p % 5]));
const predict = (model: ReturnType<typeof trainModel>, text: string) => {
  const { probabilities } = scoreKinds(model, featuresForClassification(model, text, stems).features);
  const kind = [...SIGNAL_KINDS].sort((a, b) => probabilities[b] - probabilities[a])[0] as SignalKind;
  return { kind, confidence: probabilities[kind] };
};
async function run() {
  const preds = new Map<string, { kind: SignalKind; confidence: number }>();
  for (let f = 0; f < 5; f++) {
    const model = trainModel({ documents: trainingDocuments(taxonomy, TRAINING_CORPUS.filter((_, i) => foldOf.get(i) !== f)), categories: taxonomy.categories, stems });
    TRAINING_CORPUS.forEach((e, i) => { if (foldOf.get(i) === f) preds.set(e.text, predict(model, e.text)); });
  }
  const cv = await evaluateTriage(TRAINING_CORPUS, async (t) => preds.get(t)!);
  const full = trainModel({ documents: trainingDocuments(taxonomy), categories: taxonomy.categories, stems });
  const ev = await evaluateTriage(EVALUATION_SET, async (t) => predict(full, t));
  return { cv, ev };
}
const grid = JSON.parse(process.argv[2] ?? '[{}]') as any[];
for (const g of grid) {
  const saved = JSON.parse(JSON.stringify(TRIAGE_SETTINGS));
  for (const [k, v] of Object.entries(g)) {
    const path = k.split('.'); let o: any = TRIAGE_SETTINGS; for (const p of path.slice(0, -1)) o = o[p]; o[path.at(-1)!] = v;
  }
  const { cv, ev } = await run();
  const f = (x: number) => (x * 100).toFixed(1).padStart(5);
  console.log(JSON.stringify(g).padEnd(60), 'CV acc', f(cv.accuracy), 'dR', f(cv.dailyReportRecall), 'FP', f(cv.areaIssueAsDailyReport), 'ind', f(cv.accuracyByKind.individual_question), 'area', f(cv.accuracyByKind.area_issue), '| EV acc', f(ev.accuracy), 'dR', f(ev.dailyReportRecall), 'FP', f(ev.areaIssueAsDailyReport));
  Object.assign(TRIAGE_SETTINGS, saved);
}
await pool.end();
