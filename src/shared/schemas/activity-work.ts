import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';

const DateSchema = IsoDateSchema;

// Timeline

export const TIMELINE_TYPES = ['activity', 'signal', 'referral', 'meeting', 'agreement', 'wish', 'board', 'handover'] as const;
export const TimelineTypeSchema = z.enum(TIMELINE_TYPES);
export type TimelineType = z.infer<typeof TimelineTypeSchema>;
export const TIMELINE_TYPE_LABELS: Record<TimelineType, string> = {
  activity: 'Activiteiten',
  signal: 'Signalen',
  referral: 'Verzoeken aan collega’s',
  meeting: 'Bijeenkomsten',
  agreement: 'Afspraken',
  wish: 'Wensen voor productafspraken',
  board: 'Bestuur',
  handover: 'Overdrachten',
};

export const TimelineQuerySchema = z
  .object({
    areaId: IdSchema.optional(),
    organisationId: IdSchema.optional(),
    contactId: IdSchema.optional(),
    types: z
      .string()
      .regex(/^[a-z_]+(,[a-z_]+)*$/)
      .optional()
      .describe(`Komma-gescheiden: ${TIMELINE_TYPES.join(', ')}`),
    from: DateSchema.optional(),
    to: DateSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;

export const TimelineItemSchema = z.object({
  type: TimelineTypeSchema,
  id: z.string(),
  on: z.string().describe('Datum (jjjj-mm-dd)'),
  at: z.string().describe('Tijdstip voor de volgorde'),
  title: z.string(),
  detail: z.string(),
  actor: z.string().nullable(),
  link: z.string().nullable().describe('Pad in de webapp'),
});
export type TimelineItem = z.infer<typeof TimelineItemSchema>;
export const TimelineSchema = z.object({
  subject: z.object({ type: z.enum(['area', 'organisation', 'contact']), id: IdSchema, name: z.string() }),
  items: z.array(TimelineItemSchema),
});
export type Timeline = z.infer<typeof TimelineSchema>;

// Handover of an area's portfolio, and the open work a (new) connector finds

export const HandoverInputSchema = z
  .object({
    fromUserId: IdSchema.describe('De vertrekkende wijkverbinder'),
    toUserId: IdSchema.describe('De opvolger'),
    hoursPerWeek: z.number().min(0).max(40).nullable().default(null).describe('Uren per week van de opvolger; leeg: die van de voorganger'),
    note: z.string().trim().max(2000).default(''),
  })
  .strict()
  .refine((input) => input.fromUserId !== input.toUserId, { message: 'Kies een andere opvolger dan de vertrekkende wijkverbinder.', path: ['toUserId'] });
export type HandoverInput = z.infer<typeof HandoverInputSchema>;

export const MovedCountsSchema = z.object({
  openSignals: z.number().describe('Open signalen van het gebied, met een overdrachtsregel in hun geschiedenis'),
  referrals: z.number().describe('Lopende verzoeken die de voorganger stelde: antwoorden gaan nu naar de opvolger'),
  organisations: z.number().describe('Organisaties waarvan de voorganger de relatie hield'),
  contacts: z.number().describe('Contactpersonen waarvan de voorganger de relatie hield'),
  activities: z.number().describe('Activiteiten in het gebied: blijven op naam van wie ze deed, zichtbaar in de tijdlijn'),
});
export type MovedCounts = z.infer<typeof MovedCountsSchema>;

export const HandoverSchema = z.object({
  id: IdSchema,
  at: z.string(),
  from: z.object({ id: IdSchema, name: z.string() }).nullable(),
  to: z.object({ id: IdSchema, name: z.string() }).nullable(),
  by: z.string().nullable(),
  note: z.string(),
  moved: MovedCountsSchema,
});
export type Handover = z.infer<typeof HandoverSchema>;

export const PortfolioSchema = z.object({
  area: z.object({ id: IdSchema, name: z.string() }),
  connectors: z.array(z.object({ id: IdSchema, name: z.string(), hoursPerWeek: z.number().nullable() })),
  openSignals: z.array(
    z.object({ id: IdSchema, reference: z.string(), excerpt: z.string(), status: z.string(), receivedOn: z.string(), isOverdue: z.boolean() }),
  ),
  openReferrals: z.array(
    z.object({
      id: IdSchema,
      signalReference: z.string(),
      question: z.string(),
      specialist: z.string(),
      department: z.string().nullable(),
      requestedBy: z.string().nullable(),
      status: z.string(),
      dueOn: z.string(),
      isOverdue: z.boolean(),
    }),
  ),
  organisations: z.array(z.object({ id: IdSchema, name: z.string(), type: z.string(), relationHolder: z.string().nullable() })),
  contactCount: z.number(),
  activities: z.object({ count: z.number(), hours: z.number(), lastOn: z.string().nullable() }),
  handovers: z.array(HandoverSchema),
});
export type Portfolio = z.infer<typeof PortfolioSchema>;

// "Who is the connector for …": for colleagues, by area, buurt or street name

export const ConnectorFinderQuerySchema = z
  .object({ q: z.string().trim().max(100).optional().describe('Naam van een gebied, buurt, wijk of straat; leeg: alle gebieden') })
  .strict();

export const ColleagueAreaSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: z.enum(['wijk', 'kern']),
  connectors: z.array(
    z.object({
      id: IdSchema,
      name: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
      jobTitle: z.string().nullable(),
      department: z.string().nullable(),
      hoursPerWeek: z.number().nullable(),
      availability: z.string().describe('Wanneer bereikbaar, door de wijkverbinder zelf bijgehouden'),
    }),
  ),
  alderman: z.string().nullable(),
  adviser: z.string().nullable(),
  neighbourhoods: z.array(z.string()),
  openSignals: z.number(),
  topThemes: z.array(z.string()),
  partners: z.number(),
  stoppedBoards: z.array(z.object({ organisation: z.string(), takenOverBy: z.string() })),
  lastActivityOn: z.string().nullable(),
});
export type ColleagueArea = z.infer<typeof ColleagueAreaSchema>;

export const ConnectorFinderResultSchema = z.object({
  query: z.string(),
  matches: z.array(
    z.object({
      type: z.enum(['area', 'neighbourhood', 'district', 'street']),
      name: z.string(),
      label: z.string(),
      areaId: IdSchema,
      note: z.string().nullable(),
    }),
  ),
  areas: z.array(ColleagueAreaSchema),
  streetSearch: z.object({ available: z.boolean(), message: z.string().nullable() }),
});
export type ConnectorFinderResult = z.infer<typeof ConnectorFinderResultSchema>;

export const ConnectorProfileSchema = z.object({
  availability: z.string().trim().max(500, 'Houd het korter dan 500 tekens.').describe('Bijvoorbeeld: "ma en do; spreekuur di 10–12 uur in De Kring"'),
});
export type ConnectorProfile = z.infer<typeof ConnectorProfileSchema>;
