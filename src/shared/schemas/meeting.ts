import { z } from 'zod';
import { EmailSchema, IdSchema, PhoneSchema } from './common.js';
import { DateSchema } from './programme.js';
import { ThemeKeySchema } from './signal.js';

// Meetings of an area (leefbaarheidsgesprek, wijkoverleg, wijkideeteam, collegebezoek, spreekuur), their
// agreements as actions, office-hour schedules and the walk-in log. The college's side is in college.ts.

const text = (max: number) => z.string().trim().max(max);
const title = (max = 200) => z.string().trim().min(3, 'Minstens 3 tekens.').max(max);
export const DateTimeSchema = z.iso.datetime({ offset: true, message: 'Een tijdstip is ISO 8601 met tijdzone, bijvoorbeeld 2026-03-29T19:30:00+02:00.' });
export const TimeOfDaySchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Een tijd is UU:MM, bijvoorbeeld 14:00.');

export const MEETING_KINDS = ['leefbaarheidsgesprek', 'wijkoverleg', 'wijkideeteam', 'collegebezoek', 'spreekuur'] as const;
export const MeetingKindSchema = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKindSchema>;
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  leefbaarheidsgesprek: 'Leefbaarheidsgesprek',
  wijkoverleg: 'Wijkoverleg',
  wijkideeteam: 'Wijkideeteam',
  collegebezoek: 'Collegebezoek',
  spreekuur: 'Spreekuur',
};

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const MeetingStatusSchema = z.enum(MEETING_STATUSES);
export const MEETING_STATUS_LABELS: Record<(typeof MEETING_STATUSES)[number], string> = { planned: 'Gepland', held: 'Gehouden', cancelled: 'Afgelast' };

/** Waarderend vernieuwen (appreciative inquiry): the four phases that shape a leefbaarheidsgesprek. */
export const APPRECIATIVE_PHASES = ['discover', 'dream', 'design', 'deliver'] as const;

export const AgendaItemSchema = z.object({
  text: z.string().trim().min(1).max(1000),
  source: z
    .object({ type: z.enum(['signal', 'project', 'figure', 'initiative', 'action']), id: z.string().max(200), label: z.string().max(300) })
    .nullable()
    .default(null)
    .describe('Waar het punt vandaan komt: een open signaal, een project, een kengetal'),
});
export const AgendaSectionSchema = z.object({
  key: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  prompt: text(2000).default(''),
  items: z.array(AgendaItemSchema).max(100).default([]),
});
export type AgendaSection = z.infer<typeof AgendaSectionSchema>;

export const ParticipantSchema = z
  .object({ name: z.string().trim().min(1).max(120), organisation: text(120).default(''), userId: IdSchema.nullable().default(null) })
  .strict();

export const MeetingInputSchema = z
  .object({
    areaId: IdSchema,
    kind: MeetingKindSchema,
    title: title(),
    startsAt: DateTimeSchema,
    endsAt: DateTimeSchema,
    location: text(200).default(''),
    isPublic: z.boolean().default(false),
    participants: z.array(ParticipantSchema).max(200).default([]),
    formatTemplateId: IdSchema.optional().describe('Gespreksformat; zonder: het standaardformat voor deze soort'),
    prefillAgenda: z.boolean().default(true).describe('Agenda vullen met kengetallen, open signalen en het programma'),
  })
  .strict()
  .refine((m) => new Date(m.endsAt) > new Date(m.startsAt), { message: 'Het einde ligt na het begin.', path: ['endsAt'] });
export type MeetingInput = z.infer<typeof MeetingInputSchema>;

export const MeetingUpdateSchema = z
  .object({
    title: title().optional(),
    startsAt: DateTimeSchema.optional(),
    endsAt: DateTimeSchema.optional(),
    location: text(200).optional(),
    status: MeetingStatusSchema.optional(),
    isPublic: z.boolean().optional(),
    participants: z.array(ParticipantSchema).max(200).optional(),
    agenda: z.array(AgendaSectionSchema).max(20).optional(),
    minutes: text(20000).optional().describe('Verslag (intern)'),
    outcomes: text(10000).optional(),
    publicSummary: text(5000).optional().describe('Wat inwoners op de gebiedspagina zien'),
  })
  .strict();
export type MeetingUpdate = z.infer<typeof MeetingUpdateSchema>;

export const ActionInputSchema = z
  .object({
    text: z.string().trim().min(3).max(1000),
    ownerUserId: IdSchema.nullable().default(null),
    ownerName: text(120).nullable().default(null),
    dueOn: DateSchema.nullable().default(null),
  })
  .strict()
  .refine((a) => a.ownerUserId !== null || (a.ownerName !== null && a.ownerName.length > 0), {
    message: 'Kies een eigenaar: een collega of een naam (partner, bewoner).',
    path: ['ownerName'],
  });
export type ActionInput = z.infer<typeof ActionInputSchema>;

export const ActionUpdateSchema = z
  .object({
    status: z.enum(['open', 'done', 'cancelled']).optional(),
    note: text(2000).optional(),
    dueOn: DateSchema.nullable().optional(),
    ownerUserId: IdSchema.nullable().optional(),
    ownerName: text(120).nullable().optional(),
  })
  .strict();

export const ActionSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  meetingKind: MeetingKindSchema,
  area: z.object({ id: z.string(), name: z.string() }),
  text: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(['open', 'done', 'cancelled']),
  isOverdue: z.boolean(),
  /** When the owner (or the area's connectors) were reminded that it is overdue. */
  remindedAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
});
export type Action = z.infer<typeof ActionSchema>;

export const ActionListQuerySchema = z
  .object({
    areaId: IdSchema.optional(),
    mine: z.enum(['true', 'false']).optional(),
    status: z.enum(['open', 'done', 'cancelled', 'all']).default('open'),
  })
  .strict();

export const InvitationInputSchema = z
  .object({ userId: IdSchema, theme: ThemeKeySchema, note: text(1000).default('') })
  .strict();

export const MeetingSummarySchema = z.object({
  id: z.string(),
  area: z.object({ id: z.string(), name: z.string() }),
  kind: MeetingKindSchema,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
  status: MeetingStatusSchema,
  isPublic: z.boolean(),
  openActions: z.number(),
});
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;

export const MeetingSchema = MeetingSummarySchema.extend({
  participants: z.array(z.object({ name: z.string(), organisation: z.string(), userId: z.string().nullable() })),
  agenda: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      prompt: z.string(),
      items: z.array(z.object({ text: z.string(), source: z.object({ type: z.string(), id: z.string(), label: z.string() }).nullable() })),
    }),
  ),
  minutes: z.string(),
  outcomes: z.string(),
  publicSummary: z.string(),
  format: z.object({ id: z.string(), name: z.string() }).nullable(),
  invitations: z.array(z.object({ id: z.string(), user: z.object({ id: z.string(), name: z.string(), department: z.string().nullable() }), theme: z.string(), note: z.string() })),
  actions: z.array(ActionSchema),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const MeetingListQuerySchema = z
  .object({
    areaId: IdSchema.optional(),
    kind: MeetingKindSchema.optional(),
    from: DateSchema.optional(),
    to: DateSchema.optional(),
  })
  .strict();

/** Who to invite to a wijkoverleg on a theme: colleagues whose expertise fits it. */
export const InviteSuggestionSchema = z.object({
  theme: ThemeKeySchema,
  themeLabel: z.string(),
  people: z.array(z.object({ id: z.string(), name: z.string(), department: z.string().nullable(), expertise: z.array(z.string()) })),
});

/** The coordinator's view: which areas had their yearly leefbaarheidsgesprek, and which are due. */
export const ConversationCoverageSchema = z.object({
  year: z.number(),
  areas: z.array(
    z.object({
      area: z.object({ id: z.string(), name: z.string() }),
      lastHeld: z.string().nullable(),
      nextPlanned: z.string().nullable(),
      heldThisYear: z.boolean(),
      state: z.enum(['held', 'planned', 'due', 'overdue']).describe('overdue: langer dan 12 maanden geleden (of nooit) en niets gepland'),
    }),
  ),
});

// Office hours (spreekuren)

export const ScheduleInputSchema = z
  .object({
    areaId: IdSchema,
    title: title(),
    location: z.string().trim().min(2).max(200),
    address: text(300).default(''),
    weekday: z.number().int().min(1).max(7).describe('1 = maandag … 7 = zondag'),
    startTime: TimeOfDaySchema,
    endTime: TimeOfDaySchema,
    intervalWeeks: z.number().int().min(1).max(8).default(1),
    startsOn: DateSchema,
    endsOn: DateSchema.nullable().default(null),
    themes: z.array(ThemeKeySchema).max(13).default([]),
    hostUserId: IdSchema.nullable().default(null),
    isPublic: z.boolean().default(true),
    notes: text(2000).default(''),
  })
  .strict()
  .refine((s) => s.endTime > s.startTime, { message: 'De eindtijd ligt na de begintijd.', path: ['endTime'] })
  .refine((s) => !s.endsOn || s.endsOn >= s.startsOn, { message: 'De einddatum ligt niet vóór de begindatum.', path: ['endsOn'] });
export type ScheduleInput = z.infer<typeof ScheduleInputSchema>;

export const ScheduleUpdateSchema = z
  .object({
    title: title().optional(),
    location: z.string().trim().min(2).max(200).optional(),
    address: text(300).optional(),
    endsOn: DateSchema.nullable().optional(),
    themes: z.array(ThemeKeySchema).max(13).optional(),
    hostUserId: IdSchema.nullable().optional(),
    isPublic: z.boolean().optional(),
    notes: text(2000).optional(),
  })
  .strict();

export const WEEKDAY_LABELS = ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

export const ScheduleSchema = z.object({
  id: z.string(),
  area: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  location: z.string(),
  address: z.string(),
  weekday: z.number(),
  startTime: z.string(),
  endTime: z.string(),
  intervalWeeks: z.number(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  themes: z.array(z.string()),
  host: z.object({ id: z.string(), name: z.string() }).nullable(),
  isPublic: z.boolean(),
  notes: z.string(),
  nextOccurrences: z.array(z.object({ startsAt: z.string(), endsAt: z.string() })),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export const VisitInputSchema = z
  .object({
    scheduleId: IdSchema.nullable().default(null),
    areaId: IdSchema,
    visitedOn: DateSchema.optional(),
    question: z.string().trim().min(10, 'Beschrijf de vraag in minstens 10 tekens.').max(5000),
    themes: z.array(ThemeKeySchema).max(13).default([]),
    outcome: z.enum(['answered', 'signal', 'referral']),
    answer: text(5000).default(''),
    onBehalfOf: text(200).optional().describe('Namens wie (geen persoonsgegevens nodig)'),
    reporter: z
      .object({ name: text(120).optional(), email: EmailSchema.optional(), phone: PhoneSchema.optional(), consent: z.literal(true, { message: 'Vraag toestemming om de gegevens te bewaren, of laat ze leeg.' }) })
      .strict()
      .optional()
      .describe('Contactgegevens van de bezoeker, alleen met toestemming'),
    referral: z
      .object({ specialistId: IdSchema, question: z.string().trim().min(3).max(5000), dueOn: DateSchema })
      .strict()
      .optional(),
  })
  .strict()
  .refine((v) => v.outcome !== 'referral' || v.referral !== undefined, { message: 'Kies de collega en de vraag voor het verzoek.', path: ['referral'] })
  .refine((v) => v.outcome !== 'answered' || v.answer.length > 0, { message: 'Noteer het antwoord.', path: ['answer'] });
export type VisitInput = z.infer<typeof VisitInputSchema>;

export const VisitSchema = z.object({
  id: z.string(),
  areaId: z.string(),
  scheduleId: z.string().nullable(),
  visitedOn: z.string(),
  question: z.string(),
  themes: z.array(z.string()),
  outcome: z.enum(['answered', 'signal', 'referral']),
  answer: z.string(),
  signal: z.object({ id: z.string(), reference: z.string() }).nullable(),
  referralId: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type Visit = z.infer<typeof VisitSchema>;

export const ThemeSuggestionSchema = z.object({
  themes: z.array(z.object({ theme: ThemeKeySchema, label: z.string(), signals: z.number(), visits: z.number(), reason: z.string() })),
  figures: z.array(z.object({ title: z.string(), area: z.number().nullable(), municipality: z.number().nullable(), unit: z.string(), note: z.string() })),
});

// Public: what residents see on the area's page

export const PublicAreaCalendarSchema = z.object({
  officeHours: z.array(
    z.object({ title: z.string(), location: z.string(), address: z.string(), startsAt: z.string(), endsAt: z.string(), themes: z.array(z.string()) }),
  ),
  nextConversation: z.object({ title: z.string(), startsAt: z.string(), endsAt: z.string(), location: z.string() }).nullable(),
  meetings: z.array(z.object({ kind: MeetingKindSchema, title: z.string(), startsAt: z.string(), endsAt: z.string(), location: z.string(), publicSummary: z.string(), status: MeetingStatusSchema })),
  calendarUrl: z.string(),
});
export type PublicAreaCalendar = z.infer<typeof PublicAreaCalendarSchema>;

export const FeedTokenSchema = z.object({ url: z.string(), createdAt: z.string() });
