import autocannon, { type Result } from 'autocannon';

/** One autocannon run, raw. */
export interface LoadSample {
  requests: number;
  durationS: number;
  /** Latency in ms of every response, from autocannon's per-request timer (full precision). */
  latencies: Float64Array;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
}

export interface LoadResult {
  requests: number;
  durationS: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
}

const cursors = new WeakMap<string[], number>();

/**
 * Closed-loop load with autocannon: `connections` clients, each sending its next request as soon as the
 * previous one is answered, cycling through `paths` so that every request asks something different.
 */
export async function runLoad(options: {
  baseUrl: string;
  paths: string[];
  durationS: number;
  connections: number;
}): Promise<LoadSample> {
  const { paths } = options;
  if (paths.length === 0) throw new Error('runLoad: no paths');
  // Continue where the previous run on the same paths stopped, so rounds together cover the whole list.
  let next = cursors.get(paths) ?? 0;
  // autocannon's own histogram keeps whole milliseconds; a lookup takes less than one, so we keep our own.
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  const statusCounts: Record<string, number> = {};
  const started = performance.now();

  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.durationS,
        timeout: 10,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              request.path = paths[next++ % paths.length];
              return request;
            },
          },
        ],
      },
      (error, value) => (error ? reject(error) : resolve(value)),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
      statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    });
  });

  cursors.set(paths, next % paths.length);
  return {
    requests: count,
    durationS: (performance.now() - started) / 1000,
    latencies: latencies.slice(0, count),
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Throughput over all samples together, latency percentiles over all their responses. */
export function summarise(samples: LoadSample[]): LoadResult {
  const requests = samples.reduce((sum, sample) => sum + sample.requests, 0);
  const durationS = samples.reduce((sum, sample) => sum + sample.durationS, 0);
  const all = new Float64Array(requests);
  let offset = 0;
  const statusCounts: Record<string, number> = {};
  for (const sample of samples) {
    all.set(sample.latencies, offset);
    offset += sample.requests;
    for (const [status, count] of Object.entries(sample.statusCounts)) statusCounts[status] = (statusCounts[status] ?? 0) + count;
  }
  all.sort();
  const quantile = (q: number) => (requests === 0 ? Number.NaN : (all[Math.min(requests - 1, Math.ceil(q * requests) - 1)] ?? Number.NaN));
  return {
    requests,
    durationS,
    requestsPerSecond: requests / durationS,
    p50Ms: quantile(0.5),
    p90Ms: quantile(0.9),
    p99Ms: quantile(0.99),
    maxMs: quantile(1),
    statusCounts,
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    timeouts: samples.reduce((sum, sample) => sum + sample.timeouts, 0),
  };
}
