import { request } from './client.js';
import type { ConnectorCard, Municipality, PointLookupResult, PublicMunicipalityMap, TextLookupMatch } from './types.js';

export const fetchPublicMunicipalities = () => request<Municipality[]>('GET', '/api/v1/public/municipalities');

export const fetchMunicipalityMap = (code: string) =>
  request<PublicMunicipalityMap>('GET', `/api/v1/public/municipalities/${encodeURIComponent(code)}/map`);

export const lookupByName = async (options: { q: string; municipality?: string; limit?: number }) =>
  (await request<{ matches: TextLookupMatch[] }>('GET', '/api/v1/lookup', { query: { limit: 8, ...options } })).matches;

export const lookupByPoint = (point: { lat: number; lon: number }) =>
  request<PointLookupResult>('GET', '/api/v1/lookup', { query: { lat: point.lat.toFixed(6), lon: point.lon.toFixed(6) } });

export const fetchPublicCard = async (areaId: string) =>
  (await request<{ card: ConnectorCard }>('GET', `/api/v1/public/areas/${encodeURIComponent(areaId)}`)).card;
