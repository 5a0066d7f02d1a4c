import { FEATURE_GROUPS, type Feature, type FeatureGroup } from './features.js';

/**
 * A multinomial Naive Bayes with sparse counts and one multinomial per feature group. Counts are
 * additive, so a municipality's learned examples are a second, small model (`extra`) laid over the
 * shared one at scoring time: nothing is retrained per request.
 */
export interface NaiveBayes {
  classes: readonly string[];
  groups: Record<FeatureGroup, GroupCounts>;
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
}

export function isKnownFeature(model: NaiveBayes, feature: Feature, extra?: NaiveBayes): boolean {
  return model.groups[feature.group].counts.has(feature.key) || (extra?.groups[feature.group].counts.has(feature.key) ?? false);
}

/**
 * The log-likelihood of the features under each class (priors not included), and optionally each
 * feature's contribution per class for explaining the outcome. Features no example ever had are skipped.
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
  const denominators = {} as Record<FeatureGroup, number[]>;
  for (const name of FEATURE_GROUPS) {
    const group = model.groups[name];
    const extra = options.extra?.groups[name];
    const vocabulary = group.counts.size + (extra ? extra.counts.size : 0) * 0.5;
    denominators[name] = group.totals.map(
      (total, c) => Math.log(total + (extra?.totals[c] ?? 0) + options.alpha[name] * vocabulary),
    );
  }
  for (const feature of features) {
    const base = model.groups[feature.group].counts.get(feature.key);
    const extra = options.extra?.groups[feature.group].counts.get(feature.key);
    if (!base && !extra) {
      if (withContributions) contributions.push(new Array<number>(classCount).fill(0));
      continue;
    }
    const weight = options.groupWeight[feature.group] * feature.weight;
    const alpha = options.alpha[feature.group];
    const denominator = denominators[feature.group];
    const row = withContributions ? new Array<number>(classCount).fill(0) : undefined;
    for (let c = 0; c < classCount; c++) {
      const count = (base?.get(c) ?? 0) + (extra?.get(c) ?? 0);
      const value = weight * (Math.log(count + alpha) - (denominator[c] as number));
      scores[c] = (scores[c] as number) + value;
      if (row) row[c] = value;
    }
    if (row) contributions.push(row);
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
