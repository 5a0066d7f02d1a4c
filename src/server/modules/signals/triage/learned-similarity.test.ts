import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../shared/seeded-random.js';
import type { Feature } from './features.js';
import { indexLearned, mostSimilarLearned } from './learned-similarity.js';

/** Cosine similarity of two feature sets the plain way: stems count 1, n-grams 0.35, each times its weight. */
function cosine(a: readonly Feature[], b: readonly Feature[]): number {
  const vector = (features: readonly Feature[]) =>
    new Map(features.filter((f) => f.word >= 0).map((f) => [`${f.group}|${f.key}`, (f.group === 'word' ? 1 : 0.35) * f.weight]));
  const x = vector(a);
  const y = vector(b);
  let dot = 0;
  for (const [key, weight] of x) dot += weight * (y.get(key) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  return dot === 0 ? 0 : dot / (norm(x) * norm(y));
}

describe('the learned examples most like a text', () => {
  // Texts drawn from a skewed vocabulary, as in real messages: a few features ("<de", "het") are in most
  // of them, so the index keeps those per example and adds them only for candidates that could still make it.
  const random = seededRandom(748);
  const feature = (rank: number): Feature => {
    const group = rank % 3 === 0 ? 'word' : 'gram';
    // Numbered features, and some the model has no number for (found by key).
    return { group, key: `${group === 'word' ? 's:' : ''}f${rank}`, weight: rank % 7 === 0 ? 0.5 : 1, id: rank % 11 === 0 ? -1 : rank, word: 0 };
  };
  const text = (size: number): Feature[] => {
    const ranks = new Set<number>();
    while (ranks.size < size) ranks.add(Math.floor(400 * random() ** 3));
    return [...ranks].map(feature);
  };
  const examples = Array.from({ length: 300 }, () => text(5 + Math.floor(30 * random())));
  // Near-copies of some examples, so there are neighbours above the threshold to find.
  const texts = [
    ...Array.from({ length: 150 }, () => text(5 + Math.floor(30 * random()))),
    ...examples.slice(0, 50).map((example) => {
      const kept = example.slice(1);
      // A text's features are distinct (extractFeatures), so the extra ones are only those it lacks.
      return [...kept, ...text(2).filter((extra) => !kept.some((f) => f.key === extra.key))];
    }),
  ];

  it('finds the same examples, with the same similarity, as comparing the text with each of them', () => {
    const index = indexLearned(examples);
    let found = 0;
    for (const features of texts) {
      const expected = examples
        .map((example, i) => ({ example: i, similarity: cosine(features, example) }))
        .filter((candidate) => candidate.similarity >= 0.5)
        .sort((a, b) => b.similarity - a.similarity || a.example - b.example)
        .slice(0, 3);
      const actual = mostSimilarLearned(index, features, 0.5, 3);
      expect(actual.map((n) => n.example)).toEqual(expected.map((n) => n.example));
      for (const [i, neighbour] of actual.entries()) expect(neighbour.similarity).toBeCloseTo((expected[i] as { similarity: number }).similarity, 12);
      found += actual.length;
    }
    // The set has real neighbours (the near-copies) and texts with none.
    expect(found).toBeGreaterThan(50);
    expect(found).toBeLessThan(texts.length * 3);
  });

  it('marks common features as such, and answers the same for a tiny memory where nothing is common', () => {
    const index = indexLearned(examples);
    const common = index.byNumber.common.reduce((sum, flag) => sum + flag, 0);
    expect(common).toBeGreaterThan(5);
    const small = indexLearned(examples.slice(0, 5));
    expect(small.byNumber.common.every((flag) => flag === 0)).toBe(true);
    expect(mostSimilarLearned(small, examples[2] as Feature[], 0.5, 3)[0]).toMatchObject({ example: 2 });
  });
});
