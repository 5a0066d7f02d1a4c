import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMe, signIn, signOut } from '../../api/staff.js';
import type { Me, Role } from '../../api/types.js';

export const ME_KEY = ['me'] as const;

// The session cookie is httpOnly, so the page cannot see it. This flag only says "someone signed in
// here before", so public pages do not ask the server about a session that residents never have.
const SESSION_HINT_KEY = 'schakel:aangemeld';

function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

function setSessionHint(isSignedIn: boolean): void {
  try {
    if (isSignedIn) localStorage.setItem(SESSION_HINT_KEY, '1');
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage blocked: public pages then simply show "Inloggen".
  }
}

/** The signed-in user (null: nobody). `required`: ask the server even without a hint of a session. */
export const useMe = ({ required = false } = {}) =>
  useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      const me = await fetchMe();
      setSessionHint(me !== null);
      return me;
    },
    enabled: required || hasSessionHint(),
    staleTime: 5 * 60_000,
  });

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      setSessionHint(true);
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
      setSessionHint(false);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'public' });
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}

export const hasRole = (me: Me | null | undefined, ...roles: Role[]) => Boolean(me?.roles.some((role) => roles.includes(role)));
