import { SIGNAL_KINDS, type SignalKind, type Theme } from '../../../../shared/schemas/signal-vocabulary.js';
import { TRAINING_CORPUS } from './corpus.js';
import {
  editDistance,
  extractFeatures,
  type Feature,
  keyLexicon,
  type Lexicon,
  type StemLookup,
  type TextFeatures,
  type WordFeature,
} from './features.js';
import {
  addExample,
  type CompiledExtra,
  type CompiledNaiveBayes,
  compileExtra,
  compileNaiveBayes,
  createNaiveBayes,
  createVocabulary,
  type NaiveBayes,
  type ScoringOptions,
  scoreFeatures,
  softmax,
  type Vocabulary,
} from './naive-bayes.js';
import { NON_DAILY_MAIN_GROUPS, type SignalenCategory, type SignalenTaxonomy } from './signalen-taxonomy.js';

/** The knobs of the model, chosen by cross-validation on the training corpus (see evaluate.ts). */
export const TRIAGE_SETTINGS = {
  scoring: { alpha: { word: 0.1, gram: 0.05 }, groupWeight: { word: 1, gram: 0.12 } } as ScoringOptions,
  /** The category model has a hundred classes with a few examples each: it wants its own smoothing. */
  categoryScoring: { alpha: { word: 0.1, gram: 0.2 }, groupWeight: { word: 1, gram: 0.12 } } as ScoringOptions,
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
  /** The counts, for laying a municipality's learned ones over them. */
  kinds: NaiveBayes;
  categories: NaiveBayes;
  /** Every feature either model knows, numbered; and both models compiled against those numbers. */
  vocabulary: Vocabulary;
  kindScoring: CompiledNaiveBayes;
  categoryScoring: CompiledNaiveBayes;
  categoryClasses: readonly string[];
  categoryBySlug: Map<string, SignalenCategory>;
  /** Known stems by first letter, for reading a misspelt word as a known one. */
  stemsByInitial: Map<string, string[]>;
  /** Per word: its features read against this model (numbered, misspelt stems read as known ones). */
  words: Map<string, WordEntry>;
}

interface WordEntry {
  stems: readonly string[];
  features: readonly WordFeature[];
  /** The features as written when a misspelt stem was read as a known one: used when learned examples know the stem. */
  asWritten: readonly WordFeature[] | null;
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
  const lexicon = keyLexicon(options.stems, { stopWordWeight: TRIAGE_SETTINGS.stopWordWeight });
  for (const document of options.documents) {
    const { features } = extractFeatures(document.text, lexicon, { markers: document.isMessage });
    addExample(kinds, SIGNAL_KINDS.indexOf(document.kind), features, document.weight);
    const categoryIndex = document.categorySlug === null ? undefined : slugIndex.get(document.categorySlug);
    if (categoryIndex !== undefined) addExample(categories, categoryIndex, withoutMarkers(features), document.weight);
  }
  // The main group's name is weak evidence for each of its sub-categories ("Overlast van dieren").
  options.categories.forEach((category, index) => {
    const { features } = extractFeatures(category.mainName, keyLexicon(options.stems), { markers: false });
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
  const vocabulary = createVocabulary([kinds, categories]);
  return {
    kinds,
    categories,
    vocabulary,
    kindScoring: compileNaiveBayes(kinds, vocabulary, TRIAGE_SETTINGS.scoring),
    categoryScoring: compileNaiveBayes(categories, vocabulary, TRIAGE_SETTINGS.categoryScoring),
    categoryClasses: slugs,
    categoryBySlug: new Map(options.categories.map((c) => [c.slug, c])),
    stemsByInitial,
    words: new Map(),
  };
}

/** Counts a municipality's learned decisions as a small model laid over the shared one; recent ones count more. */
export function trainLearnedModel(
  examples: readonly { text: string; kind: SignalKind }[],
  stems: StemLookup,
): NaiveBayes {
  const extra = createNaiveBayes(SIGNAL_KINDS);
  const lexicon = keyLexicon(stems, { stopWordWeight: TRIAGE_SETTINGS.stopWordWeight });
  examples.forEach((example, index) => {
    const recency = 1 - 0.5 * (index / Math.max(1, examples.length));
    const { features } = extractFeatures(example.text, lexicon, { markers: true });
    addExample(extra, SIGNAL_KINDS.indexOf(example.kind), features, TRIAGE_SETTINGS.weights.learned * recency);
  });
  return extra;
}

/** The learned counts compiled over the kind model, for scoring (see compileLearned). */
export interface LearnedScoring {
  counts: NaiveBayes;
  compiled: CompiledExtra;
}

export function compileLearned(model: TriageModel, counts: NaiveBayes): LearnedScoring {
  return { counts, compiled: compileExtra(model.kinds, counts, model.vocabulary, TRIAGE_SETTINGS.scoring) };
}

/**
 * The features of a new text, numbered by the model's vocabulary, with unknown misspelt stems read as the
 * nearest known stem (unless the municipality's learned examples know the stem as written).
 */
export function featuresForClassification(model: TriageModel, text: string, stems: StemLookup, learned?: LearnedScoring): TextFeatures {
  return extractFeatures(text, classificationLexicon(model, stems, learned), { markers: true });
}

const WORDS_LIMIT = 100_000;

function classificationLexicon(model: TriageModel, stems: StemLookup, learned: LearnedScoring | undefined): Lexicon {
  const wordIds = model.vocabulary.ids.word;
  return {
    featuresOf(word) {
      const wordStems = stems(word);
      let entry = model.words.get(word);
      if (!entry || entry.stems !== wordStems) {
        entry = wordEntry(model, word, wordStems);
        if (model.words.size >= WORDS_LIMIT) model.words.clear();
        model.words.set(word, entry);
      }
      if (entry.asWritten && learned) {
        const knows = entry.asWritten.some((feature) => feature.group === 'word' && learned.counts.groups.word.counts.has(feature.key));
        if (knows) return entry.asWritten;
      }
      return entry.features;
    },
    marker: (key) => ({ group: 'word', key, weight: 1, id: wordIds.get(key) ?? -1 }),
  };
}

/** A word's features read against the model: numbered, and a stem the kind model never saw read as the nearest one it did. */
function wordEntry(model: TriageModel, word: string, stems: readonly string[]): WordEntry {
  const { ids } = model.vocabulary;
  const known = model.kinds.groups.word.counts;
  const features = keyLexicon(() => stems, { stopWordWeight: TRIAGE_SETTINGS.stopWordWeight })
    .featuresOf(word)
    .map((feature) => ({ ...feature, id: ids[feature.group].get(feature.key) ?? -1 }));
  let guessed = false;
  const read = features.map((feature) => {
    if (feature.group !== 'word' || !feature.key.startsWith('s:') || known.has(feature.key)) return feature;
    const nearest = searchNearestStem(model, feature.key.slice(2));
    if (!nearest) return feature;
    guessed = true;
    const key = `s:${nearest}`;
    return { ...feature, key, id: ids.word.get(key) ?? -1, weight: TRIAGE_SETTINGS.fuzzyWeight };
  });
  return { stems, features: read, asWritten: guessed ? features : null };
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
  /** Per feature, per kind (feature × 3 + kind): what it added to the log-score. */
  contributions: Float64Array;
}

/** Scores the kinds; `neighbourBonus` adds the weight of similar earlier decisions of this municipality. */
export function scoreKinds(
  model: TriageModel,
  features: readonly Feature[],
  options: { learned?: LearnedScoring; neighbourBonus?: Partial<Record<SignalKind, number>> } = {},
): KindScores {
  const { scores, contributions } = scoreFeatures(model.kindScoring, features, options.learned?.compiled, true);
  const adjusted = SIGNAL_KINDS.map(
    (kind, index) => (scores[index] as number) + TRIAGE_SETTINGS.kindBias[kind] + (options.neighbourBonus?.[kind] ?? 0),
  );
  let words = 0;
  for (const feature of features) if (feature.group === 'word' && feature.word >= 0) words++;
  const { temperature } = TRIAGE_SETTINGS;
  const probabilities = softmax(adjusted, temperature.base + temperature.perWord * words);
  return {
    probabilities: Object.fromEntries(SIGNAL_KINDS.map((kind, index) => [kind, probabilities[index] as number])) as Record<SignalKind, number>,
    contributions: contributions as Float64Array,
  };
}

/** The nearest Signalen category of a daily report, or null when nothing in the text points to one. */
export function nearestCategory(model: TriageModel, features: readonly Feature[]): SignalenCategory | null {
  const usable = withoutMarkers(features);
  if (usable.length === 0) return null;
  const { scores } = scoreFeatures(model.categoryScoring, usable);
  let bestIndex = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < scores.length; index++) {
    if ((scores[index] as number) > bestScore) {
      bestScore = scores[index] as number;
      bestIndex = index;
    }
  }
  const slug = model.categoryClasses[bestIndex];
  return slug ? (model.categoryBySlug.get(slug) ?? null) : null;
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
