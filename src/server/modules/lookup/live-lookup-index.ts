import pg from 'pg';
import { type LookupIndex, buildLookupIndex } from './lookup-index.js';
import { loadLookupData } from './lookup-data.js';

export interface LiveLookupIndex {
  current(): LookupIndex;
  /** Increases with every reload; tests wait on it. */
  version(): number;
  reload(): Promise<void>;
  close(): Promise<void>;
}

const CHANNEL = 'schakel_public_changed';

/**
 * Keeps the lookup index in memory and rebuilds it when PostgreSQL reports a change to public data
 * (a trigger notifies on every write, also from the CLI in another process), so an import or an area
 * change takes effect in a running server without a restart.
 */
export async function startLiveLookupIndex(options: {
  pool: pg.Pool;
  listenUrl: string;
  log: (message: string, error?: unknown) => void;
  debounceMs?: number;
}): Promise<LiveLookupIndex> {
  let index = buildLookupIndex(await loadLookupData(options.pool));
  let version = 1;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const reload = async () => {
    try {
      index = buildLookupIndex(await loadLookupData(options.pool));
      version++;
    } catch (error) {
      // Keep serving the previous index: stale for a moment beats down.
      options.log('opzoekindex herladen mislukt', error);
    }
  };
  const scheduleReload = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), options.debounceMs ?? 100);
  };

  let listener: pg.Client | undefined;
  const listen = async () => {
    if (closed) return;
    const client = new pg.Client({ connectionString: options.listenUrl });
    client.on('notification', scheduleReload);
    client.on('error', (error) => {
      options.log('verbinding voor wijzigingen verbroken; opnieuw verbinden', error);
      listener = undefined;
      setTimeout(() => void listen().then(scheduleReload), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    listener = client;
  };
  await listen();

  return {
    current: () => index,
    version: () => version,
    reload,
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await listener?.end().catch(() => {});
    },
  };
}
