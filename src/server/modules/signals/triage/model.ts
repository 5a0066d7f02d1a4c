import { SIGNAL_KINDS, type SignalKind, type Theme } from '../../../../shared/schemas/signal-vocabulary.js';
import { TRAINING_CORPUS } from './corpus.js';
import { editDistance, extractFeatures, type Feature, type StemLookup, type TextFeatures } from './features.js';
import { addExample, createNaiveBayes, type NaiveBayes, type ScoringOptions, scoreClasses, softmax } from './naive-bayes.js';
import { NON_DAILY_MAIN_GROUPS, type SignalenCategory, type SignalenTaxonomy } from './signalen-taxonomy.js';

/** The knobs of the model, chosen by cross-validation on the training corpus (see evaluate.ts). */
export const TRIAGE_SETTINGS = {
  scoring: { alpha: { word: 0.1, gram: 0.05 }, groupWeight: { word: 1, gram: 0.12 } } as Omit<ScoringOptions, 'extra'>,
  /** The category model has a hundred classes with a few examples each: it wants its own smoothing. */
  categoryScoring: { alpha: { word: 0.1, gram: 0.2 }, groupWeight: { word: 1, gram: 0.12 } } as Omit<ScoringOptions, 'extra'>,
  /** Added to a kind's log-score: residents send far more daily reports than anything else. */
  kindBias: { daily_report: 2.5, individual_question: 0, area_issue: 0 } as Record<SignalKind, number>,
  /**
   * Divides the log-scores before the softmax: NB's margins grow with every word, so the temperature
   * does too (base + perWord × words), or a long text would always be 0.9999 sure.
   */
  temperature: { base: 1, perWord: 0.5 },
  /** Stop words ("mijn", "ons", "ik") tell something, but less than content words. */
  stopWordWeight: 0.5,
  weights: { corpus: 1, categoryName: 1, description: 0.7, alias: 0.7, learned: 3 },
  /** A misspelt stem read as a known one counts for this much. */
  fuzzyWeight: 0.7,
};

/** A training text with its kind, its Signalen category (daily reports) and how much it counts. */
export interface TrainingDocument {
  text: string;
  kind: SignalKind;
  categorySlug: string | null;
  weight: number;
  /** Real messages get whole-text markers (length, number, question mark); taxonomy names do not. */
  isMessage: boolean;
}

export interface TriageModel {
  kinds: NaiveBayes;
  categories: NaiveBayes;
  categoryBySlug: Map<string, SignalenCategory>;
  /** Known stems by first letter, for reading a misspelt word as a known one. */
  stemsByInitial: Map<string, string[]>;
}

/** The taxonomy's names and descriptions as daily-report examples, plus the hand-written corpus. */
export function trainingDocuments(taxonomy: SignalenTaxonomy, corpus = TRAINING_CORPUS): TrainingDocument[] {
  const { weights } = TRIAGE_SETTINGS;
  const documents: TrainingDocument[] = [];
  for (const category of taxonomy.categories) {
    const isDaily = !NON_DAILY_MAIN_GROUPS.has(category.mainSlug);
    if (!isDaily) continue;
    documents.push({ text: category.name, kind: 'daily_report', categorySlug: category.slug, weight: weights.categoryName, isMessage: false });
    if (category.description) {
      documents.push({ text: category.description, kind: 'daily_report', categorySlug: category.slug, weight: weights.description, isMessage: false });
    }
  }
  for (const alias of taxonomy.aliases) {
    documents.push({ text: alias.text, kind: 'daily_report', categorySlug: alias.slug, weight: weights.alias, isMessage: false });
  }
  for (const example of corpus) {
    documents.push({ ...example, weight: weights.corpus, isMessage: true });
  }
  return documents;
}

/** Trains both models: the kind (3 classes) and the nearest Signalen category (daily reports only). */
export function trainModel(options: {
  documents: readonly TrainingDocument[];
  categories: readonly SignalenCategory[];
  stems: StemLookup;
}): TriageModel {
  const kinds = createNaiveBayes(SIGNAL_KINDS);
  const slugs = options.categories.map((category) => category.slug);
  const categories = createNaiveBayes(slugs);
  const slugIndex = new Map(slugs.map((slug, index) => [slug, index]));
  for (const document of options.documents) {
    const { features } = extractFeatures(document.text, options.stems, { markers: document.isMessage, stopWordWeight: TRIAGE_SETTINGS.stopWordWeight });
    addExample(kinds, SIGNAL_KINDS.indexOf(document.kind), features, document.weight);
    const categoryIndex = document.categorySlug === null ? undefined : slugIndex.get(document.categorySlug);
    if (categoryIndex !== undefined) addExample(categories, categoryIndex, withoutMarkers(features), document.weight);
  }
  // The main group's name is weak evidence for each of its sub-categories ("Overlast van dieren").
  options.categories.forEach((category, index) => {
    const { features } = extractFeatures(category.mainName, options.stems, { markers: false });
    addExample(categories, index, features, 0.3);
  });
  const stemsByInitial = new Map<string, string[]>();
  for (const key of kinds.groups.word.counts.keys()) {
    if (!key.startsWith('s:') || key.length < 7) continue;
    const stem = key.slice(2);
    const list = stemsByInitial.get(stem[0] as string) ?? [];
    list.push(stem);
    stemsByInitial.set(stem[0] as string, list);
  }
  return { kinds, categories, categoryBySlug: new Map(options.categories.map((c) => [c.slug, c])), stemsByInitial };
}

/** Counts a municipality's learned decisions as a small model laid over the shared one; recent ones count more. */
export function trainLearnedModel(
  examples: readonly { text: string; kind: SignalKind }[],
  stems: StemLookup,
): NaiveBayes {
  const extra = createNaiveBayes(SIGNAL_KINDS);
  examples.forEach((example, index) => {
    const recency = 1 - 0.5 * (index / Math.max(1, examples.length));
    const { features } = extractFeatures(example.text, stems, { markers: true, stopWordWeight: TRIAGE_SETTINGS.stopWordWeight });
    addExample(extra, SIGNAL_KINDS.indexOf(example.kind), features, TRIAGE_SETTINGS.weights.learned * recency);
  });
  return extra;
}

/** The features of a new text, with unknown misspelt stems read as the nearest known stem. */
export function featuresForClassification(model: TriageModel, text: string, stems: StemLookup, extra?: NaiveBayes): TextFeatures {
  const extracted = extractFeatures(text, stems, { markers: true, stopWordWeight: TRIAGE_SETTINGS.stopWordWeight });
  const features: Feature[] = extracted.features.map((feature) => {
    if (feature.group !== 'word' || !feature.key.startsWith('s:')) return feature;
    if (model.kinds.groups.word.counts.has(feature.key) || extra?.groups.word.counts.has(feature.key)) return feature;
    const nearest = nearestKnownStem(model, feature.key.slice(2));
    return nearest ? { ...feature, key: `s:${nearest}`, weight: TRIAGE_SETTINGS.fuzzyWeight } : feature;
  });
  return { words: extracted.words, features };
}

/** Per model, the nearest known stem of each unknown stem seen so far: the model's stems do not change. */
const nearestByModel = new WeakMap<TriageModel, Map<string, string | null>>();
const NEAREST_LIMIT = 50_000;

function nearestKnownStem(model: TriageModel, stem: string): string | null {
  let known = nearestByModel.get(model);
  if (!known) {
    known = new Map();
    nearestByModel.set(model, known);
  }
  let nearest = known.get(stem);
  if (nearest === undefined) {
    nearest = searchNearestStem(model, stem);
    if (known.size >= NEAREST_LIMIT) known.clear();
    known.set(stem, nearest);
  }
  return nearest;
}

function searchNearestStem(model: TriageModel, stem: string): string | null {
  if (stem.length < 5) return null;
  const limit = stem.length >= 9 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of model.stemsByInitial.get(stem[0] as string) ?? []) {
    const distance = editDistance(stem, candidate, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export interface KindScores {
  probabilities: Record<SignalKind, number>;
  /** Per feature, per kind: what it added to the log-score. */
  contributions: number[][];
}

/** Scores the kinds; `neighbourBonus` adds the weight of similar earlier decisions of this municipality. */
export function scoreKinds(
  model: TriageModel,
  features: readonly Feature[],
  options: { extra?: NaiveBayes; neighbourBonus?: Partial<Record<SignalKind, number>> } = {},
): KindScores {
  const { scores, contributions } = scoreClasses(model.kinds, features, { ...TRIAGE_SETTINGS.scoring, extra: options.extra }, true);
  const adjusted = SIGNAL_KINDS.map(
    (kind, index) => (scores[index] as number) + TRIAGE_SETTINGS.kindBias[kind] + (options.neighbourBonus?.[kind] ?? 0),
  );
  const words = features.filter((feature) => feature.group === 'word' && feature.word >= 0).length;
  const { temperature } = TRIAGE_SETTINGS;
  const probabilities = softmax(adjusted, temperature.base + temperature.perWord * words);
  return {
    probabilities: Object.fromEntries(SIGNAL_KINDS.map((kind, index) => [kind, probabilities[index] as number])) as Record<SignalKind, number>,
    contributions,
  };
}

/** The nearest Signalen category of a daily report, or null when nothing in the text points to one. */
export function nearestCategory(model: TriageModel, features: readonly Feature[]): SignalenCategory | null {
  const usable = withoutMarkers(features);
  const { scores } = scoreClasses(model.categories, usable, TRIAGE_SETTINGS.categoryScoring);
  let bestIndex = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  scores.forEach((score, index) => {
    if (score > bestScore) {
      bestScore = score;
      bestIndex = index;
    }
  });
  const slug = model.categories.classes[bestIndex];
  return usable.length > 0 && slug ? (model.categoryBySlug.get(slug) ?? null) : null;
}

/** A text's features as sorted integer ids with weights, for comparing it with earlier decisions fast. */
export interface FeatureVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/**
 * Stems count more than character n-grams: sharing a word means more than sharing "str". `ids` numbers
 * the features of one set of learned examples; a feature they never had gets no id (it still counts
 * in the norm) unless `grow` adds it.
 */
export function featureVector(features: readonly Feature[], ids: Map<string, number>, grow: boolean): FeatureVector {
  const entries: [number, number][] = [];
  let squares = 0;
  for (const feature of features) {
    if (feature.word < 0) continue;
    const weight = (feature.group === 'word' ? 1 : 0.35) * feature.weight;
    squares += weight * weight;
    const key = `${feature.group}:${feature.key}`;
    let id = ids.get(key);
    if (id === undefined && grow) {
      id = ids.size;
      ids.set(key, id);
    }
    if (id !== undefined) entries.push([id, weight]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  return {
    ids: Int32Array.from(entries, (entry) => entry[0]),
    weights: Float64Array.from(entries, (entry) => entry[1]),
    norm: Math.sqrt(squares),
  };
}

/** Cosine similarity of two feature vectors (0..1), by walking both sorted id lists once. */
export function similarity(a: FeatureVector, b: FeatureVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

export interface LearnedNeighbour {
  text: string;
  kind: SignalKind;
  themes: readonly Theme[];
  similarity: number;
}

function withoutMarkers(features: readonly Feature[]): Feature[] {
  return features.filter((feature) => feature.word >= 0);
}
