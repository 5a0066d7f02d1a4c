import pg from 'pg';
import { SIGNAL_KINDS } from '../../../../shared/schemas/signal-vocabulary.js';
import { EVALUATION_SET } from './evaluation-set.js';
import { featuresForClassification, scoreKinds, TRIAGE_SETTINGS } from './model.js';
import { stemTexts } from './stems.js';
import { loadTriageModel, postgresStemmer } from './triage.js';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const stem = postgresStemmer(pool);
const model = await loadTriageModel(stem, '/work/shared/data');
const stems = await stemTexts(stem, EVALUATION_SET.map((e) => e.text));
TRIAGE_SETTINGS.temperature = 1;
for (const e of EVALUATION_SET) {
  const f = featuresForClassification(model, e.text, stems).features;
  const { probabilities } = scoreKinds(model, f);
  const logs = SIGNAL_KINDS.map((k) => Math.log(probabilities[k]));
  const nWord = f.filter((x) => x.group === 'word' && x.word >= 0).length;
  const best = Math.max(...logs);
  const trueLog = logs[SIGNAL_KINDS.indexOf(e.kind)]!;
  const second = [...logs].sort((a, b) => b - a)[1]!;
  console.log(nWord.toString().padStart(3), (trueLog - (trueLog === best ? second : best)).toFixed(1).padStart(6), e.kind.slice(0, 5), e.text.slice(0, 70));
}
await pool.end();
