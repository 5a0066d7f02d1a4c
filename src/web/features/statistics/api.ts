import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AreaComparison,
  AreaFigures,
  Dataset,
  Indicator,
  IndicatorValues,
  PrioritySelection,
  PrioritySelectionInputSchema,
  Ranking,
  RankingRequestSchema,
  StatisticsImportSummary,
  StatisticsUpload,
} from '../../../shared/schemas/statistics.js';
import { request } from '../../api/client.js';

export type RankingRequestBody = z.input<typeof RankingRequestSchema>;
export type PrioritySelectionBody = z.input<typeof PrioritySelectionInputSchema>;

const KEY = 'statistics';

export const useIndicators = () =>
  useQuery({ queryKey: [KEY, 'indicators'], queryFn: () => request<Indicator[]>('GET', '/api/v1/statistics/indicators'), staleTime: 5 * 60_000 });

export const useDatasets = () => useQuery({ queryKey: [KEY, 'datasets'], queryFn: () => request<Dataset[]>('GET', '/api/v1/statistics/datasets') });

export const useIndicatorValues = (indicatorId: string | undefined, level: 'district' | 'neighbourhood', municipality: string | undefined) =>
  useQuery({
    queryKey: [KEY, 'values', indicatorId, level, municipality],
    queryFn: () =>
      request<IndicatorValues>('GET', `/api/v1/statistics/indicators/${encodeURIComponent(indicatorId ?? '')}/values`, {
        query: { level, municipality },
      }),
    enabled: Boolean(indicatorId && municipality),
  });

/** An area's key figures, with its own figures (signals per 1,000 inhabitants) of `year` (default: this year). */
export const useAreaFigures = (areaId: string, year?: number) =>
  useQuery({
    queryKey: [KEY, 'area', areaId, year ?? 'current'],
    queryFn: () => request<AreaFigures>('GET', `/api/v1/statistics/areas/${encodeURIComponent(areaId)}`, { query: { year } }),
    placeholderData: (previous) => previous,
  });

export const useAreaComparison = (indicatorIds: string[]) =>
  useQuery({
    queryKey: [KEY, 'comparison', indicatorIds.join(',')],
    queryFn: () => request<AreaComparison>('GET', '/api/v1/statistics/areas', { query: { indicators: indicatorIds.join(',') } }),
    enabled: indicatorIds.length > 0,
  });

export const useRanking = () => useMutation({ mutationFn: (body: RankingRequestBody) => request<Ranking>('POST', '/api/v1/statistics/ranking', { body }) });

export const usePrioritySelections = () =>
  useQuery({ queryKey: [KEY, 'priorities'], queryFn: () => request<PrioritySelection[]>('GET', '/api/v1/statistics/priorities') });

export function useSavePrioritySelection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: PrioritySelectionBody }) =>
      request<PrioritySelection>('PUT', `/api/v1/statistics/priorities/${year}`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY, 'priorities'] }),
  });
}

export function useUploadStatistics() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StatisticsUpload) => request<StatisticsImportSummary>('POST', '/api/v1/statistics/imports', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  });
}

/** The link that downloads an area's PDF report. */
export const areaReportUrl = (areaId: string) => `/api/v1/statistics/areas/${encodeURIComponent(areaId)}/report.pdf`;
