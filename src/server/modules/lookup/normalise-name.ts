/** A search key for place names: lower case, no accents, "Wijk 01 " prefix dropped, punctuation as spaces. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/^wijk\s+\d+\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How well `key` matches `query` (both normalised): 0 exact, 1 prefix, 2 a word starts with it, 3 contains; else undefined. */
export function matchRank(key: string, query: string): number | undefined {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  if (key.includes(query)) return 3;
  return undefined;
}
