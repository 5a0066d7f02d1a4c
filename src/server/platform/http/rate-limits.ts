/**
 * Per-route rate limits (`config.rateLimit`), one definition per kind of route.
 * Tight limits (login, public writes) announce themselves in x-ratelimit-* headers on every answer, so a
 * well-behaved client can slow down. The generous public-read limit only speaks up when it is exceeded
 * (429 with retry-after): on the busiest public route three headers per answer are noise a municipal
 * website's visitors pay for.
 */
export function tightLimit(max: number) {
  return { max, timeWindow: '1 minute' };
}

export function publicReadLimit(max: number) {
  return {
    max,
    timeWindow: '1 minute',
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
  };
}
