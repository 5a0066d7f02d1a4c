import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgreementInputSchema,
  Contact,
  ContactChoice,
  ContactInputSchema,
  Organisation,
  OrganisationInputSchema,
  OrganisationSummary,
  OrganisationUpdateSchema,
  ProductWishInputSchema,
  ProductWishUpdateSchema,
} from '../../../shared/schemas/organisation.js';
import { request } from '../../api/client.js';

export type OrganisationBody = z.input<typeof OrganisationInputSchema>;
export type OrganisationUpdateBody = z.input<typeof OrganisationUpdateSchema>;
export type ContactBody = z.input<typeof ContactInputSchema>;
export type AgreementBody = z.input<typeof AgreementInputSchema>;
export type WishBody = z.input<typeof ProductWishInputSchema>;

const KEY = 'organisations';
const path = (id: string) => `/api/v1/organisations/${encodeURIComponent(id)}`;

export const useOrganisations = (query: { areaId?: string; type?: string; q?: string } = {}) =>
  useQuery({ queryKey: [KEY, 'list', query], queryFn: () => request<OrganisationSummary[]>('GET', '/api/v1/organisations', { query }) });

export const useOrganisation = (id: string) => useQuery({ queryKey: [KEY, id], queryFn: () => request<Organisation>('GET', path(id)) });

export const useContact = (id: string) =>
  useQuery({ queryKey: [KEY, 'contact', id], queryFn: () => request<Contact>('GET', `/api/v1/contacts/${encodeURIComponent(id)}`) });

/**
 * Contact persons to choose from: of some organisations (`organisationIds`, comma-separated) or by name (`q`).
 * Every answer is an audited read of personal data, so an answer is kept a minute rather than fetched again.
 */
export const useContactChoices = (query: { organisationIds?: string; q?: string }, enabled: boolean) =>
  useQuery({
    queryKey: [KEY, 'contact-choices', query],
    queryFn: () => request<ContactChoice[]>('GET', '/api/v1/contacts/picker', { query }),
    enabled,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: [KEY] }), queryClient.invalidateQueries({ queryKey: ['activities'] })]);
}

export function useCreateOrganisation() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: OrganisationBody) => request<Organisation>('POST', '/api/v1/organisations', { body }), onSuccess: invalidate });
}

export function useUpdateOrganisation(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: OrganisationUpdateBody) => request<Organisation>('PATCH', path(id), { body }), onSuccess: invalidate });
}

export function useAddContact(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: ContactBody) => request<Contact>('POST', `${path(id)}/contacts`, { body }), onSuccess: invalidate });
}

export function useDeleteContact() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (contactId: string) => request<void>('DELETE', `/api/v1/contacts/${encodeURIComponent(contactId)}`), onSuccess: invalidate });
}

export function useAddAgreement(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: AgreementBody) => request('POST', `${path(id)}/agreements`, { body }), onSuccess: invalidate });
}

export function useAddWish(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: WishBody) => request('POST', `${path(id)}/wishes`, { body }), onSuccess: invalidate });
}

export function useUpdateWish() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof ProductWishUpdateSchema> }) => request('PATCH', `/api/v1/wishes/${encodeURIComponent(id)}`, { body }),
    onSuccess: invalidate,
  });
}
