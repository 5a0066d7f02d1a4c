import type { Feature, FeatureGroup } from './features.js';

/**
 * A multinomial Naive Bayes with sparse counts and one multinomial per feature group. Counts are
 * additive, so a municipality's learned examples are a second, small model (`extra`) laid over the
 * shared one at scoring time: nothing is retrained per request.
 */
export interface NaiveBayes {
  classes: readonly string[];
  groups: Record<FeatureGroup, GroupCounts>;
}

/** A feature's log(count + α) − log α for the classes that saw it, for one α: kept with its counts once worked out. */
interface SparseTerms {
  alpha: number;
  classes: Int32Array;
  values: Float64Array;
}

const TERMS = Symbol('terms');
type ClassCounts = Map<number, number> & { [TERMS]?: SparseTerms };

interface GroupCounts {
  /** feature → class index → weighted number of examples that have it */
  counts: Map<string, ClassCounts>;
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
      perClass = new Map() as ClassCounts;
      group.counts.set(feature.key, perClass);
    }
    const amount = weight * feature.weight;
    perClass.set(classIndex, (perClass.get(classIndex) ?? 0) + amount);
    perClass[TERMS] = undefined;
    group.totals[classIndex] = (group.totals[classIndex] ?? 0) + amount;
  }
}

/** The feature's log terms, worked out on first use and kept with its counts (the shared model does not change after training). */
function termsOf(perClass: ClassCounts, alpha: number): SparseTerms {
  let terms = perClass[TERMS];
  if (terms === undefined || terms.alpha !== alpha) {
    const logAlpha = Math.log(alpha);
    terms = { alpha, classes: new Int32Array(perClass.size), values: new Float64Array(perClass.size) };
    let i = 0;
    for (const [c, count] of perClass) {
      terms.classes[i] = c;
      terms.values[i] = Math.log(count + alpha) - logAlpha;
      i++;
    }
    perClass[TERMS] = terms;
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
  const scores = new Float64Array(classCount);
  const contributions: number[][] = [];
  // Both groups spelled out (no lookups by a group name in the loop): this runs for every feature of every text.
  const word = model.groups.word;
  const gram = model.groups.gram;
  const extraWord = options.extra?.groups.word;
  const extraGram = options.extra?.groups.gram;
  const alphaWord = options.alpha.word;
  const alphaGram = options.alpha.gram;
  const unseenWord = unseenTerms(word, extraWord, alphaWord);
  const unseenGram = unseenTerms(gram, extraGram, alphaGram);
  let weightWord = 0;
  let weightGram = 0;
  const nothing: number[] = new Array<number>(classCount).fill(0);
  for (let f = 0; f < features.length; f++) {
    const feature = features[f] as Feature;
    const isWord = feature.group === 'word';
    const base = (isWord ? word : gram).counts.get(feature.key);
    const extra = (isWord ? extraWord : extraGram)?.counts.get(feature.key);
    if (base === undefined && extra === undefined) {
      if (withContributions) contributions.push(nothing);
      continue;
    }
    const weight = (isWord ? options.groupWeight.word : options.groupWeight.gram) * feature.weight;
    const alpha = isWord ? alphaWord : alphaGram;
    if (isWord) weightWord += weight;
    else weightGram += weight;
    let row: number[] | undefined;
    if (withContributions) {
      const values = isWord ? unseenWord : unseenGram;
      row = new Array<number>(classCount);
      for (let c = 0; c < classCount; c++) row[c] = weight * (values[c] as number);
    }
    if (base !== undefined && extra === undefined) {
      // The common case: only the shared model knows the feature, and its terms are worked out already.
      const { classes, values } = termsOf(base, alpha);
      for (let i = 0; i < classes.length; i++) {
        const c = classes[i] as number;
        const value = weight * (values[i] as number);
        scores[c] = (scores[c] as number) + value;
        if (row) row[c] = (row[c] as number) + value;
      }
    } else {
      const log = Math.log(alpha);
      if (base) {
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
    }
    if (row) contributions.push(row);
  }
  const result = new Array<number>(classCount);
  for (let c = 0; c < classCount; c++) {
    // A group no feature of the text is known in adds nothing (and an empty group's terms are infinite).
    result[c] = (scores[c] as number) + (weightWord === 0 ? 0 : weightWord * (unseenWord[c] as number)) + (weightGram === 0 ? 0 : weightGram * (unseenGram[c] as number));
  }
  return { scores: result, contributions };
}

/** Per class: log α − denominator, what a feature adds (per unit of weight) to a class that never saw it. */
function unseenTerms(group: GroupCounts, extra: GroupCounts | undefined, alpha: number): Float64Array {
  const vocabulary = group.counts.size + (extra ? extra.counts.size : 0) * 0.5;
  const logAlpha = Math.log(alpha);
  const terms = new Float64Array(group.totals.length);
  for (let c = 0; c < terms.length; c++) {
    terms[c] = logAlpha - Math.log((group.totals[c] as number) + (extra?.totals[c] ?? 0) + alpha * vocabulary);
  }
  return terms;
}

/** Softmax of scores divided by a temperature: NB is overconfident, the temperature tempers it. */
export function softmax(scores: readonly number[], temperature: number): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp((score - max) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}
