import { type Feature, FEATURE_GROUPS, type FeatureGroup } from './features.js';

/**
 * A multinomial Naive Bayes with sparse counts and one multinomial per feature group. Counts are
 * additive, so a municipality's learned examples are a second, small model (`extra`) laid over the
 * shared one at scoring time: nothing is retrained per request.
 *
 * Training counts by feature key (NaiveBayes); scoring runs on a compiled form (CompiledNaiveBayes) in
 * which every feature the shared models know has a number (Vocabulary) and its log terms are worked out:
 * a text's features carry their numbers, so scoring a text looks nothing up by string.
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

/** Numbers for every feature key of some trained models, per group; fixed once the models are trained. */
export interface Vocabulary {
  ids: Record<FeatureGroup, Map<string, number>>;
  size: number;
}

/** The vocabulary of the given models: each feature key any of them counted, numbered from 0. */
export function createVocabulary(models: readonly NaiveBayes[]): Vocabulary {
  const vocabulary: Vocabulary = { ids: { word: new Map(), gram: new Map() }, size: 0 };
  for (const model of models) {
    for (const group of FEATURE_GROUPS) {
      const ids = vocabulary.ids[group];
      for (const key of model.groups[group].counts.keys()) if (!ids.has(key)) ids.set(key, vocabulary.size++);
    }
  }
  return vocabulary;
}

/** For one feature: the classes that saw it and, per class, groupWeight × (log(count + α) − log α). */
interface Terms {
  classes: Int32Array;
  values: Float64Array;
}

/**
 * A model ready for scoring: the terms of all features in two flat arrays, feature number n's from start[n]
 * up to start[n + 1] (none: this model never saw it), so scoring a text reads a few contiguous runs of memory
 * rather than an object per feature; and what a feature adds to a class that never saw it.
 */
export interface CompiledNaiveBayes {
  classCount: number;
  start: Int32Array;
  classes: Int32Array;
  values: Float64Array;
  /** Per group, per class: groupWeight × (log α − denominator). */
  unseen: Record<FeatureGroup, Float64Array>;
  /**
   * For a model with few classes (the kinds), the same terms laid out densely: per number, a flag (1: some
   * class saw it) and a term per class (0 for a class that did not). One feature is then one read from one
   * place in memory, which is what scoring costs when other requests have pushed the model out of the cache.
   */
  dense: Float64Array | null;
}

/** A municipality's learned counts laid over a compiled model: the terms of the features the extra saw. */
export interface CompiledExtra {
  /** Terms of base and extra counts together, for features the vocabulary numbers: known[slots[number]] (-1: none; a model with many classes)… */
  slots: Int32Array;
  known: Terms[];
  /** …and for features only the extra knows (by key). */
  unknown: Record<FeatureGroup, Map<string, Terms>>;
  unseen: Record<FeatureGroup, Float64Array>;
  /** …or, for a model with few classes, laid out as CompiledNaiveBayes.dense, at slots[number] × (classes + 1). */
  knownDense: Float64Array;
}

/** Models with at most this many classes are also compiled densely (CompiledNaiveBayes.dense). */
const DENSE_CLASSES = 4;

/** Terms as dense rows: per entry a flag and a term per class (see CompiledNaiveBayes.dense). */
function denseRows(entries: readonly (Terms | undefined)[], classCount: number): Float64Array {
  const stride = classCount + 1;
  const dense = new Float64Array(entries.length * stride);
  entries.forEach((terms, row) => {
    if (!terms || terms.classes.length === 0) return;
    dense[row * stride] = 1;
    for (let i = 0; i < terms.classes.length; i++) dense[row * stride + 1 + (terms.classes[i] as number)] = terms.values[i] as number;
  });
  return dense;
}

export function compileNaiveBayes(model: NaiveBayes, vocabulary: Vocabulary, options: ScoringOptions): CompiledNaiveBayes {
  const byNumber: (Terms | undefined)[] = new Array(vocabulary.size).fill(undefined);
  let total = 0;
  for (const group of FEATURE_GROUPS) {
    const ids = vocabulary.ids[group];
    for (const [key, perClass] of model.groups[group].counts) {
      byNumber[ids.get(key) as number] = termsOf(perClass, undefined, options.alpha[group], options.groupWeight[group]);
      total += perClass.size;
    }
  }
  const compiled: CompiledNaiveBayes = {
    classCount: model.classes.length,
    start: new Int32Array(vocabulary.size + 1),
    classes: new Int32Array(total),
    values: new Float64Array(total),
    unseen: unseenTerms(model, undefined, options),
    dense: model.classes.length <= DENSE_CLASSES ? denseRows(byNumber, model.classes.length) : null,
  };
  let at = 0;
  byNumber.forEach((terms, id) => {
    compiled.start[id] = at;
    if (terms) {
      compiled.classes.set(terms.classes, at);
      compiled.values.set(terms.values, at);
      at += terms.classes.length;
    }
  });
  compiled.start[vocabulary.size] = at;
  return compiled;
}

/**
 * Compiles the learned counts `extra` over `model` (the counts `compiled` was made from). Done again after
 * every decision of a connector, in the request's thread: for a model with few classes the numbered
 * features' terms go straight into dense rows, with no object per feature on the way.
 */
export function compileExtra(model: NaiveBayes, extra: NaiveBayes, vocabulary: Vocabulary, options: ScoringOptions): CompiledExtra {
  const classCount = model.classes.length;
  const dense = classCount <= DENSE_CLASSES;
  const stride = classCount + 1;
  const compiled: CompiledExtra = {
    slots: new Int32Array(vocabulary.size).fill(-1),
    known: [],
    unknown: { word: new Map(), gram: new Map() },
    unseen: unseenTerms(model, extra, options),
    knownDense: new Float64Array(0),
  };
  let numbered = 0;
  for (const group of FEATURE_GROUPS) {
    const ids = vocabulary.ids[group];
    for (const key of extra.groups[group].counts.keys()) if (ids.has(key)) numbered++;
  }
  if (dense) compiled.knownDense = new Float64Array(numbered * stride);
  let slot = 0;
  for (const group of FEATURE_GROUPS) {
    const ids = vocabulary.ids[group];
    const alpha = options.alpha[group];
    const logAlpha = Math.log(alpha);
    const groupWeight = options.groupWeight[group];
    for (const [key, perClass] of extra.groups[group].counts) {
      const base = model.groups[group].counts.get(key);
      const id = ids.get(key);
      if (id === undefined) {
        compiled.unknown[group].set(key, termsOf(perClass, base, alpha, groupWeight));
        continue;
      }
      compiled.slots[id] = slot;
      if (!dense) compiled.known.push(termsOf(perClass, base, alpha, groupWeight));
      else {
        // As termsOf, class by class: groupWeight × (log(count + α) − log α) for each class that saw it.
        const row = slot * stride;
        compiled.knownDense[row] = 1;
        for (let c = 0; c < classCount; c++) {
          const count = (perClass.get(c) ?? 0) + (base?.get(c) ?? 0);
          if (perClass.has(c) || base?.has(c)) compiled.knownDense[row + 1 + c] = logTerm(count, alpha, logAlpha, groupWeight);
        }
      }
      slot++;
    }
  }
  return compiled;
}

/** What a feature seen `count` times in a class adds to it, beyond what an unseen one does. */
const logTerm = (count: number, alpha: number, logAlpha: number, groupWeight: number) => groupWeight * (Math.log(count + alpha) - logAlpha);

function termsOf(counts: Map<number, number>, more: Map<number, number> | undefined, alpha: number, groupWeight: number): Terms {
  const merged = new Map(counts);
  if (more) for (const [c, count] of more) merged.set(c, (merged.get(c) ?? 0) + count);
  const logAlpha = Math.log(alpha);
  const terms: Terms = { classes: new Int32Array(merged.size), values: new Float64Array(merged.size) };
  let i = 0;
  for (const [c, count] of [...merged].sort((a, b) => a[0] - b[0])) {
    terms.classes[i] = c;
    terms.values[i] = logTerm(count, alpha, logAlpha, groupWeight);
    i++;
  }
  return terms;
}

/**
 * Per group, per class: groupWeight × (log α − denominator), what a feature adds (per unit of weight) to a
 * class that never saw it. The learned examples' features count half in the vocabulary size.
 */
function unseenTerms(model: NaiveBayes, extra: NaiveBayes | undefined, options: ScoringOptions): Record<FeatureGroup, Float64Array> {
  const per = (group: FeatureGroup) => {
    const counts = model.groups[group];
    const more = extra?.groups[group];
    const vocabulary = counts.counts.size + (more ? more.counts.size : 0) * 0.5;
    const alpha = options.alpha[group];
    const terms = new Float64Array(counts.totals.length);
    for (let c = 0; c < terms.length; c++) {
      terms[c] = options.groupWeight[group] * (Math.log(alpha) - Math.log((counts.totals[c] as number) + (more?.totals[c] ?? 0) + alpha * vocabulary));
    }
    return terms;
  };
  return { word: per('word'), gram: per('gram') };
}

export interface Scores {
  /** The log-likelihood of the features under each class (priors not included). */
  scores: Float64Array;
  /** With contributions: per feature, per class (feature × classCount + class), what it added. */
  contributions: Float64Array | null;
}

/**
 * Scores a text's features (numbered by the model's vocabulary; -1: unknown to it). Features no example
 * ever had are skipped. A feature adds weight × (log(count + α) − denominator) to every class; for the
 * classes that never saw it that is weight × (log α − denominator), which is summed per group once at the
 * end, so only the classes that did see it are visited per feature: with a hundred Signalen categories and
 * most features seen by a few of them, that is the difference between ~20,000 terms per text and a few hundred.
 */
export function scoreFeatures(model: CompiledNaiveBayes, features: readonly Feature[], extra?: CompiledExtra, withContributions = false): Scores {
  if (model.dense) return scoreDense(model, model.dense, features, extra, withContributions);
  const classCount = model.classCount;
  const scores = new Float64Array(classCount);
  const contributions = withContributions ? new Float64Array(features.length * classCount) : null;
  const unseen = extra ? extra.unseen : model.unseen;
  let weightWord = 0;
  let weightGram = 0;
  for (let f = 0; f < features.length; f++) {
    const feature = features[f] as Feature;
    const id = feature.id;
    // The learned counts' terms where they have the feature, else the model's run.
    const slot = extra !== undefined && id >= 0 ? (extra.slots[id] as number) : -1;
    const learned = extra === undefined ? undefined : slot >= 0 ? extra.known[slot] : id >= 0 ? undefined : extra.unknown[feature.group].get(feature.key);
    let classes = model.classes;
    let values = model.values;
    let from = 0;
    let to = 0;
    if (learned !== undefined) {
      classes = learned.classes;
      values = learned.values;
      to = classes.length;
    } else if (id >= 0) {
      from = model.start[id] as number;
      to = model.start[id + 1] as number;
    }
    if (from === to) continue;
    const weight = feature.weight;
    if (feature.group === 'word') weightWord += weight;
    else weightGram += weight;
    for (let i = from; i < to; i++) {
      const c = classes[i] as number;
      scores[c] = (scores[c] as number) + weight * (values[i] as number);
    }
    if (contributions) {
      const row = f * classCount;
      const base = unseen[feature.group];
      for (let c = 0; c < classCount; c++) contributions[row + c] = weight * (base[c] as number);
      for (let i = from; i < to; i++) {
        const at = row + (classes[i] as number);
        contributions[at] = (contributions[at] as number) + weight * (values[i] as number);
      }
    }
  }
  // A group no feature of the text is known in adds nothing (and an empty group's terms are infinite).
  for (let c = 0; c < classCount; c++) {
    if (weightWord !== 0) scores[c] = (scores[c] as number) + weightWord * (unseen.word[c] as number);
    if (weightGram !== 0) scores[c] = (scores[c] as number) + weightGram * (unseen.gram[c] as number);
  }
  return { scores, contributions };
}

/** scoreFeatures for a densely compiled model: the same sums, term by term in the same order. */
function scoreDense(model: CompiledNaiveBayes, dense: Float64Array, features: readonly Feature[], extra: CompiledExtra | undefined, withContributions: boolean): Scores {
  const classCount = model.classCount;
  const stride = classCount + 1;
  const scores = new Float64Array(classCount);
  const contributions = withContributions ? new Float64Array(features.length * classCount) : null;
  const unseen = extra ? extra.unseen : model.unseen;
  let weightWord = 0;
  let weightGram = 0;
  // A feature only the learned counts know has no number: its terms go through here.
  const scratch = new Float64Array(stride);
  for (let f = 0; f < features.length; f++) {
    const feature = features[f] as Feature;
    const id = feature.id;
    let table = dense;
    let at = id * stride;
    if (extra !== undefined) {
      const slot = id >= 0 ? (extra.slots[id] as number) : -1;
      if (slot >= 0) {
        table = extra.knownDense;
        at = slot * stride;
      } else if (id < 0) {
        const terms = extra.unknown[feature.group].get(feature.key);
        if (terms === undefined || terms.classes.length === 0) continue;
        scratch.fill(0);
        scratch[0] = 1;
        for (let i = 0; i < terms.classes.length; i++) scratch[1 + (terms.classes[i] as number)] = terms.values[i] as number;
        table = scratch;
        at = 0;
      }
    } else if (id < 0) continue;
    if (table[at] !== 1) continue;
    const weight = feature.weight;
    if (feature.group === 'word') weightWord += weight;
    else weightGram += weight;
    for (let c = 0; c < classCount; c++) scores[c] = (scores[c] as number) + weight * (table[at + 1 + c] as number);
    if (contributions) {
      const row = f * classCount;
      const base = unseen[feature.group];
      for (let c = 0; c < classCount; c++) contributions[row + c] = weight * (base[c] as number) + weight * (table[at + 1 + c] as number);
    }
  }
  for (let c = 0; c < classCount; c++) {
    if (weightWord !== 0) scores[c] = (scores[c] as number) + weightWord * (unseen.word[c] as number);
    if (weightGram !== 0) scores[c] = (scores[c] as number) + weightGram * (unseen.gram[c] as number);
  }
  return { scores, contributions };
}

/** Softmax of scores divided by a temperature: NB is overconfident, the temperature tempers it. */
export function softmax(scores: ArrayLike<number>, temperature: number): number[] {
  const values = Array.from(scores);
  const max = Math.max(...values);
  const exps = values.map((score) => Math.exp((score - max) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}
