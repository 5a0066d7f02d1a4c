/**
 * Dashboard answers (JSON text) of one server process, each with the municipality's dashboard version it was
 * computed at (dashboard_versions, bumped by a trigger in the writing transaction). An entry is served only
 * while its version is the current one, so it is exact; the least recently used entry goes when it is full.
 */
export interface DashboardCache {
  /** The stored answer when it was computed at `version`. */
  get: (key: string, version: number) => string | undefined;
  set: (key: string, version: number, json: string) => void;
  /** False when configured to keep nothing: then callers skip the version reads too. */
  readonly isEnabled: boolean;
  readonly size: number;
}

/** A bounded least-recently-used cache; `maxEntries` 0 keeps nothing (every request computes). */
export function createDashboardCache(options: { maxEntries: number }): DashboardCache {
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least recently used.
  const entries = new Map<string, { version: number; json: string }>();
  return {
    get(key, version) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.version !== version) {
        // An older version's answer will never be asked for again: let it go.
        if (entry.version < version) entries.delete(key);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry.json;
    },
    set(key, version, json) {
      if (options.maxEntries <= 0) return;
      // A slower request that read an older version never replaces a newer answer.
      if ((entries.get(key)?.version ?? -1) > version) return;
      entries.delete(key);
      entries.set(key, { version, json });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    isEnabled: options.maxEntries > 0,
    get size() {
      return entries.size;
    },
  };
}
