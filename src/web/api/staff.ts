import { ApiError, request, setCsrfToken } from './client.js';
import type {
  Area,
  AreaInputBody,
  AreaPeopleBody,
  AreaUpdateBody,
  Me,
  Municipality,
  MunicipalityUpdateBody,
  Region,
  User,
  UserInputBody,
  UserUpdateBody,
} from './types.js';

// Sign-in

export async function signIn(credentials: { email: string; password: string }): Promise<Me> {
  const me = await request<Me>('POST', '/api/v1/auth/login', { body: credentials, isPublicWrite: true });
  setCsrfToken(me.csrfToken);
  return me;
}

/** The signed-in user, or null when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await request<Me>('GET', '/api/v1/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function signOut(): Promise<void> {
  await request('POST', '/api/v1/auth/logout');
  setCsrfToken(null);
}

// Municipality

export const fetchMunicipality = () => request<Municipality>('GET', '/api/v1/municipality');
export const updateMunicipality = (update: MunicipalityUpdateBody) => request<Municipality>('PATCH', '/api/v1/municipality', { body: update });

// Areas and regions

export const fetchAreas = () => request<Area[]>('GET', '/api/v1/areas');
export const fetchArea = (id: string) => request<Area>('GET', `/api/v1/areas/${encodeURIComponent(id)}`);
export const createArea = (input: AreaInputBody) => request<Area>('POST', '/api/v1/areas', { body: input });
export const updateArea = (id: string, update: AreaUpdateBody) =>
  request<Area>('PATCH', `/api/v1/areas/${encodeURIComponent(id)}`, { body: update });
export const deleteArea = (id: string) => request<void>('DELETE', `/api/v1/areas/${encodeURIComponent(id)}`);
export const setAreaPeople = (id: string, input: AreaPeopleBody) =>
  request<Area>('PUT', `/api/v1/areas/${encodeURIComponent(id)}/people`, { body: input });

export const fetchRegions = () => request<{ year: number | null; years: number[]; regions: Region[] }>('GET', '/api/v1/regions');

// People

export const fetchUsers = () => request<User[]>('GET', '/api/v1/users');
export const fetchUser = (id: string) => request<User>('GET', `/api/v1/users/${encodeURIComponent(id)}`);
export const createUser = (input: UserInputBody) => request<User>('POST', '/api/v1/users', { body: input });
export const updateUser = (id: string, update: UserUpdateBody) =>
  request<User>('PATCH', `/api/v1/users/${encodeURIComponent(id)}`, { body: update });

// Audit log (the schema lives in the server route; this mirrors it)

export interface AuditEntry {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
}

export const fetchAuditLog = (limit = 100) => request<AuditEntry[]>('GET', '/api/v1/audit-log', { query: { limit } });
