import { z } from 'zod';
import { IdSchema } from './common.js';
import { MeetingStatusSchema, MeetingSummarySchema } from './meeting.js';
import { DateSchema } from './programme.js';
import { PrioritySchema, ThemeKeySchema } from './signal.js';

// The college's side of wijkgericht werken: themes marked for the college agenda, the wijkwethouder's
// overview of their areas, and the college terms with their visits to every area.

export const AgendaItemStatusSchema = z.enum(['proposed', 'scheduled', 'discussed', 'withdrawn']);
export const COLLEGE_ITEM_STATUS_LABELS = { proposed: 'Voorgesteld', scheduled: 'Geagendeerd', discussed: 'Besproken', withdrawn: 'Ingetrokken' } as const;

export const CollegeItemInputSchema = z
  .object({
    areaId: IdSchema,
    theme: ThemeKeySchema,
    title: z.string().trim().min(3, 'Minstens 3 tekens.').max(200),
    note: z.string().trim().min(3, 'Een korte toelichting, minstens 3 tekens.').max(2000),
    collegeMeetingOn: DateSchema.nullable().default(null),
    signalId: IdSchema.nullable().default(null),
    projectId: IdSchema.nullable().default(null),
  })
  .strict();
export const CollegeItemUpdateSchema = z
  .object({
    collegeMeetingOn: DateSchema.nullable().optional(),
    status: AgendaItemStatusSchema.optional(),
    outcome: z.string().trim().max(3000).optional(),
    note: z.string().trim().min(3).max(2000).optional(),
  })
  .strict();

export const CollegeItemSchema = z.object({
  id: z.string(),
  area: z.object({ id: z.string(), name: z.string() }),
  theme: z.string(),
  themeLabel: z.string(),
  title: z.string(),
  note: z.string(),
  collegeMeetingOn: z.string().nullable(),
  status: AgendaItemStatusSchema,
  outcome: z.string(),
  signal: z.object({ id: z.string(), reference: z.string() }).nullable(),
  projectId: z.string().nullable(),
  markedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type CollegeItem = z.infer<typeof CollegeItemSchema>;

export const CollegeAgendaSchema = z.object({
  meetings: z.array(z.object({ date: z.string().nullable().describe('null: nog niet aan een collegevergadering gekoppeld'), items: z.array(CollegeItemSchema) })),
});

export const AldermanOverviewSchema = z.object({
  areas: z.array(
    z.object({
      area: z.object({ id: z.string(), name: z.string() }),
      openSignals: z.number(),
      urgentSignals: z.array(z.object({ id: z.string(), reference: z.string(), excerpt: z.string(), priority: PrioritySchema.nullable(), themes: z.array(z.string()) })),
      overdueActions: z.number(),
      participationDeviations: z.number(),
      collegeItems: z.array(CollegeItemSchema),
      nextMeetings: z.array(MeetingSummarySchema),
      lastConversation: z.string().nullable(),
    }),
  ),
});

export const CollegeTermInputSchema = z
  .object({ name: z.string().trim().min(1).max(60), startsOn: DateSchema, endsOn: DateSchema })
  .strict()
  .refine((t) => t.endsOn > t.startsOn, { message: 'Het einde ligt na het begin.', path: ['endsOn'] });
export const CollegeTermUpdateSchema = z
  .object({ name: z.string().trim().min(1).max(60).optional(), startsOn: DateSchema.optional(), endsOn: DateSchema.optional() })
  .strict()
  .refine((t) => Object.keys(t).length > 0, { message: 'Geef aan wat er verandert.' });
export const CollegeTermSchema = z.object({ id: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() });

export const CollegeVisitCoverageSchema = z.object({
  term: CollegeTermSchema,
  visited: z.number(),
  total: z.number(),
  areas: z.array(
    z.object({
      area: z.object({ id: z.string(), name: z.string() }),
      visit: z.object({ meetingId: z.string(), startsAt: z.string(), status: MeetingStatusSchema }).nullable(),
    }),
  ),
});
