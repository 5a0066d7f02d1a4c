import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createArea, deleteArea, fetchArea, fetchAreas, fetchRegions, setAreaPeople, updateArea } from '../../api/staff.js';
import type { AreaPeopleBody, AreaUpdateBody } from '../../api/types.js';

export const useAreas = () => useQuery({ queryKey: ['areas'], queryFn: fetchAreas });
export const useArea = (id: string) => useQuery({ queryKey: ['areas', id], queryFn: () => fetchArea(id) });
export const useRegions = () => useQuery({ queryKey: ['regions'], queryFn: fetchRegions, staleTime: 60_000 });

/** After any change to areas: the lists, the regions (which area owns what) and the public map are stale. */
function useInvalidateAreas() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['areas'] }),
      queryClient.invalidateQueries({ queryKey: ['regions'] }),
      queryClient.invalidateQueries({ queryKey: ['public'] }),
    ]);
}

export function useCreateArea() {
  const invalidate = useInvalidateAreas();
  return useMutation({ mutationFn: createArea, onSuccess: invalidate });
}

export function useUpdateArea(id: string) {
  const invalidate = useInvalidateAreas();
  return useMutation({ mutationFn: (update: AreaUpdateBody) => updateArea(id, update), onSuccess: invalidate });
}

export function useDeleteArea() {
  const invalidate = useInvalidateAreas();
  return useMutation({ mutationFn: deleteArea, onSuccess: invalidate });
}

export function useSetAreaPeople(id: string) {
  const invalidate = useInvalidateAreas();
  return useMutation({ mutationFn: (input: AreaPeopleBody) => setAreaPeople(id, input), onSuccess: invalidate });
}
