import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createUser, fetchUser, fetchUsers, updateUser } from '../../api/staff.js';
import type { UserUpdateBody } from '../../api/types.js';

export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: fetchUsers });
export const useUser = (id: string) => useQuery({ queryKey: ['users', id], queryFn: () => fetchUser(id) });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    // A new partner account may be linked to an organisation: its page lists the accounts.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['users'] }), queryClient.invalidateQueries({ queryKey: ['organisations'] })]),
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: UserUpdateBody) => updateUser(id, update),
    onSuccess: () => Promise.all(['users', 'areas', 'organisations'].map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
  });
}
