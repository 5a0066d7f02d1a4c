import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { request } from '../../api/client.js';
import type { Action, ActionInputSchema, ConversationCoverageSchema, Meeting, MeetingInputSchema, MeetingSummary, MeetingUpdate, PublicAreaCalendar, Schedule, ScheduleInputSchema, ThemeSuggestionSchema, Visit, VisitInputSchema } from '../../../shared/schemas/meeting.js';
import type { CollegeAgendaSchema, CollegeItem, CollegeItemInputSchema, AldermanOverviewSchema } from '../../../shared/schemas/college.js';

import { amsterdamToday } from './time.js';

const KEY = 'meetings';
const enc = encodeURIComponent;

export const useMeetings = (query: { areaId?: string; kind?: string; from?: string }) =>
  useQuery({ queryKey: [KEY, 'list', query], queryFn: () => request<MeetingSummary[]>('GET', '/api/v1/meetings', { query }) });
export const useMeeting = (id: string) => useQuery({ queryKey: [KEY, id], queryFn: () => request<Meeting>('GET', `/api/v1/meetings/${enc(id)}`) });
export const useActions = (query: { areaId?: string; mine?: 'true'; status?: string }) =>
  useQuery({ queryKey: [KEY, 'actions', query], queryFn: () => request<Action[]>('GET', '/api/v1/actions', { query }) });
export const useCoverage = (year: number, enabled: boolean) =>
  useQuery({ queryKey: [KEY, 'coverage', year], queryFn: () => request<z.infer<typeof ConversationCoverageSchema>>('GET', '/api/v1/conversations/coverage', { query: { year } }), enabled });
export const useSchedules = (areaId: string) =>
  useQuery({ queryKey: [KEY, 'schedules', areaId], queryFn: () => request<Schedule[]>('GET', '/api/v1/office-hours', { query: { areaId } }) });
export const useVisits = (areaId: string) =>
  useQuery({ queryKey: [KEY, 'visits', areaId], queryFn: () => request<Visit[]>('GET', '/api/v1/office-hours/visits', { query: { areaId } }) });
export const useThemeSuggestions = (areaId: string) =>
  useQuery({ queryKey: [KEY, 'themes', areaId], queryFn: () => request<z.infer<typeof ThemeSuggestionSchema>>('GET', `/api/v1/areas/${enc(areaId)}/theme-suggestions`) });
export const useCollegeAgenda = () => useQuery({ queryKey: [KEY, 'college'], queryFn: () => request<z.infer<typeof CollegeAgendaSchema>>('GET', '/api/v1/college-agenda') });
export const useAldermanOverview = (enabled: boolean) =>
  useQuery({ queryKey: [KEY, 'alderman'], queryFn: () => request<z.infer<typeof AldermanOverviewSchema>>('GET', '/api/v1/alderman/overview'), enabled });
export const usePublicCalendar = (areaId: string) =>
  useQuery({ queryKey: ['public', 'calendar', areaId], queryFn: () => request<PublicAreaCalendar>('GET', `/api/v1/public/areas/${enc(areaId)}/calendar`) });

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [KEY] });
}

export function useCreateMeeting() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: z.input<typeof MeetingInputSchema>) => request<Meeting>('POST', '/api/v1/meetings', { body }), onSuccess: invalidate });
}

export function useMeetingChange(id: string) {
  const client = useQueryClient();
  const settle = (meeting: Meeting) => {
    client.setQueryData([KEY, id], meeting);
    return client.invalidateQueries({ queryKey: [KEY, 'actions'] });
  };
  return {
    update: useMutation({ mutationFn: (body: MeetingUpdate) => request<Meeting>('PATCH', `/api/v1/meetings/${enc(id)}`, { body }), onSuccess: settle }),
    addAction: useMutation({ mutationFn: (body: z.input<typeof ActionInputSchema>) => request<Meeting>('POST', `/api/v1/meetings/${enc(id)}/actions`, { body }), onSuccess: settle }),
  };
}

export function useUpdateAction() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: { status?: string; note?: string } }) => request<Action>('PATCH', `/api/v1/actions/${enc(id)}`, { body }), onSuccess: invalidate });
}

export function useCreateSchedule() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: z.input<typeof ScheduleInputSchema>) => request<Schedule>('POST', '/api/v1/office-hours', { body }), onSuccess: invalidate });
}

export function useLogVisit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof VisitInputSchema>) => request<Visit>('POST', '/api/v1/office-hours/visits', { body }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: [KEY] }), client.invalidateQueries({ queryKey: ['signals'] })]),
  });
}

export function useMarkForCollege() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: z.input<typeof CollegeItemInputSchema>) => request<CollegeItem>('POST', '/api/v1/college-agenda', { body }), onSuccess: invalidate });
}

/** Ends a recurring spreekuur after today (it stays in the log and the calendar up to then). */
export function useEndSchedule() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => request<Schedule>('PATCH', `/api/v1/office-hours/${enc(id)}`, { body: { endsOn: amsterdamToday() } }),
    onSuccess: invalidate,
  });
}
