/**
 * Turns a text into the features the triage model counts. Two groups, each its own multinomial
 * (see naive-bayes.ts): `word` holds PostgreSQL `dutch` stems, the raw stop words that stemming drops
 * ("mijn", "ons", "geen" tell a personal question from a neighbourhood one) and a few whole-text
 * markers; `gram` holds character 3–5-grams of each word, which is what carries a misspelt or glued
 * word ("lantarenpaal", "vuilniszakken", "hondepoep") to the right class.
 */

export type FeatureGroup = 'word' | 'gram';
export const FEATURE_GROUPS: readonly FeatureGroup[] = ['word', 'gram'];

/** A feature of a word: `weight` is below 1 for a stop word or a guess (a misspelt stem read as a known one). */
export interface WordFeature {
  group: FeatureGroup;
  key: string;
  weight: number;
  /** Its number in the model's vocabulary (naive-bayes.ts), -1 when it has none (training, or a feature the model never saw). */
  id: number;
}

/** A feature in a text: `word` is the index of the word it came from (-1 for whole-text markers). */
export interface Feature extends WordFeature {
  word: number;
}

export interface TextFeatures {
  /** The words as written (lowercased, accents removed), for explaining a decision. */
  words: string[];
  features: Feature[];
}

/** Stems per distinct word, as PostgreSQL's `dutch` configuration gives them ([] for a stop word). */
export type StemLookup = (word: string) => readonly string[];

/** How words become features: training only needs keys; classification reads them against a model (model.ts). */
export interface Lexicon {
  featuresOf(word: string): readonly WordFeature[];
  /** A whole-text marker ('#len:s', '#number', '#question'). */
  marker(key: string): WordFeature;
}

/** Words as keys only: stems (or the stop word itself, at `stopWordWeight`) and character n-grams. */
export function keyLexicon(stemsOf: StemLookup, options: { stopWordWeight?: number } = {}): Lexicon {
  return {
    featuresOf(word) {
      const { wordKeys, grams } = keysOfWord(word, stemsOf(word));
      const weight = wordKeys[0]?.startsWith('w:') ? (options.stopWordWeight ?? 1) : 1;
      return [
        ...wordKeys.map((key) => ({ group: 'word' as const, key, weight, id: -1 })),
        ...grams.map((key) => ({ group: 'gram' as const, key, weight: 1, id: -1 })),
      ];
    },
    marker: (key) => ({ group: 'word', key, weight: 1, id: -1 }),
  };
}

/** Lowercases, strips accents and apostrophes ("auto's" → "autos") and splits into words of letters and digits. */
export function tokenize(text: string): string[] {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
  return plain.match(/[a-z0-9]+/g) ?? [];
}

export function isNumeric(word: string): boolean {
  return /\d/.test(word);
}

/**
 * The distinct features of one text (a feature counts once per text). `markers` adds whole-text features
 * (length, a number, a question mark); taxonomy names are not real messages, so they are counted without them.
 */
export function extractFeatures(text: string, lexicon: Lexicon, options: { markers: boolean }): TextFeatures {
  const words = tokenize(text);
  const features: Feature[] = [];
  const stamp = nextStamp();
  // Numbered features are told apart by a stamp per number; the rest by key (a word key has a ':' or '#', an n-gram never).
  let unnumbered: Set<string> | undefined;
  const add = (feature: WordFeature, word: number) => {
    if (feature.id >= 0) {
      if (feature.id >= stamps.length) growStamps(feature.id);
      if (stamps[feature.id] === stamp) return;
      stamps[feature.id] = stamp;
    } else {
      unnumbered ??= new Set();
      if (unnumbered.has(feature.key)) return;
      unnumbered.add(feature.key);
    }
    features.push({ group: feature.group, key: feature.key, weight: feature.weight, id: feature.id, word });
  };
  let hasNumber = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (isNumeric(word)) {
      hasNumber = true;
      continue;
    }
    for (const feature of lexicon.featuresOf(word)) add(feature, index);
  }
  if (options.markers) {
    const count = words.length;
    add(lexicon.marker(`#len:${count <= 3 ? 'xs' : count <= 8 ? 's' : count <= 20 ? 'm' : count <= 45 ? 'l' : 'xl'}`), -1);
    if (hasNumber) add(lexicon.marker('#number'), -1);
    if (text.includes('?')) add(lexicon.marker('#question'), -1);
  }
  return { words, features };
}

/** Per feature number, the stamp of the last text that had it. */
let stamps = new Uint32Array(1 << 16);
let currentStamp = 0;

function nextStamp(): number {
  currentStamp++;
  if (currentStamp === 0xffffffff) {
    stamps.fill(0);
    currentStamp = 1;
  }
  return currentStamp;
}

function growStamps(id: number): void {
  const grown = new Uint32Array(Math.max(id + 1, stamps.length * 2));
  grown.set(stamps);
  stamps = grown;
}

/**
 * A word's feature keys, kept per word: a word's stems never change, and a resident's words are mostly
 * the same few thousand. Reusing the same strings also spares hashing them again in every lookup.
 */
const keysByWord = new Map<string, { stems: readonly string[]; wordKeys: string[]; grams: string[] }>();
const KEYS_BY_WORD_LIMIT = 100_000;

export function keysOfWord(word: string, stems: readonly string[]): { wordKeys: string[]; grams: string[] } {
  let keys = keysByWord.get(word);
  if (!keys || keys.stems !== stems) {
    const wordKeys = stems.length === 0 ? (word.length > 1 ? [`w:${word}`] : []) : stems.map((stem) => `s:${stem}`);
    keys = { stems, wordKeys, grams: charNgrams(word) };
    if (keysByWord.size >= KEYS_BY_WORD_LIMIT) keysByWord.clear();
    keysByWord.set(word, keys);
  }
  return keys;
}

/** Character 3–5-grams of a word with boundary marks: "lamp" → "<la", "lam", "amp", "mp>", "<lam", … */
export function charNgrams(word: string): string[] {
  if (word.length < 3) return [];
  const padded = `<${word}>`;
  const grams: string[] = [];
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment), stopping early past `limit`:
 * used to read an unknown stem ("stoepteggel") as a known one ("stoeptegel").
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0] as number[];
  for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const previous = rows[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}
