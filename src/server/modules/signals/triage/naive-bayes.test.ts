import { describe, expect, it } from 'vitest';
import type { Feature } from './features.js';
import {
  addExample,
  compileExtra,
  compileNaiveBayes,
  createNaiveBayes,
  createVocabulary,
  type NaiveBayes,
  type ScoringOptions,
  scoreFeatures,
  type Vocabulary,
} from './naive-bayes.js';

/** The textbook sum, feature by feature over every class: what scoreFeatures must equal. */
function referenceScores(model: NaiveBayes, features: readonly Feature[], options: ScoringOptions & { extra?: NaiveBayes }): { scores: number[]; rows: number[][] } {
  const classCount = model.classes.length;
  const scores = new Array<number>(classCount).fill(0);
  const rows: number[][] = [];
  for (const feature of features) {
    const group = model.groups[feature.group];
    const extra = options.extra?.groups[feature.group];
    const base = group.counts.get(feature.key);
    const more = extra?.counts.get(feature.key);
    const row = new Array<number>(classCount).fill(0);
    rows.push(row);
    if (!base && !more) continue;
    const vocabulary = group.counts.size + (extra ? extra.counts.size : 0) * 0.5;
    const alpha = options.alpha[feature.group];
    for (let c = 0; c < classCount; c++) {
      const count = (base?.get(c) ?? 0) + (more?.get(c) ?? 0);
      const denominator = Math.log((group.totals[c] as number) + (extra?.totals[c] ?? 0) + alpha * vocabulary);
      row[c] = options.groupWeight[feature.group] * feature.weight * (Math.log(count + alpha) - denominator);
      scores[c] = (scores[c] as number) + (row[c] as number);
    }
  }
  return { scores, rows };
}

const word = (key: string, weight = 1): Feature => ({ group: 'word', key, weight, word: 0, id: -1 });
const gram = (key: string): Feature => ({ group: 'gram', key, weight: 1, word: -1, id: -1 });
/** The features as a text brings them to scoring: numbered by the vocabulary. */
const numbered = (vocabulary: Vocabulary, features: readonly Feature[]) =>
  features.map((feature) => ({ ...feature, id: vocabulary.ids[feature.group].get(feature.key) ?? -1 }));

describe('naive Bayes scoring', () => {
  // Forty classes are scored through the flat runs (the Signalen categories), three through the dense rows (the kinds).
  it.each([40, 3])('gives the textbook scores and contributions with %i classes', (classCount) => {
    const classes = Array.from({ length: classCount }, (_, i) => `c${i}`);
    const model = createNaiveBayes(classes);
    const extra = createNaiveBayes(classes);
    let seed = 7;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const keys = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? gram(`g${i}`) : word(`w${i}`, i % 5 === 0 ? 0.5 : 1)));
    const pick = () => Array.from({ length: 12 }, () => keys[Math.floor(next() * keys.length)] as Feature);
    for (let i = 0; i < 400; i++) addExample(model, Math.floor(next() * classes.length), pick(), 1);
    // The learned examples also bring features the shared model never saw.
    for (let i = 0; i < 30; i++) addExample(extra, Math.floor(next() * classes.length), [...pick(), word(`learned-${i % 7}`)], 3);
    const options = { alpha: { word: 0.1, gram: 0.05 }, groupWeight: { word: 1, gram: 0.12 } };
    const vocabulary = createVocabulary([model]);
    const compiled = compileNaiveBayes(model, vocabulary, options);
    expect(compiled.dense === null).toBe(classCount > 4);
    const compiledExtra = compileExtra(model, extra, vocabulary, options);
    let learnedOnly = 0;
    for (let text = 0; text < 50; text++) {
      const features = numbered(vocabulary, [...pick(), word(`never-seen-${text}`), word(`learned-${text % 9}`)]);
      learnedOnly += features.filter((feature) => feature.id < 0 && extra.groups.word.counts.has(feature.key)).length;
      for (const withExtra of [false, true]) {
        const expected = referenceScores(model, features, { ...options, extra: withExtra ? extra : undefined });
        const plain = scoreFeatures(compiled, features, withExtra ? compiledExtra : undefined);
        const withContributions = scoreFeatures(compiled, features, withExtra ? compiledExtra : undefined, true);
        for (const [c, score] of expected.scores.entries()) {
          expect(plain.scores[c]).toBeCloseTo(score, 9);
          expect(withContributions.scores[c]).toBeCloseTo(score, 9);
          for (const [f, row] of expected.rows.entries()) expect(withContributions.contributions?.[f * classes.length + c]).toBeCloseTo(row[c] as number, 9);
        }
      }
    }
    expect(learnedOnly).toBeGreaterThan(0);
  });

  it('prefers the class whose examples share the words', () => {
    const model = createNaiveBayes(['daily', 'area']);
    addExample(model, 0, [word('lantaarnpal'), word('kapot')], 1);
    addExample(model, 1, [word('eenzaam'), word('ouderen')], 1);
    const vocabulary = createVocabulary([model]);
    const compiled = compileNaiveBayes(model, vocabulary, { alpha: { word: 0.1, gram: 0.05 }, groupWeight: { word: 1, gram: 0.12 } });
    const [daily = 0, area = 0] = scoreFeatures(compiled, numbered(vocabulary, [word('lantaarnpal')])).scores;
    expect(daily).toBeGreaterThan(area);
  });
});
