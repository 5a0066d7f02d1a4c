import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers, computed once at start-up (they are the same for every response) and set per request.
 *
 * Pages (the web app, the API docs) get helmet's full set with a strict CSP. JSON answers of the API get the
 * short set OWASP's REST Security Cheat Sheet asks for: nothing in them may run or be framed
 * (`default-src 'none'`), no sniffing, no caching of what may be personal data. Browser-document headers
 * (COOP, Origin-Agent-Cluster, X-DNS-Prefetch-Control, …) do nothing for JSON, and on the busiest public
 * route 600 bytes of them per answer cost more than the answer's own work.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const page = computeHelmetHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        // Only where Schakel runs behind https: over plain http (a local demo) it would break every request.
        upgradeInsecureRequests: options.https ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  const api: Record<string, string> = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    'strict-transport-security': page['strict-transport-security'] ?? 'max-age=31536000; includeSubDomains',
    // A route whose answer may be kept (a calendar feed, a photo) sets its own cache-control over this one.
    'cache-control': 'no-store',
  };
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isApiAnswer(request.url) ? api : page);
    done();
  });
}

function isApiAnswer(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/** Runs helmet once against a recording response and returns the headers it sets. */
function computeHelmetHeaders(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as never, response as never, () => {});
  return headers;
}
