import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { request } from '../../api/client.js';
import type {
  AdviceSchema,
  Budget,
  DecisionInputSchema,
  FollowUpSchema,
  Initiative,
  InitiativeListItem,
  InitiativeTracking,
  IntakeSchema,
  PublicInitiativeInput,
  PublicInitiativeSchema,
} from '../../../shared/schemas/initiative.js';

const KEY = 'initiatives';
const enc = encodeURIComponent;

export const submitInitiative = (body: z.input<typeof import('../../../shared/schemas/initiative.js').PublicInitiativeInputSchema>) =>
  request<{ id: string; reference: string; trackingToken: string; trackingUrl: string }>('POST', '/api/v1/initiatives', { body, isPublicWrite: true });
export type PublicInitiativeBody = PublicInitiativeInput;

export const useSubmitInitiative = () => useMutation({ mutationFn: submitInitiative });
export const useInitiativeTracking = (token: string) =>
  useQuery({ queryKey: ['public', 'initiative', token], queryFn: () => request<InitiativeTracking>('GET', `/api/v1/initiatives/track/${enc(token)}`) });
export const usePublicInitiatives = (areaId: string) =>
  useQuery({ queryKey: ['public', 'initiatives', areaId], queryFn: () => request<z.infer<typeof PublicInitiativeSchema>[]>('GET', `/api/v1/public/areas/${enc(areaId)}/initiatives`) });

export const useInitiatives = (query: { areaId?: string; status?: string }) =>
  useQuery({ queryKey: [KEY, 'list', query], queryFn: () => request<InitiativeListItem[]>('GET', '/api/v1/initiatives', { query }) });
export const useInitiative = (id: string) => useQuery({ queryKey: [KEY, id], queryFn: () => request<Initiative>('GET', `/api/v1/initiatives/${enc(id)}`) });
export const useBudgets = () => useQuery({ queryKey: [KEY, 'budgets'], queryFn: () => request<Budget[]>('GET', '/api/v1/budgets') });

/** The connector's steps; each answers with the whole initiative. */
export function useInitiativeStep(id: string) {
  const client = useQueryClient();
  const settle = (initiative: Initiative) => {
    client.setQueryData([KEY, id], initiative);
    return client.invalidateQueries({ queryKey: [KEY, 'list'] });
  };
  // Called once per step below, always all and in the same order: the rules of hooks hold.
  // biome-ignore lint/correctness/useHookAtTopLevel: see above
  const step = <B,>(path: string) => useMutation({ mutationFn: (body: B) => request<Initiative>('POST', `/api/v1/initiatives/${enc(id)}/${path}`, { body }), onSuccess: settle });
  return {
    intake: step<z.input<typeof IntakeSchema>>('intake'),
    advice: step<z.input<typeof AdviceSchema>>('advice'),
    decision: step<z.input<typeof DecisionInputSchema>>('decision'),
    followUp: step<z.input<typeof FollowUpSchema>>('follow-up'),
    message: step<{ text: string }>('messages'),
    publication: step<{ isPublic: boolean; publicSummary: string }>('publication'),
    toProject: step<{ programmeId: string }>('project'),
  };
}
