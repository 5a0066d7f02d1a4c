import { AppError } from '../../platform/errors.js';

export interface GeocodedAddress {
  address: string;
  lat: number;
  lon: number;
}

/**
 * Turns a free-text address into WGS84 coordinates with the PDOK Locatieserver (`/free` endpoint).
 * Off unless PDOK_LOCATIESERVER_URL is set, e.g. https://api.pdok.nl/bzk/locatieserver/search/v3_1.
 */
export async function geocodeAddress(options: {
  baseUrl: string | undefined;
  query: string;
  timeoutMs?: number;
}): Promise<GeocodedAddress | undefined> {
  if (!options.baseUrl) {
    throw new AppError(503, 'address_search_disabled', 'Zoeken op adres staat uit op deze installatie. Zoek op buurt, wijk of kern, of klik op de kaart.');
  }
  const url = new URL(`${options.baseUrl.replace(/\/$/, '')}/free`);
  url.searchParams.set('q', options.query);
  url.searchParams.set('fq', 'type:adres');
  url.searchParams.set('rows', '1');
  url.searchParams.set('fl', 'weergavenaam,centroide_ll');
  let body: { response?: { docs?: { weergavenaam?: string; centroide_ll?: string }[] } };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 3000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = (await response.json()) as typeof body;
  } catch {
    throw new AppError(502, 'address_search_unavailable', 'De adreszoeker (PDOK) is nu niet bereikbaar. Zoek op buurt of wijk, of probeer het later.');
  }
  const doc = body.response?.docs?.[0];
  const match = /^POINT\(([-0-9.]+) ([-0-9.]+)\)$/.exec(doc?.centroide_ll ?? '');
  if (!doc || !match) return undefined;
  return { address: doc.weergavenaam ?? options.query, lon: Number(match[1]), lat: Number(match[2]) };
}
