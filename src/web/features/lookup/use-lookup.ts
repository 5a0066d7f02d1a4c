import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fetchMunicipalityMap, fetchPublicCard, fetchPublicMunicipalities, lookupByName, lookupByPoint } from '../../api/public.js';

export const usePublicMunicipalities = () =>
  useQuery({ queryKey: ['public', 'municipalities'], queryFn: fetchPublicMunicipalities, staleTime: 5 * 60_000 });

export const useMunicipalityMap = (code: string | undefined) =>
  useQuery({
    queryKey: ['public', 'map', code],
    queryFn: () => fetchMunicipalityMap(code as string),
    enabled: Boolean(code),
    staleTime: 60_000,
  });

export const usePublicCard = (areaId: string) =>
  useQuery({ queryKey: ['public', 'card', areaId], queryFn: () => fetchPublicCard(areaId) });

/** Suggestions for what the resident typed, after a short pause in typing. */
export function useNameSuggestions(text: string, municipality: string | undefined) {
  const query = useDebounced(text.trim(), 200);
  return useQuery({
    queryKey: ['public', 'lookup', municipality, query],
    queryFn: () => lookupByName({ q: query, municipality, limit: 8 }),
    enabled: query.length >= 2 && Boolean(municipality),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export const usePointLookup = () => useMutation({ mutationFn: lookupByPoint });

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
