/** An API error as the server reports it: a stable `code` and a readable Dutch `message`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Query = Record<string, string | number | undefined>;

// The CSRF token comes with the signed-in user (login, /auth/me); every write must send it back.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function ensureCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  const { token } = await request<{ token: string }>('GET', '/api/v1/auth/csrf');
  csrfToken = token;
  return token;
}

/** Calls the Schakel API; resolves to the JSON body, or throws an ApiError with the server's message. */
export async function request<T>(
  method: Method,
  path: string,
  options: { body?: unknown; query?: Query; isPublicWrite?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  // Signing in is the one write without a session (and so without a token yet).
  if (method !== 'GET' && !options.isPublicWrite) headers['x-csrf-token'] = await ensureCsrfToken();

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.');
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
    const { code, message, issues } = body as { code?: string; message: string; issues?: { path: string; message: string }[] };
    return new ApiError(status, code ?? 'error', message, issues ?? []);
  }
  return new ApiError(status, 'unexpected_response', `De server gaf een onverwacht antwoord (${status}). Probeer het later opnieuw.`);
}

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** A readable message for anything a query or mutation may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Er ging iets mis. Probeer het opnieuw.';
}

/** Field errors of a validation error, keyed by the field path without the `body.` prefix. */
export function fieldIssues(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.replace(/^body\.?/, '');
    if (key && !(key in result)) result[key] = issue.message;
  }
  return result;
}
