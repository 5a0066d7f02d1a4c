import { isNumeric, type StemLookup, tokenize } from './features.js';

/** Stems the given texts, one array of lexemes per text, in the texts' order. */
export type Stemmer = (texts: string[]) => Promise<string[][]>;

/**
 * A Stemmer using PostgreSQL's `dutch` text search configuration (Snowball stemmer and stop words)
 * through any pg pool or client: one query for a whole batch. Lexemes come in word order.
 */
export function postgresStemmer(db: { query: (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }> }): Stemmer {
  return async (texts) => {
    if (texts.length === 0) return [];
    const { rows } = await db.query(
      `select t.ordinality::int as index,
              array(select v.lexeme from unnest(to_tsvector('dutch', t.text)) v order by v.positions[1], v.lexeme) as lexemes
         from unnest($1::text[]) with ordinality as t(text, ordinality)`,
      [texts],
    );
    const result: string[][] = texts.map(() => []);
    for (const row of rows as { index: number; lexemes: string[] }[]) result[row.index - 1] = row.lexemes;
    return result;
  };
}

/**
 * Stems of single words, shared by the whole process: a word's `dutch` stem never changes, so the
 * training corpus is stemmed once and a new text usually needs only its few unseen words.
 */
const stemCache = new Map<string, readonly string[]>();
const STEM_CACHE_LIMIT = 200_000;
const BATCH = 5_000;

/** Makes sure every word of these texts has its stems cached (one query per 5,000 unseen words) and returns the lookup. */
export async function stemTexts(stem: Stemmer, texts: readonly string[]): Promise<StemLookup> {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const word of tokenize(text)) {
      if (!isNumeric(word) && !stemCache.has(word)) missing.add(word);
    }
  }
  if (missing.size > 0) {
    if (stemCache.size + missing.size > STEM_CACHE_LIMIT) stemCache.clear();
    const words = [...missing];
    for (let start = 0; start < words.length; start += BATCH) {
      const batch = words.slice(start, start + BATCH);
      const stems = await stem(batch);
      batch.forEach((word, index) => {
        // A word PostgreSQL splits (a hyphen we did not see) keeps all its parts.
        stemCache.set(word, stems[index] ?? []);
      });
    }
  }
  return lookupStems;
}

function lookupStems(word: string): readonly string[] {
  return stemCache.get(word) ?? [];
}
