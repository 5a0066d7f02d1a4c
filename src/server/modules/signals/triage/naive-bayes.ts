import { FEATURE_GROUPS, type Feature, type FeatureGroup } from './features.js';

/**
 * A multinomial Naive Bayes with sparse counts and one multinomial per feature group. Counts are
 * additive, so a municipality's learned examples are a second, small model (`extra`) laid over the
 * shared one at scoring time: nothing is retrained per request.
 */
export interface NaiveBayes {
  classes: readonly string[];
  groups: Record<FeatureGroup, GroupCounts>;
  /** Per feature, log(count + α) − log α for the classes that saw it, kept once worked out (for one α). */
  terms?: { alpha: Record<FeatureGroup, number>; byGroup: Record<FeatureGroup, Map<string, SparseTerms>> };
}

interface SparseTerms {
  classes: Int32Array;
  values: Float64Array;
}

interface GroupCounts {
  /** feature → class index → weighted number of examples that have it */
  counts: Map<string, Map<number, number>>;
  /** per class: the summed weight of all its feature occurrences */
  totals: number[];
}

export interface ScoringOptions {
  /** Additive (Lidstone) smoothing per group. */
  alpha: Record<FeatureGroup, number>;
  /** How much each group's log-likelihood counts in the sum. */
  groupWeight: Record<FeatureGroup, number>;
  /** Learned examples, counted on top of the model. */
  extra?: NaiveBayes;
}

export function createNaiveBayes(classes: readonly string[]): NaiveBayes {
  const empty = (): GroupCounts => ({ counts: new Map(), totals: classes.map(() => 0) });
  return { classes, groups: { word: empty(), gram: empty() } };
}

/** Counts one example; a feature counts once per example (binary), times the example's weight. */
export function addExample(model: NaiveBayes, classIndex: number, features: readonly Feature[], weight: number): void {
  for (const feature of features) {
    const group = model.groups[feature.group];
    let perClass = group.counts.get(feature.key);
    if (!perClass) {
      perClass = new Map();
      group.counts.set(feature.key, perClass);
    }
    const amount = weight * feature.weight;
    perClass.set(classIndex, (perClass.get(classIndex) ?? 0) + amount);
    group.totals[classIndex] = (group.totals[classIndex] ?? 0) + amount;
  }
  model.terms = undefined;
}

/** The feature's log terms in the base model, worked out on first use: the shared model never changes after training. */
function termsOf(model: NaiveBayes, group: FeatureGroup, key: string, perClass: Map<number, number>, alpha: Record<FeatureGroup, number>): SparseTerms {
  if (!model.terms || model.terms.alpha.word !== alpha.word || model.terms.alpha.gram !== alpha.gram) {
    model.terms = { alpha, byGroup: { word: new Map(), gram: new Map() } };
  }
  const cache = model.terms.byGroup[group];
  let terms = cache.get(key);
  if (!terms) {
    const logAlpha = Math.log(alpha[group]);
    terms = { classes: new Int32Array(perClass.size), values: new Float64Array(perClass.size) };
    let i = 0;
    for (const [c, count] of perClass) {
      terms.classes[i] = c;
      terms.values[i] = Math.log(count + alpha[group]) - logAlpha;
      i++;
    }
    cache.set(key, terms);
  }
  return terms;
}

export function isKnownFeature(model: NaiveBayes, feature: Feature, extra?: NaiveBayes): boolean {
  return model.groups[feature.group].counts.has(feature.key) || (extra?.groups[feature.group].counts.has(feature.key) ?? false);
}

/**
 * The log-likelihood of the features under each class (priors not included), and optionally each
 * feature's contribution per class for explaining the outcome. Features no example ever had are skipped.
 *
 * A feature adds weight × (log(count + α) − denominator) to every class. For the classes that never saw it
 * that is weight × (log α − denominator), which is summed per group once at the end; only the classes that
 * did see it are visited per feature. With a hundred Signalen categories and most features seen by a few of
 * them, this is the difference between ~20,000 logarithms per text and a few hundred.
 */
export function scoreClasses(
  model: NaiveBayes,
  features: readonly Feature[],
  options: ScoringOptions,
  withContributions = false,
): { scores: number[]; contributions: number[][] } {
  const classCount = model.classes.length;
  const scores = new Array<number>(classCount).fill(0);
  const contributions: number[][] = [];
  const logAlpha = {} as Record<FeatureGroup, number>;
  /** Per group and class: log α − denominator, what a feature adds (per unit of weight) to a class that never saw it. */
  const unseen = {} as Record<FeatureGroup, number[]>;
  const weightPerGroup = {} as Record<FeatureGroup, number>;
  for (const name of FEATURE_GROUPS) {
    const group = model.groups[name];
    const extra = options.extra?.groups[name];
    const vocabulary = group.counts.size + (extra ? extra.counts.size : 0) * 0.5;
    logAlpha[name] = Math.log(options.alpha[name]);
    unseen[name] = group.totals.map(
      (total, c) => logAlpha[name] - Math.log(total + (extra?.totals[c] ?? 0) + options.alpha[name] * vocabulary),
    );
    weightPerGroup[name] = 0;
  }
  const nothing: number[] = new Array<number>(classCount).fill(0);
  for (const feature of features) {
    const base = model.groups[feature.group].counts.get(feature.key);
    const extra = options.extra?.groups[feature.group].counts.get(feature.key);
    if (!base && !extra) {
      if (withContributions) contributions.push(nothing);
      continue;
    }
    const weight = options.groupWeight[feature.group] * feature.weight;
    const alpha = options.alpha[feature.group];
    const log = logAlpha[feature.group];
    weightPerGroup[feature.group] += weight;
    const row = withContributions ? unseen[feature.group].map((value) => weight * value) : undefined;
    if (base && !extra) {
      // The common case: only the shared model knows the feature, and its terms are worked out already.
      const { classes, values } = termsOf(model, feature.group, feature.key, base, options.alpha);
      for (let i = 0; i < classes.length; i++) {
        const c = classes[i] as number;
        const value = weight * (values[i] as number);
        scores[c] = (scores[c] as number) + value;
        if (row) row[c] = (row[c] as number) + value;
      }
    } else if (base) {
      for (const [c, count] of base) {
        const value = weight * (Math.log(count + (extra?.get(c) ?? 0) + alpha) - log);
        scores[c] = (scores[c] as number) + value;
        if (row) row[c] = (row[c] as number) + value;
      }
    }
    if (extra) {
      for (const [c, count] of extra) {
        if (base?.has(c)) continue;
        const value = weight * (Math.log(count + alpha) - log);
        scores[c] = (scores[c] as number) + value;
        if (row) row[c] = (row[c] as number) + value;
      }
    }
    if (row) contributions.push(row);
  }
  for (const name of FEATURE_GROUPS) {
    const weight = weightPerGroup[name];
    if (weight === 0) continue;
    const values = unseen[name];
    for (let c = 0; c < classCount; c++) scores[c] = (scores[c] as number) + weight * (values[c] as number);
  }
  return { scores, contributions };
}

/** Softmax of scores divided by a temperature: NB is overconfident, the temperature tempers it. */
export function softmax(scores: readonly number[], temperature: number): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp((score - max) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}
