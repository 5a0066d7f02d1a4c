import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { request } from '../../api/client.js';
import type {
  ParticipationDeviation,
  Programme,
  ProgrammeInputSchema,
  ProgrammeSummary,
  ProgrammeUpdate,
  Project,
  ProjectInputSchema,
  ProjectUpdate,
  PublicProgramme,
} from '../../../shared/schemas/programme.js';

const KEY = 'programmes';
const enc = encodeURIComponent;

export const useProgrammes = (areaId: string | undefined) =>
  useQuery({ queryKey: [KEY, 'list', areaId], queryFn: () => request<ProgrammeSummary[]>('GET', '/api/v1/programmes', { query: { areaId } }) });
export const useProgramme = (id: string) => useQuery({ queryKey: [KEY, id], queryFn: () => request<Programme>('GET', `/api/v1/programmes/${enc(id)}`) });
export const useDeviations = (areaId?: string) =>
  useQuery({ queryKey: [KEY, 'deviations', areaId], queryFn: () => request<ParticipationDeviation[]>('GET', '/api/v1/participation/deviations', { query: { areaId } }) });
export const usePublicProgramme = (areaId: string) =>
  useQuery({ queryKey: ['public', 'programme', areaId], queryFn: () => request<{ programme: PublicProgramme | null }>('GET', `/api/v1/public/areas/${enc(areaId)}/programme`) });

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [KEY] });
}

export function useCreateProgramme() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: z.input<typeof ProgrammeInputSchema>) => request<Programme>('POST', '/api/v1/programmes', { body }), onSuccess: invalidate });
}

/** Every change to one programme answers with the whole programme: put it in the cache. */
export function useProgrammeChange(id: string) {
  const client = useQueryClient();
  const settle = (programme: Programme) => {
    client.setQueryData([KEY, id], programme);
    return client.invalidateQueries({ queryKey: [KEY, 'list'] });
  };
  return {
    update: useMutation({ mutationFn: (body: ProgrammeUpdate) => request<Programme>('PATCH', `/api/v1/programmes/${enc(id)}`, { body }), onSuccess: settle }),
    addGoal: useMutation({ mutationFn: (body: { title: string; description?: string }) => request<Programme>('POST', `/api/v1/programmes/${enc(id)}/goals`, { body }), onSuccess: settle }),
    setStep: useMutation({
      mutationFn: ({ stepId, isDone }: { stepId: string; isDone: boolean }) => request<Programme>('PUT', `/api/v1/programmes/${enc(id)}/steps/${enc(stepId)}`, { body: { isDone } }),
      onSuccess: settle,
    }),
  };
}

export function useCreateProject(programmeId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: z.input<typeof ProjectInputSchema>) => request<Project>('POST', `/api/v1/programmes/${enc(programmeId)}/projects`, { body }), onSuccess: invalidate });
}

export function useUpdateProject() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: ProjectUpdate }) => request<Project>('PATCH', `/api/v1/projects/${enc(id)}`, { body }), onSuccess: invalidate });
}

export const euro = (cents: number | null) => (cents === null ? '—' : new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100));
export const formatDate = (date: string | null) => (date ? new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(date.length === 10 ? `${date}T12:00:00Z` : date)) : '—');
export const formatDateTime = (instant: string) =>
  new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(instant));
export const formatTime = (instant: string) => new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(instant));
