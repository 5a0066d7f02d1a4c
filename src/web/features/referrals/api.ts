import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReferralSummarySchema } from '../../../shared/schemas/signal.js';
import { request } from '../../api/client.js';

export type ReferralSummary = z.infer<typeof ReferralSummarySchema>;
export type ReferralStatus = ReferralSummary['status'];

/** A referral with its signal (declared in referrals.routes.ts, mirrored here). */
export interface Referral extends ReferralSummary {
  signal: { id: string; reference: string; text: string; area: string | null };
  requestedBy: string | null;
  createdAt: string;
}

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  open: 'Open, nog niet gezien',
  seen: 'Gezien',
  answered: 'Beantwoord',
  closed: 'Afgerond',
  cancelled: 'Ingetrokken',
};

const KEY = 'referrals';
const path = (id: string) => `/api/v1/referrals/${encodeURIComponent(id)}`;

export const useMyReferrals = (openOnly: boolean) =>
  useQuery({
    queryKey: [KEY, 'mine', openOnly],
    queryFn: () => request<Referral[]>('GET', '/api/v1/referrals/mine', { query: { open: String(openOnly) } }),
  });

export const useReferral = (id: string) => useQuery({ queryKey: [KEY, 'detail', id], queryFn: () => request<Referral>('GET', path(id)) });

/** After any change to a referral: it, the lists and its signal are stale. */
function useReferralChanged() {
  const queryClient = useQueryClient();
  return (referral: Referral) => {
    queryClient.setQueryData([KEY, 'detail', referral.id], referral);
    void queryClient.invalidateQueries({ queryKey: [KEY, 'mine'] });
    void queryClient.invalidateQueries({ queryKey: ['signals'] });
  };
}

export function useMarkSeen(id: string) {
  const changed = useReferralChanged();
  return useMutation({ mutationFn: () => request<Referral>('POST', `${path(id)}/seen`, { body: {} }), onSuccess: changed });
}

export function useAnswerReferral(id: string) {
  const changed = useReferralChanged();
  return useMutation({ mutationFn: (answer: string) => request<Referral>('POST', `${path(id)}/answer`, { body: { answer } }), onSuccess: changed });
}

export function useFollowUpReferral() {
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: ({ id, followUp, close }: { id: string; followUp: string; close: boolean }) =>
      request<Referral>('POST', `${path(id)}/follow-up`, { body: { followUp, close } }),
    onSuccess: changed,
  });
}

export function useCreateReferral(signalId: string) {
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: (body: { specialistId: string; question: string; dueOn: string }) =>
      request<Referral>('POST', `/api/v1/signals/${encodeURIComponent(signalId)}/referrals`, { body }),
    onSuccess: changed,
  });
}
