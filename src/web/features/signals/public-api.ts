import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { request } from '../../api/client.js';
import type { PublicSignalBody, SignalCreated, TrackingView, TriageResult } from './types.js';

// The resident's side of signals: no account, so no CSRF token (these routes are public).

export const triageText = (body: { text: string; municipality: string }) =>
  request<TriageResult>('POST', '/api/v1/signals/triage', { body, isPublicWrite: true });

export const submitSignal = (body: PublicSignalBody) => request<SignalCreated>('POST', '/api/v1/signals', { body, isPublicWrite: true });

export const fetchTracking = (token: string) => request<TrackingView>('GET', `/api/v1/track/${encodeURIComponent(token)}`);

export const MIN_TRIAGE_LENGTH = 10;

/**
 * What the text looks like (daily report, individual question, area issue) while the resident types:
 * asked after a pause of 600 ms, from ten characters on.
 */
export function useTriage(text: string, municipality: string | undefined) {
  const debounced = useDebounced(text.trim(), 600);
  return useQuery({
    queryKey: ['public', 'triage', municipality, debounced],
    queryFn: () => triageText({ text: debounced, municipality: municipality as string }),
    enabled: debounced.length >= MIN_TRIAGE_LENGTH && Boolean(municipality),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export const useSubmitSignal = () => useMutation({ mutationFn: submitSignal });

export const useTracking = (token: string) => useQuery({ queryKey: ['public', 'tracking', token], queryFn: () => fetchTracking(token) });

export function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
