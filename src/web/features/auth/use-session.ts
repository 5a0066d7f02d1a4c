import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMe, signIn, signOut } from '../../api/staff.js';
import type { Me, Role } from '../../api/types.js';

export const ME_KEY = ['me'] as const;

/** The signed-in user (null: nobody). */
export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      // Whatever was cached belonged to nobody, or to someone else.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'public' });
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'public' });
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}

export const hasRole = (me: Me | null | undefined, ...roles: Role[]) => Boolean(me?.roles.some((role) => roles.includes(role)));
