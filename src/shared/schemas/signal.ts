import { z } from 'zod';
import { EmailSchema, IdSchema, MunicipalityCodeSchema, NeighbourhoodCodeSchema, PhoneSchema } from './common.js';
import { RegularChannelSchema } from './municipality.js';
import { SIGNAL_KINDS, THEME_KEYS, type Theme } from './signal-vocabulary.js';

export const SignalKindSchema = z.enum(SIGNAL_KINDS);
export const ThemeKeySchema = z.enum(THEME_KEYS as [Theme, ...Theme[]]);

export const SIGNAL_STATUSES = ['new', 'assessed', 'in_progress', 'result_agreed', 'monitoring', 'closed'] as const;
export const SignalStatusSchema = z.enum(SIGNAL_STATUSES);
export type SignalStatus = z.infer<typeof SignalStatusSchema>;
export const SIGNAL_STATUS_LABELS: Record<SignalStatus, string> = {
  new: 'Nieuw',
  assessed: 'Beoordeeld',
  in_progress: 'Doorverwezen / in behandeling',
  result_agreed: 'Resultaat afgesproken',
  monitoring: 'Wordt gevolgd',
  closed: 'Afgesloten',
};

export const CLOSING_STATES = [
  'resolved',
  'referred_to_department',
  'handed_to_regular_channel',
  'not_municipal_task',
  'not_resolved',
  'duplicate',
] as const;
export const ClosingStateSchema = z.enum(CLOSING_STATES);
export type ClosingState = z.infer<typeof ClosingStateSchema>;
export const CLOSING_STATE_LABELS: Record<ClosingState, string> = {
  resolved: 'Opgelost',
  referred_to_department: 'Doorverwezen naar de afdeling',
  handed_to_regular_channel: 'Doorgezet naar het meldkanaal',
  not_municipal_task: 'Geen taak van de gemeente',
  not_resolved: 'Niet opgelost',
  duplicate: 'Samengevoegd met een ander signaal',
};

export const CHANNELS = ['website', 'partner', 'spreekuur', 'gesprek', 'telefoon', 'email', 'overig'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export const CHANNEL_LABELS: Record<(typeof CHANNELS)[number], string> = {
  website: 'Website (inwoner)',
  partner: 'Partnerorganisatie',
  spreekuur: 'Spreekuur',
  gesprek: 'Gesprek',
  telefoon: 'Telefoon',
  email: 'E-mail',
  overig: 'Overig',
};

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export const PRIORITY_LABELS = { low: 'Laag', normal: 'Normaal', high: 'Hoog', urgent: 'Urgent' } as const;

const SignalTextSchema = z
  .string()
  .trim()
  .min(10, 'Beschrijf het in minstens 10 tekens.')
  .max(5000, 'Houd het korter dan 5000 tekens.');

export const TriageRequestSchema = z
  .object({ text: SignalTextSchema, municipality: MunicipalityCodeSchema })
  .strict();

export const SuggestedSpecialistSchema = z.object({
  domain: z.string().describe('Expertisegebied'),
  userId: z.string().nullable().describe('Alleen voor medewerkers van de gemeente'),
  name: z.string().nullable(),
  department: z.string().nullable(),
});

export const TriageResultSchema = z.object({
  kind: SignalKindSchema,
  confidence: z.number().min(0).max(1),
  themes: z.array(ThemeKeySchema),
  specialists: z.array(SuggestedSpecialistSchema),
  reason: z.string(),
  regularChannel: RegularChannelSchema.nullable().describe('Waar een dagelijkse melding heen moet'),
});
export type TriageResult = z.infer<typeof TriageResultSchema>;

const PhotoSchema = z.object({
  contentType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  dataBase64: z
    .string()
    .max(2_800_000, 'Een foto mag hoogstens 2 MB zijn.')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Geen geldige base64.'),
});

const ReporterSchema = z
  .object({
    name: z.string().trim().max(120).optional(),
    email: EmailSchema.optional(),
    phone: PhoneSchema.optional(),
    consent: z.literal(true, { message: 'Geef toestemming om uw gegevens te bewaren, of laat ze leeg.' }),
  })
  .strict();

const LocationFields = {
  lat: z.number().min(50.7, 'Dit punt ligt niet in Nederland.').max(53.7, 'Dit punt ligt niet in Nederland.').optional(),
  lon: z.number().min(3.2, 'Dit punt ligt niet in Nederland.').max(7.3, 'Dit punt ligt niet in Nederland.').optional(),
  neighbourhoodCode: NeighbourhoodCodeSchema.optional(),
};

export const PublicSignalInputSchema = z
  .object({
    municipality: MunicipalityCodeSchema,
    text: SignalTextSchema,
    ...LocationFields,
    photos: z.array(PhotoSchema).max(3, 'Hoogstens drie foto’s.').default([]),
    reporter: ReporterSchema.optional(),
  })
  .strict()
  .refine((input) => (input.lat === undefined) === (input.lon === undefined), { message: 'Geef lat en lon samen.' });
export type PublicSignalInput = z.infer<typeof PublicSignalInputSchema>;

export const PublicSignalCreatedSchema = z.object({
  id: IdSchema,
  reference: z.string(),
  trackingToken: z.string(),
  trackingUrl: z.string(),
  triage: TriageResultSchema,
});

export const StaffSignalInputSchema = z
  .object({
    text: SignalTextSchema,
    channel: ChannelSchema,
    receivedOn: z.iso.date().optional(),
    onBehalfOf: z.string().trim().max(200).optional().describe('Namens wie, bijvoorbeeld "bewoner Tuinwijk" of een organisatie'),
    areaId: IdSchema.optional(),
    ...LocationFields,
    reporter: ReporterSchema.optional(),
  })
  .strict()
  .refine((input) => (input.lat === undefined) === (input.lon === undefined), { message: 'Geef lat en lon samen.' });
export type StaffSignalInput = z.infer<typeof StaffSignalInputSchema>;

export const AssessmentSchema = z
  .object({
    kind: SignalKindSchema,
    themes: z.array(ThemeKeySchema).max(5),
    priority: PrioritySchema,
    priorityReason: z.string().trim().min(3, 'Geef een reden voor de prioriteit.').max(2000),
    contentAssessment: z.string().trim().max(5000).default(''),
    relevance: z.string().trim().max(5000).default('').describe('Maatschappelijke relevantie'),
    frameworks: z.array(z.string().trim().min(1).max(80)).max(10).default([]),
    areaId: IdSchema.nullable().optional(),
    approach: z.string().trim().max(5000).default(''),
    expectedResult: z.string().trim().max(5000).default(''),
  })
  .strict();
export type Assessment = z.infer<typeof AssessmentSchema>;

export const StatusChangeSchema = z
  .object({
    to: SignalStatusSchema,
    closingState: ClosingStateSchema.optional(),
    reason: z.string().trim().max(2000).optional(),
    result: z.string().trim().max(5000).optional(),
    publicMessage: z.string().trim().max(5000).optional().describe('Bericht aan de melder (verschijnt op de volgpagina)'),
  })
  .strict();
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const MessageInputSchema = z.object({ text: z.string().trim().min(2).max(5000) }).strict();
export const NoteInputSchema = z.object({ text: z.string().trim().min(2).max(5000) }).strict();
export const LinkInputSchema = z.object({ duplicateOf: IdSchema }).strict();

export const SignalEventSchema = z.object({
  at: z.string(),
  details: z.record(z.string(), z.unknown()).describe('Bijvoorbeeld de specialist, de afsluitreden of het kanaal'),
  type: z.string(),
  actor: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string().nullable(),
  publicMessage: z.string().nullable(),
});

export const ReferralSummarySchema = z.object({
  id: IdSchema,
  specialist: z.object({ id: IdSchema, name: z.string(), department: z.string().nullable() }),
  question: z.string(),
  dueOn: z.string(),
  status: z.enum(['open', 'seen', 'answered', 'closed', 'cancelled']),
  isOverdue: z.boolean(),
  seenAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answer: z.string().nullable(),
  followUp: z.string().nullable(),
});

export const SignalListItemSchema = z.object({
  id: IdSchema,
  reference: z.string(),
  excerpt: z.string(),
  kind: SignalKindSchema,
  status: SignalStatusSchema,
  closingState: ClosingStateSchema.nullable(),
  channel: ChannelSchema,
  themes: z.array(z.string()),
  priority: PrioritySchema.nullable(),
  area: z.object({ id: IdSchema, name: z.string() }).nullable(),
  receivedOn: z.string(),
  createdAt: z.string(),
  openReferrals: z.number(),
  isOverdue: z.boolean(),
});
export type SignalListItem = z.infer<typeof SignalListItemSchema>;

export const SignalDetailSchema = SignalListItemSchema.extend({
  text: z.string(),
  onBehalfOf: z.string().nullable(),
  enteredBy: z.string().nullable(),
  neighbourhood: z.object({ code: z.string(), name: z.string() }).nullable(),
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  triage: z.any(),
  priorityReason: z.string().nullable(),
  contentAssessment: z.string().nullable(),
  relevance: z.string().nullable(),
  frameworks: z.array(z.string()),
  approach: z.string().nullable(),
  expectedResult: z.string().nullable(),
  result: z.string().nullable(),
  closingReason: z.string().nullable(),
  duplicateOf: z.object({ id: IdSchema, reference: z.string() }).nullable(),
  duplicates: z.array(z.object({ id: IdSchema, reference: z.string() })),
  handoff: z.any().nullable(),
  photoIds: z.array(IdSchema),
  hasReporter: z.boolean(),
  reporters: z
    .array(z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }))
    .nullable()
    .describe('Alleen voor wie ze nodig heeft; elke inzage wordt gelogd'),
  referrals: z.array(ReferralSummarySchema),
  events: z.array(SignalEventSchema),
  allowedTransitions: z.array(SignalStatusSchema),
  suggestedSpecialists: z.array(SuggestedSpecialistSchema).describe('Collega’s met expertise in de thema’s van het signaal'),
});
export type SignalDetail = z.infer<typeof SignalDetailSchema>;

export const SignalListQuerySchema = z
  .object({
    areaId: IdSchema.optional(),
    mine: z.enum(['true', 'false']).optional().describe('Alleen signalen uit mijn gebieden'),
    status: z.union([SignalStatusSchema, z.literal('open')]).optional(),
    kind: SignalKindSchema.optional(),
    theme: ThemeKeySchema.optional(),
    overdue: z.enum(['true', 'false']).optional(),
    q: z.string().trim().min(2).max(100).optional(),
    sort: z.enum(['newest', 'oldest', 'priority']).default('newest'),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type SignalListQuery = z.infer<typeof SignalListQuerySchema>;

export const TrackingViewSchema = z.object({
  reference: z.string(),
  municipalityCode: z.string(),
  result: z.string().nullable().describe('Het afgesproken resultaat, als het signaal is afgesloten'),
  closingReason: z.string().nullable().describe('De reden, bij "niet opgelost" of "geen taak van de gemeente"'),
  status: SignalStatusSchema,
  statusLabel: z.string(),
  closingState: ClosingStateSchema.nullable(),
  closingStateLabel: z.string().nullable(),
  receivedOn: z.string(),
  area: z.string().nullable(),
  municipality: z.string(),
  excerpt: z.string(),
  messages: z.array(z.object({ at: z.string(), text: z.string() })),
});
