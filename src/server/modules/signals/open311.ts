import { AppError } from '../../platform/errors.js';

/**
 * Posts a daily report to an Open311 GeoReport v2 endpoint (`POST {endpoint}/requests.json`), where the
 * municipality configured one. Returns the service request id, or throws a readable 502.
 */
export async function postToOpen311(options: {
  config: { endpoint: string; serviceCode: string; apiKey?: string };
  description: string;
  lat: number | null;
  lon: number | null;
  timeoutMs?: number;
}): Promise<{ serviceRequestId: string | null; token: string | null }> {
  const form = new URLSearchParams({ service_code: options.config.serviceCode, description: options.description });
  if (options.config.apiKey) form.set('api_key', options.config.apiKey);
  if (options.lat !== null && options.lon !== null) {
    form.set('lat', String(options.lat));
    form.set('long', String(options.lon));
  }
  let body: unknown;
  try {
    const response = await fetch(`${options.config.endpoint.replace(/\/$/, '')}/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
    body = await response.json();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    throw new AppError(502, 'open311_failed', `Doorzetten naar het meldsysteem (Open311) lukte niet: ${(error as Error).message}. Er is niets veranderd.`);
  }
  const first = Array.isArray(body) ? (body[0] as Record<string, unknown> | undefined) : undefined;
  return { serviceRequestId: (first?.service_request_id as string | undefined) ?? null, token: (first?.token as string | undefined) ?? null };
}
