import type { Feature } from './features.js';

/**
 * A municipality's learned decisions, indexed for finding the ones most like a new text: per feature, the
 * examples that have it (an inverted index), so a text meets only the examples it shares a feature with.
 * Stems count more than character n-grams: sharing a word means more than sharing "str".
 *
 * Common features ("<de", "het", "<st") are in most examples: adding them up for every example would be
 * most of the work, and they seldom decide anything. So they are kept per example instead (`common`), and
 * only added for the examples whose rare features bring them near enough (see mostSimilarLearned).
 */
export interface LearnedIndex {
  norms: Float64Array;
  /** Numbered features' postings in flat runs: number n's from start[n] up to start[n + 1] in examples and weights. */
  byNumber: { start: Int32Array; examples: Int32Array; weights: Float64Array; common: Uint8Array };
  /** Features the model has no number for, by key (a word key has a ':' or '#', an n-gram never). */
  byKey: Map<string, Posting>;
  /** Per example, its common features (numbered, in more than COMMON_SHARE of the examples) and their weights. */
  common: { ids: Int32Array; weights: Float64Array }[];
  /** Per example, the norm of its common features alone. */
  commonNorms: Float64Array;
  /** Scratch space for one text (scoring is synchronous): dot products with the examples, its common features' weights by number. */
  dots: Float64Array;
  textCommon: Float64Array;
}

interface Posting {
  examples: Int32Array;
  weights: Float64Array;
}

/** A feature in more than this share of the examples (and more than a few) is common. */
const COMMON_SHARE = 0.05;
const COMMON_MINIMUM = 8;

const vectorWeight = (feature: Feature) => (feature.group === 'word' ? 1 : 0.35) * feature.weight;

export function indexLearned(examples: readonly (readonly Feature[])[]): LearnedIndex {
  const norms = new Float64Array(examples.length);
  const lists = { byNumber: new Map<number, { examples: number[]; weights: number[] }>(), byKey: new Map<string, { examples: number[]; weights: number[] }>() };
  examples.forEach((features, example) => {
    let squares = 0;
    for (const feature of features) {
      if (feature.word < 0) continue;
      const weight = vectorWeight(feature);
      squares += weight * weight;
      let list = feature.id >= 0 ? lists.byNumber.get(feature.id) : lists.byKey.get(feature.key);
      if (!list) {
        list = { examples: [], weights: [] };
        if (feature.id >= 0) lists.byNumber.set(feature.id, list);
        else lists.byKey.set(feature.key, list);
      }
      list.examples.push(example);
      list.weights.push(weight);
    }
    norms[example] = Math.sqrt(squares);
  });
  const commonFrom = Math.max(COMMON_MINIMUM, examples.length * COMMON_SHARE);
  const packed = (list: { examples: number[]; weights: number[] }): Posting => ({ examples: Int32Array.from(list.examples), weights: Float64Array.from(list.weights) });
  const perExample = examples.map(() => ({ ids: [] as number[], weights: [] as number[] }));
  let largestCommon = -1;
  let largest = -1;
  for (const id of lists.byNumber.keys()) largest = Math.max(largest, id);
  let total = 0;
  for (const list of lists.byNumber.values()) total += list.examples.length;
  const byNumber = {
    start: new Int32Array(largest + 2),
    examples: new Int32Array(total),
    weights: new Float64Array(total),
    common: new Uint8Array(largest + 1),
  };
  let at = 0;
  for (let id = 0; id <= largest; id++) {
    byNumber.start[id] = at;
    const list = lists.byNumber.get(id);
    if (!list) continue;
    byNumber.examples.set(list.examples, at);
    byNumber.weights.set(list.weights, at);
    at += list.examples.length;
    if (list.examples.length <= commonFrom) continue;
    byNumber.common[id] = 1;
    largestCommon = id;
    list.examples.forEach((example, i) => {
      (perExample[example] as { ids: number[] }).ids.push(id);
      (perExample[example] as { weights: number[] }).weights.push(list.weights[i] as number);
    });
  }
  byNumber.start[largest + 1] = at;
  return {
    norms,
    byNumber,
    byKey: new Map([...lists.byKey].map(([key, list]) => [key, packed(list)])),
    common: perExample.map((lists) => ({ ids: Int32Array.from(lists.ids), weights: Float64Array.from(lists.weights) })),
    commonNorms: Float64Array.from(perExample, (lists) => Math.sqrt(lists.weights.reduce((sum, weight) => sum + weight * weight, 0))),
    dots: new Float64Array(examples.length),
    textCommon: new Float64Array(largestCommon + 1),
  };
}

/**
 * The learned examples whose cosine similarity (0..1) with a text's features is at least `minimum`, most
 * similar first, at most `limit`.
 *
 * Rare features are added up per posting; the common ones only for candidates. An example's dot product
 * over the common features is at most the product of their norms (Cauchy–Schwarz), so an example whose
 * rare features leave it below `minimum` (or below the `limit`-th best) even with that much added cannot
 * make it, and is passed over without being looked at: the answer is the same as adding everything up.
 */
export function mostSimilarLearned(index: LearnedIndex, features: readonly Feature[], minimum: number, limit: number): { example: number; similarity: number }[] {
  const { dots, norms, textCommon, commonNorms, byNumber } = index;
  const numbered = byNumber.common.length;
  dots.fill(0);
  let squares = 0;
  let commonSquares = 0;
  const commonIds: number[] = [];
  for (const feature of features) {
    if (feature.word < 0) continue;
    const weight = vectorWeight(feature);
    squares += weight * weight;
    const id = feature.id;
    let examples: Int32Array;
    let weights: Float64Array;
    let from = 0;
    let to = 0;
    if (id >= 0) {
      if (id >= numbered) continue;
      // In so many examples that it is added per candidate rather than per posting.
      if (byNumber.common[id] === 1) {
        textCommon[id] = weight;
        commonIds.push(id);
        commonSquares += weight * weight;
        continue;
      }
      ({ examples, weights } = byNumber);
      from = byNumber.start[id] as number;
      to = byNumber.start[id + 1] as number;
    } else {
      const posting = index.byKey.get(feature.key);
      if (!posting) continue;
      ({ examples, weights } = posting);
      to = examples.length;
    }
    for (let i = from; i < to; i++) {
      const example = examples[i] as number;
      dots[example] = (dots[example] as number) + weight * (weights[i] as number);
    }
  }
  const norm = Math.sqrt(squares);
  const commonNorm = Math.sqrt(commonSquares);
  const best: { example: number; similarity: number }[] = [];
  if (norm > 0) {
    for (let example = 0; example < dots.length; example++) {
      const rare = dots[example] as number;
      if (rare === 0 && commonNorm === 0) continue;
      const scale = norm * (norms[example] as number);
      const bound = (rare + commonNorm * (commonNorms[example] as number)) / scale;
      if (bound < minimum || (best.length === limit && bound <= (best[limit - 1] as { similarity: number }).similarity)) continue;
      let dot = rare;
      const { ids, weights } = index.common[example] as { ids: Int32Array; weights: Float64Array };
      for (let i = 0; i < ids.length; i++) dot += (textCommon[ids[i] as number] as number) * (weights[i] as number);
      if (dot === 0) continue;
      const similarity = dot / scale;
      if (similarity < minimum || (best.length === limit && similarity <= (best[limit - 1] as { similarity: number }).similarity)) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      best[at] = { example, similarity };
      while (at > 0 && (best[at - 1] as { similarity: number }).similarity < similarity) {
        [best[at - 1], best[at]] = [best[at] as { example: number; similarity: number }, best[at - 1] as { example: number; similarity: number }];
        at--;
      }
    }
  }
  for (const id of commonIds) textCommon[id] = 0;
  return best;
}
