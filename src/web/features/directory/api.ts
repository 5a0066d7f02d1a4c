import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../api/types.js';
import { request } from '../../api/client.js';

/** A colleague as the wegwijzer lists them (declared in directory.routes.ts, mirrored here). */
export interface Colleague {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  jobTitle: string | null;
  department: string | null;
  roles: Role[];
  expertise: string[];
}

export interface DirectoryPerson extends Colleague {
  /** null: the whole municipality. */
  coversAreas: string[] | null;
  connectorOf: string[];
}

export interface DirectoryAnswer {
  areas: { id: string; name: string }[];
  terms: string;
  people: DirectoryPerson[];
}

export const useDirectorySearch = (q: string) =>
  useQuery({
    queryKey: ['directory', 'search', q],
    queryFn: () => request<DirectoryAnswer>('GET', '/api/v1/directory', { query: { q } }),
    enabled: q.trim().length >= 2,
  });

export const useColleagues = (options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ['directory', 'people'],
    queryFn: () => request<Colleague[]>('GET', '/api/v1/directory/people'),
    staleTime: 5 * 60_000,
    enabled: options.enabled ?? true,
  });
