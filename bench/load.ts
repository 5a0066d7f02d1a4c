import autocannon, { type Result } from 'autocannon';

export interface LoadResult {
  requests: number;
  durationS: number;
  requestsPerSecond: number;
  /** Latency in ms over every response, from autocannon's per-request timer (full precision). */
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
}

/**
 * Closed-loop load with autocannon: `connections` clients, each sending its next request as soon as the
 * previous one is answered, cycling through `paths` so that every request asks something different.
 */
export async function runLoad(options: {
  baseUrl: string;
  paths: string[];
  durationS: number;
  connections: number;
}): Promise<LoadResult> {
  const { paths } = options;
  if (paths.length === 0) throw new Error('runLoad: no paths');
  let next = 0;
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

  const durationS = (performance.now() - started) / 1000;
  const sorted = latencies.subarray(0, count).sort();
  const quantile = (q: number) => (count === 0 ? Number.NaN : (sorted[Math.min(count - 1, Math.ceil(q * count) - 1)] ?? Number.NaN));
  return {
    requests: count,
    durationS,
    requestsPerSecond: count / durationS,
    p50Ms: quantile(0.5),
    p90Ms: quantile(0.9),
    p99Ms: quantile(0.99),
    maxMs: quantile(1),
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
