import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMunicipality, updateMunicipality } from '../../api/staff.js';

export const useOwnMunicipality = () => useQuery({ queryKey: ['municipality'], queryFn: fetchMunicipality, staleTime: 5 * 60_000 });

export function useUpdateMunicipality() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMunicipality,
    onSuccess: (municipality) => {
      queryClient.setQueryData(['municipality'], municipality);
      void queryClient.invalidateQueries({ queryKey: ['public'] });
    },
  });
}
