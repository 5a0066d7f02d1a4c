/**
 * Triage: is a resident's text a daily report (melding openbare ruimte, for BuitenBeter/Signalen), an
 * individual question (for a department) or an area issue (for the connector)?
 *
 * A multinomial Naive Bayes (naive-bayes.ts) over PostgreSQL `dutch` stems and character n-grams
 * (features.ts), trained once per process on the Signalen taxonomy read from the shared data
 * (signalen-taxonomy.ts) and a hand-written corpus (corpus*.ts). A municipality's earlier decisions
 * are counted on top at a higher weight, and near-copies of them tip the balance (model.ts); a
 * second Naive Bayes names the nearest Signalen category; themes come from word patterns
 * (themes.ts). Figures: `npx tsx src/server/modules/signals/triage/evaluate.ts`.
 */
import { createHash } from 'node:crypto';
import { SIGNAL_KINDS, type SignalKind, type Theme } from '../../../../shared/schemas/signal-vocabulary.js';
import type { Feature } from './features.js';
import {
  compileLearned,
  featuresForClassification,
  type LearnedNeighbour,
  type LearnedScoring,
  nearestCategory,
  scoreKinds,
  type TriageModel,
  trainingDocuments,
  trainLearnedModel,
  trainModel,
} from './model.js';
import { indexLearned, type LearnedIndex, mostSimilarLearned } from './learned-similarity.js';
import { readSignalenTaxonomy } from './signalen-taxonomy.js';
import { type Stemmer, stemTexts } from './stems.js';
import { suggestThemes, themesOfCategory } from './themes.js';

export { postgresStemmer, type Stemmer } from './stems.js';

export interface LearnedExample {
  text: string;
  kind: SignalKind;
  themes: Theme[];
}

export interface TriageSuggestion {
  kind: SignalKind;
  confidence: number;
  themes: Theme[];
  reason: string;
  /** Nearest Signalen category when kind is daily_report. */
  category: { main: string; name: string } | null;
}

/** Classifies a text; `learned` are this municipality's earlier decisions (most recent first, up to a few hundred). */
export async function suggestTriage(options: {
  stem: Stemmer;
  sharedDataDir: string;
  text: string;
  learned?: readonly LearnedExample[];
  /** Names this set of learned examples (say municipality and version), so it need not be hashed on every call. */
  learnedKey?: string;
}): Promise<TriageSuggestion> {
  const model = await loadTriageModel(options.stem, options.sharedDataDir);
  // The opening of a very long text is what it is about; the rest would only slow stemming down.
  const text = options.text.slice(0, TEXT_LIMIT);
  const memory = options.learned?.length ? await loadLearnedMemory(options.stem, model, options.learned, options.learnedKey) : null;
  const stems = await stemTexts(options.stem, [text]);
  const { words, features } = featuresForClassification(model, text, stems, memory?.scoring);
  if (!features.some((feature) => feature.word >= 0)) {
    return {
      kind: 'area_issue',
      confidence: 0,
      themes: [],
      reason: 'Te weinig tekst om te beoordelen; de wijkverbinder kijkt er zelf naar.',
      category: null,
    };
  }

  const neighbours = memory ? nearestLearned(memory, features) : [];
  const neighbourBonus: Partial<Record<SignalKind, number>> = {};
  for (const neighbour of neighbours) {
    // A near-copy of an earlier decision should settle the matter; a loose likeness only nudges.
    neighbourBonus[neighbour.kind] = (neighbourBonus[neighbour.kind] ?? 0) + 12 * Math.max(0, neighbour.similarity - 0.45);
  }
  const { probabilities, contributions } = scoreKinds(model, features, { learned: memory?.scoring, neighbourBonus });
  const ranked = [...SIGNAL_KINDS].sort((a, b) => probabilities[b] - probabilities[a]);
  const kind = ranked[0] as SignalKind;
  const runnerUp = ranked[1] as SignalKind;

  const category = kind === 'daily_report' ? nearestCategory(model, features) : null;
  const themes = suggestThemes({
    words,
    categoryThemes: category ? themesOfCategory(category) : [],
    neighbours: neighbours.filter((neighbour) => neighbour.kind === kind),
  });
  const decisive = decisiveWords(words, features, contributions, SIGNAL_KINDS.indexOf(kind), SIGNAL_KINDS.indexOf(runnerUp));
  return {
    kind,
    confidence: Math.round(probabilities[kind] * 100) / 100,
    themes,
    reason: explain({ kind, runnerUp, confidence: probabilities[kind], decisive, category, neighbour: neighbours.find((n) => n.kind === kind) }),
    category: category ? { main: category.mainName, name: category.name } : null,
  };
}

const TEXT_LIMIT = 5_000;
const LEARNED_LIMIT = 500;

const models = new Map<string, Promise<TriageModel>>();

/** The shared model, trained once per process (per shared data directory) from the taxonomy and the corpus. */
export function loadTriageModel(stem: Stemmer, sharedDataDir: string): Promise<TriageModel> {
  let model = models.get(sharedDataDir);
  if (!model) {
    model = (async () => {
      const taxonomy = await readSignalenTaxonomy(sharedDataDir);
      const documents = trainingDocuments(taxonomy);
      const stems = await stemTexts(stem, [...documents.map((d) => d.text), ...taxonomy.categories.map((c) => c.mainName)]);
      return trainModel({ documents, categories: taxonomy.categories, stems });
    })();
    models.set(sharedDataDir, model);
    // A failure (database down) must not stick: the next request tries again.
    model.catch(() => models.delete(sharedDataDir));
  }
  return model;
}

interface LearnedMemory {
  examples: readonly LearnedExample[];
  scoring: LearnedScoring;
  index: LearnedIndex;
}

/** Per model, the learned memories of the last municipalities asked about (least recently used goes first). */
const memoriesByModel = new WeakMap<TriageModel, Map<string, LearnedMemory>>();
const MEMORY_LIMIT = 50;

/** A municipality's learned decisions as counts and feature sets, cached by their content. */
async function loadLearnedMemory(stem: Stemmer, model: TriageModel, given: readonly LearnedExample[], givenKey?: string): Promise<LearnedMemory> {
  const key =
    givenKey === undefined
      ? createHash('sha1')
          .update(JSON.stringify(given.map((example) => [example.text, example.kind, example.themes])))
          .digest('hex')
      : `key:${givenKey}`;
  let memories = memoriesByModel.get(model);
  if (!memories) {
    memories = new Map();
    memoriesByModel.set(model, memories);
  }
  const cached = memories.get(key);
  if (cached) {
    memories.delete(key);
    memories.set(key, cached);
    return cached;
  }
  const learned = given
    .slice(0, LEARNED_LIMIT)
    .map((example) => (example.text.length > TEXT_LIMIT ? { ...example, text: example.text.slice(0, TEXT_LIMIT) } : example));
  const stems = await stemTexts(stem, learned.map((example) => example.text));
  const scoring = compileLearned(model, trainLearnedModel(learned, stems));
  const memory: LearnedMemory = {
    examples: learned,
    scoring,
    index: indexLearned(learned.map((example) => featuresForClassification(model, example.text, stems).features)),
  };
  memories.set(key, memory);
  if (memories.size > MEMORY_LIMIT) memories.delete(memories.keys().next().value as string);
  return memory;
}

/** The up to three most similar earlier decisions that are similar enough to matter. */
function nearestLearned(memory: LearnedMemory, features: readonly Feature[]): LearnedNeighbour[] {
  return mostSimilarLearned(memory.index, features, 0.5, 3).map(({ example, similarity }) => {
    const { text, kind, themes } = memory.examples[example] as LearnedExample;
    return { text, kind, themes, similarity };
  });
}

/** The words that pushed the winner ahead of the runner-up most, as the resident wrote them. */
function decisiveWords(
  words: readonly string[],
  features: readonly Feature[],
  /** Per feature, per kind (feature × kinds + kind), as scoreKinds gives them. */
  contributions: Float64Array,
  winner: number,
  runnerUp: number,
): string[] {
  const perWord = new Map<number, number>();
  const hasStem = new Set(features.filter((feature) => feature.key.startsWith('s:')).map((feature) => feature.word));
  const kinds = SIGNAL_KINDS.length;
  features.forEach((feature, index) => {
    if (feature.word < 0) return;
    // Articles and prepositions count a little, but a reason that cites 'de' or 'op' explains nothing.
    if (!hasStem.has(feature.word) && !TELLING_STOP_WORDS.has(words[feature.word] as string)) return;
    const margin = (contributions[index * kinds + winner] as number) - (contributions[index * kinds + runnerUp] as number);
    perWord.set(feature.word, (perWord.get(feature.word) ?? 0) + margin);
  });
  const seen = new Set<string>();
  return [...perWord.entries()]
    .filter(([, margin]) => margin > 0.15)
    .sort((a, b) => b[1] - a[1])
    .map(([index]) => words[index] as string)
    .filter((word) => !seen.has(word) && seen.add(word))
    .slice(0, 4);
}

/** Stop words worth citing: they tell a personal question ('mijn', 'ik', 'hoe') from a shared one ('ons', 'wij'). */
const TELLING_STOP_WORDS = new Set(['mijn', 'ik', 'me', 'mij', 'wij', 'we', 'ons', 'onze', 'hoe', 'wanneer', 'waar', 'niet', 'geen', 'al', 'steeds']);

const KIND_PHRASES: Record<SignalKind, string> = {
  daily_report: 'Lijkt op een melding openbare ruimte',
  individual_question: 'Lijkt op een individuele vraag',
  area_issue: 'Lijkt op een wijkvraagstuk',
};

const KIND_NAMES: Record<SignalKind, string> = {
  daily_report: 'een melding openbare ruimte',
  individual_question: 'een individuele vraag',
  area_issue: 'een wijkvraagstuk',
};

function explain(options: {
  kind: SignalKind;
  runnerUp: SignalKind;
  confidence: number;
  decisive: readonly string[];
  category: { name: string } | null;
  neighbour: LearnedNeighbour | undefined;
}): string {
  const words = options.decisive.map((word) => `'${word}'`).join(', ');
  let reason = words ? `${KIND_PHRASES[options.kind]}: ${words}` : KIND_PHRASES[options.kind];
  if (options.category) reason += ` — Signalen-categorie '${options.category.name}'`;
  reason += '.';
  if (options.neighbour) {
    const text = options.neighbour.text.length > 70 ? `${options.neighbour.text.slice(0, 67)}…` : options.neighbour.text;
    reason += ` Vergelijkbaar met een eerder signaal in deze gemeente dat zo is beoordeeld: '${text}'.`;
  }
  if (options.confidence < 0.6) reason += ` Twijfelgeval: het kan ook ${KIND_NAMES[options.runnerUp]} zijn.`;
  return reason;
}
