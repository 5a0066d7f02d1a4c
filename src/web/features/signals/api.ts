import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../api/client.js';
import { triageText } from './public-api.js';
import type {
  Approach,
  AssessmentBody,
  MessageTemplate,
  RecurringCluster,
  RisingTheme,
  SignalCreated,
  SignalDetail,
  SignalListItem,
  SignalPoint,
  StaffSignalBody,
  StatusChangeBody,
  TriageResult,
} from './types.js';

const KEY = 'signals';
const path = (id: string) => `/api/v1/signals/${encodeURIComponent(id)}`;

/** The inbox filters as the API takes them (strings, as in the address bar). */
export interface SignalFilters {
  mine?: 'true';
  areaId?: string;
  status?: string;
  kind?: string;
  theme?: string;
  overdue?: 'true';
  q?: string;
  sort?: 'newest' | 'oldest' | 'priority';
}

export const useSignalList = (filters: SignalFilters & { limit: number; offset: number }, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: [KEY, 'list', filters],
    queryFn: () => request<{ items: SignalListItem[]; total: number; isTotalCapped: boolean }>('GET', '/api/v1/signals', { query: { ...filters } }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });

/** The CSV download of the inbox with the same filters. */
export function exportUrl(filters: SignalFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const text = params.toString();
  return `/api/v1/signals/export.csv${text ? `?${text}` : ''}`;
}

export const useSignalPoints = (areaId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: [KEY, 'map', areaId],
    queryFn: () => request<SignalPoint[]>('GET', '/api/v1/signals/map', { query: { areaId, open: 'true' } }),
    enabled: options.enabled ?? true,
  });

export const useSignal = (id: string) => useQuery({ queryKey: [KEY, 'detail', id], queryFn: () => request<SignalDetail>('GET', path(id)) });

export const photoUrl = (signalId: string, photoId: string) => `${path(signalId)}/photos/${encodeURIComponent(photoId)}`;

export function useCreateStaffSignal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffSignalBody) => request<SignalCreated>('POST', '/api/v1/signals/staff', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  });
}

type SignalAction =
  | { action: 'assessment'; body: AssessmentBody }
  | { action: 'status'; body: StatusChangeBody }
  | { action: 'messages'; body: { text: string } }
  | { action: 'notes'; body: { text: string } }
  | { action: 'handoff'; body: Record<string, never> }
  | { action: 'link'; body: { duplicateOf: string } };

/** One of the connector's actions on a signal; the answer is the whole signal, as it is now. */
export function useSignalAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: SignalAction) => request<SignalDetail>('POST', `${path(id)}/${action}`, { body }),
    onSuccess: (detail) => {
      queryClient.setQueryData([KEY, 'detail', id], detail);
      void queryClient.invalidateQueries({ queryKey: [KEY, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [KEY, 'map'] });
    },
  });
}

export const useMessageTemplates = (options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ['message-templates'],
    queryFn: () => request<MessageTemplate[]>('GET', '/api/v1/message-templates'),
    enabled: options.enabled ?? true,
  });

export function useSaveMessageTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, body }: { key: string; body: string }) =>
      request<{ ok: true }>('PUT', `/api/v1/message-templates/${encodeURIComponent(key)}`, { body: { body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['message-templates'] }),
  });
}

export const useRecurring = (days: number) =>
  useQuery({ queryKey: [KEY, 'recurring', days], queryFn: () => request<RecurringCluster[]>('GET', '/api/v1/signals/recurring', { query: { days } }) });

export const useTrends = (days: number) =>
  useQuery({ queryKey: [KEY, 'trends', days], queryFn: () => request<RisingTheme[]>('GET', '/api/v1/signals/trends', { query: { days } }) });

export const useApproaches = () => useQuery({ queryKey: [KEY, 'approaches'], queryFn: () => request<Approach[]>('GET', '/api/v1/approaches') });

export function useProposeApproach() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; proposal: string; signalIds: string[] }) => request<Approach>('POST', '/api/v1/approaches', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  });
}

/**
 * Colleagues to suggest for a referral. A resident's signal is triaged anonymously at intake (expertise
 * domains, no names), so for staff the text is triaged again: then the answer names colleagues.
 */
export function useSpecialistSuggestions(signal: SignalDetail, municipality: string | undefined, enabled: boolean) {
  const stored = ((signal.triage ?? null) as TriageResult | null)?.specialists ?? [];
  const hasPeople = stored.some((specialist) => specialist.userId);
  const query = useQuery({
    queryKey: [KEY, 'suggestions', signal.id],
    queryFn: () => triageText({ text: signal.text, municipality: municipality as string }),
    enabled: enabled && !hasPeople && Boolean(municipality),
    staleTime: 10 * 60_000,
  });
  return hasPeople ? stored : (query.data?.specialists ?? stored);
}
