import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Activity,
  ActivityInputSchema,
  ActivityUpdateSchema,
  ConnectorFinderResult,
  DashboardQuery,
  Handover,
  HandoverInputSchema,
  HoursOverview,
  Portfolio,
  Responsiveness,
  RoleDashboard,
  Timeline,
} from '../../../shared/schemas/activity.js';
import { request } from '../../api/client.js';

export type ActivityBody = z.input<typeof ActivityInputSchema>;
export type ActivityUpdateBody = z.input<typeof ActivityUpdateSchema>;
export type HandoverBody = z.input<typeof HandoverInputSchema>;
type Query = Record<string, string | number | undefined>;

const KEY = 'activities';

export const useActivities = (query: Query) =>
  useQuery({ queryKey: [KEY, 'list', query], queryFn: () => request<{ items: Activity[]; total: number }>('GET', '/api/v1/activities', { query }) });

/** After logging or changing work: every list, dashboard and timeline may show it. */
function useInvalidateWork() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [KEY] });
}

export function useLogActivity() {
  const invalidate = useInvalidateWork();
  return useMutation({ mutationFn: (body: ActivityBody) => request<Activity>('POST', '/api/v1/activities', { body }), onSuccess: invalidate });
}

export function useUpdateActivity() {
  const invalidate = useInvalidateWork();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ActivityUpdateBody }) =>
      request<Activity>('PATCH', `/api/v1/activities/${encodeURIComponent(id)}`, { body }),
    onSuccess: invalidate,
  });
}

export function useDeleteActivity() {
  const invalidate = useInvalidateWork();
  return useMutation({ mutationFn: (id: string) => request<void>('DELETE', `/api/v1/activities/${encodeURIComponent(id)}`), onSuccess: invalidate });
}

export const useRoleDashboard = (query: Partial<DashboardQuery>) =>
  useQuery({ queryKey: [KEY, 'roles', query], queryFn: () => request<RoleDashboard>('GET', '/api/v1/dashboard/roles', { query }) });

export const useHours = (query: Partial<DashboardQuery>) =>
  useQuery({ queryKey: [KEY, 'hours', query], queryFn: () => request<HoursOverview>('GET', '/api/v1/dashboard/hours', { query }) });

export const useResponsiveness = (query: { from?: string; to?: string }) =>
  useQuery({ queryKey: [KEY, 'responsiveness', query], queryFn: () => request<Responsiveness>('GET', '/api/v1/dashboard/responsiveness', { query }) });

export const useTimeline = (query: Query) =>
  useQuery({ queryKey: [KEY, 'timeline', query], queryFn: () => request<Timeline>('GET', '/api/v1/timeline', { query }) });

export const usePortfolio = (areaId: string, enabled = true) =>
  useQuery({ queryKey: [KEY, 'portfolio', areaId], queryFn: () => request<Portfolio>('GET', `/api/v1/areas/${encodeURIComponent(areaId)}/portfolio`), enabled });

export function useHandover(areaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HandoverBody) =>
      request<{ handover: Handover; portfolio: Portfolio }>('POST', `/api/v1/areas/${encodeURIComponent(areaId)}/handover`, { body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [KEY] }),
        queryClient.invalidateQueries({ queryKey: ['areas'] }),
        queryClient.invalidateQueries({ queryKey: ['public'] }),
      ]),
  });
}

export const useConnectorFinder = (q: string) =>
  useQuery({
    queryKey: [KEY, 'finder', q],
    queryFn: () => request<ConnectorFinderResult>('GET', '/api/v1/connector-finder', { query: { q: q || undefined } }),
    placeholderData: (previous) => previous,
  });

export const useConnectorProfile = (enabled: boolean) =>
  useQuery({ queryKey: [KEY, 'profile'], queryFn: () => request<{ availability: string }>('GET', '/api/v1/connector-profile'), enabled });

export function useSaveConnectorProfile() {
  const invalidate = useInvalidateWork();
  return useMutation({
    mutationFn: (availability: string) => request<{ availability: string }>('PUT', '/api/v1/connector-profile', { body: { availability } }),
    onSuccess: invalidate,
  });
}

/** The link that downloads an export (the browser sends the session cookie). */
export function exportUrl(dataset: string, format: 'csv' | 'xlsx', query: Query = {}): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  return `/api/v1/exports/${dataset}?${params.toString()}`;
}
