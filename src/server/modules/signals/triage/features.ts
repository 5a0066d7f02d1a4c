/**
 * Turns a text into the features the triage model counts. Two groups, each its own multinomial
 * (see naive-bayes.ts): `word` holds PostgreSQL `dutch` stems, the raw stop words that stemming drops
 * ("mijn", "ons", "geen" tell a personal question from a neighbourhood one) and a few whole-text
 * markers; `gram` holds character 3–5-grams of each word, which is what carries a misspelt or glued
 * word ("lantarenpaal", "vuilniszakken", "hondepoep") to the right class.
 */

export type FeatureGroup = 'word' | 'gram';
export const FEATURE_GROUPS: readonly FeatureGroup[] = ['word', 'gram'];

/**
 * One feature with its group; `word` is the index of the word it came from (-1 for whole-text markers);
 * `weight` is below 1 when the feature is a guess (a misspelt stem read as a known one).
 */
export interface Feature {
  group: FeatureGroup;
  key: string;
  word: number;
  weight: number;
}

export interface TextFeatures {
  /** The words as written (lowercased, accents removed), for explaining a decision. */
  words: string[];
  features: Feature[];
}

/** Stems per distinct word, as PostgreSQL's `dutch` configuration gives them ([] for a stop word). */
export type StemLookup = (word: string) => readonly string[];

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
 * The features of one text. `markers` adds whole-text features (length, a number, a question mark);
 * taxonomy names are not real messages, so they are counted without them.
 */
export function extractFeatures(
  text: string,
  stemsOf: StemLookup,
  options: { markers: boolean; stopWordWeight?: number },
): TextFeatures {
  const words = tokenize(text);
  const features: Feature[] = [];
  const seen: Record<FeatureGroup, Set<string>> = { word: new Set(), gram: new Set() };
  const add = (group: FeatureGroup, key: string, word: number, weight = 1) => {
    if (seen[group].has(key)) return;
    seen[group].add(key);
    features.push({ group, key, word, weight });
  };
  let hasNumber = false;
  words.forEach((word, index) => {
    if (isNumeric(word)) {
      hasNumber = true;
      return;
    }
    const { wordKeys, grams } = keysOfWord(word, stemsOf(word));
    const weight = wordKeys[0]?.startsWith('w:') ? (options.stopWordWeight ?? 1) : 1;
    for (const key of wordKeys) add('word', key, index, weight);
    for (const gram of grams) add('gram', gram, index);
  });
  if (options.markers) {
    const count = words.length;
    add('word', `#len:${count <= 3 ? 'xs' : count <= 8 ? 's' : count <= 20 ? 'm' : count <= 45 ? 'l' : 'xl'}`, -1);
    if (hasNumber) add('word', '#number', -1);
    if (text.includes('?')) add('word', '#question', -1);
  }
  return { words, features };
}

/**
 * A word's feature keys, kept per word: a word's stems never change, and a resident's words are mostly
 * the same few thousand. Reusing the same strings also spares hashing them again in every lookup.
 */
const keysByWord = new Map<string, { stems: readonly string[]; wordKeys: string[]; grams: string[] }>();
const KEYS_BY_WORD_LIMIT = 100_000;

function keysOfWord(word: string, stems: readonly string[]): { wordKeys: string[]; grams: string[] } {
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
