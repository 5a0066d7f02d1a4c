import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';

// The activity log: what a connector did, how long, and which role it served (JSO research: informing,
// agenda-setting, exploring, facilitating — or the trap, fixing single issues).

export const ACTIVITY_KINDS = ['contact', 'meeting', 'call', 'visit', 'work'] as const;
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKindSchema>;
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  contact: 'Contact (gesprek)',
  meeting: 'Overleg of bijeenkomst',
  call: 'Telefoongesprek',
  visit: 'Bezoek of schouw',
  work: 'Werk achter het bureau',
};

export const ACTIVITY_ROLES = ['informing', 'agenda_setting', 'exploring', 'facilitating', 'fixing'] as const;
export const ActivityRoleSchema = z.enum(ACTIVITY_ROLES);
export type ActivityRole = z.infer<typeof ActivityRoleSchema>;
/** The four roles a connector should play; fixing is the fifth, the trap. */
export const CONNECTOR_ROLES = ['informing', 'agenda_setting', 'exploring', 'facilitating'] as const satisfies readonly ActivityRole[];

export const ACTIVITY_ROLE_LABELS: Record<ActivityRole, string> = {
  informing: 'Informeren',
  agenda_setting: 'Agenderen',
  exploring: 'Verkennen',
  facilitating: 'Faciliteren',
  fixing: 'Oplossen (fixer)',
};

/** What each role means, in the words of the JSO research; shown to colleagues and in the form. */
export const ACTIVITY_ROLE_EXPLANATIONS: Record<ActivityRole, string> = {
  informing: 'Informatie geven aan inwoners en aan collega’s van de gemeente: wat speelt er, wat kan er, wie gaat erover.',
  agenda_setting: 'Problemen in de wijk agenderen bij de gemeente en bij inwoners, zodat ze structureel worden opgepakt.',
  exploring: 'Mogelijkheden verkennen voor bewonersinitiatieven en beleidsplannen.',
  facilitating: 'Gesprekken faciliteren tussen inwoners en ambtenaren, en tussen partners onderling.',
  fixing: 'Zelf een losse kwestie oplossen. Soms nodig, maar wie hier blijft hangen komt niet aan de vier rollen toe.',
};

/** Colours for the roles in charts: distinguishable in colour-blind vision, fixing stands out. */
export const ACTIVITY_ROLE_COLORS: Record<ActivityRole, string> = {
  informing: '#1f78b4',
  agenda_setting: '#6a3d9a',
  exploring: '#33a02c',
  facilitating: '#a6761d',
  fixing: '#d7301f',
};

/**
 * The role an activity most likely served, from its kind and the signal it is about; the connector
 * confirms or changes it. A signal that is a single issue (a daily report, an individual question)
 * means fixing; an area issue means putting it on the agenda.
 */
export function suggestRole(input: { kind: ActivityKind; signalKind?: 'daily_report' | 'individual_question' | 'area_issue' | null }): {
  role: ActivityRole;
  reason: string;
} {
  if (input.signalKind === 'daily_report' || input.signalKind === 'individual_question') {
    return { role: 'fixing', reason: 'Gaat over een losse kwestie (een melding of een individuele vraag): dat is oplossen.' };
  }
  if (input.signalKind === 'area_issue') {
    return { role: 'agenda_setting', reason: 'Gaat over een wijkvraagstuk: dat is agenderen.' };
  }
  switch (input.kind) {
    case 'meeting':
      return { role: 'facilitating', reason: 'Een overleg of bijeenkomst brengt mensen met elkaar in gesprek: faciliteren.' };
    case 'visit':
      return { role: 'exploring', reason: 'Een bezoek of schouw verkent wat er speelt en wat er kan: verkennen.' };
    case 'work':
      return { role: 'agenda_setting', reason: 'Werk achter het bureau (een notitie, een voorstel) zet iets op de agenda: agenderen.' };
    default:
      return { role: 'informing', reason: 'Een gesprek of telefoontje geeft of haalt informatie: informeren.' };
  }
}

const DateSchema = IsoDateSchema;
const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

export const ActivityInputSchema = z
  .object({
    occurredOn: DateSchema,
    minutes: z.number().int('Vul hele minuten in.').min(1, 'Minstens 1 minuut.').max(1440, 'Hoogstens 24 uur.'),
    kind: ActivityKindSchema,
    role: ActivityRoleSchema,
    areaId: IdSchema.nullable().default(null),
    participants: z.string().trim().max(500).default('').describe('Wie er verder bij waren, bijvoorbeeld "drie bewoners van de Tuinwijk"'),
    note: z.string().trim().max(2000).default(''),
    signalId: IdSchema.nullable().default(null),
    organisationIds: z.array(IdSchema).max(20).default([]).refine(uniqueIds, 'Een organisatie staat er dubbel in.'),
    contactIds: z.array(IdSchema).max(50).default([]).refine(uniqueIds, 'Een contactpersoon staat er dubbel in.'),
  })
  .strict();
export type ActivityInput = z.infer<typeof ActivityInputSchema>;
// Without the defaults: a PATCH changes only what it sends (zod's .partial() would still fill them in).
export const ActivityUpdateSchema = z
  .object({
    occurredOn: DateSchema,
    minutes: z.number().int('Vul hele minuten in.').min(1, 'Minstens 1 minuut.').max(1440, 'Hoogstens 24 uur.'),
    kind: ActivityKindSchema,
    role: ActivityRoleSchema,
    areaId: IdSchema.nullable(),
    participants: z.string().trim().max(500),
    note: z.string().trim().max(2000),
    signalId: IdSchema.nullable(),
    organisationIds: z.array(IdSchema).max(20).refine(uniqueIds, 'Een organisatie staat er dubbel in.'),
    contactIds: z.array(IdSchema).max(50).refine(uniqueIds, 'Een contactpersoon staat er dubbel in.'),
  })
  .partial()
  .strict();
export type ActivityUpdate = z.infer<typeof ActivityUpdateSchema>;

const Named = z.object({ id: IdSchema, name: z.string() });

export const ActivitySchema = z.object({
  id: IdSchema,
  occurredOn: z.string(),
  minutes: z.number(),
  kind: ActivityKindSchema,
  role: ActivityRoleSchema,
  suggestedRole: ActivityRoleSchema.nullable().describe('Wat Schakel voorstelde; de wijkverbinder bevestigde of koos anders'),
  area: Named.nullable(),
  user: Named,
  participants: z.string(),
  note: z.string(),
  signal: z.object({ id: IdSchema, reference: z.string() }).nullable(),
  organisations: z.array(Named),
  contacts: z.array(Named),
  createdAt: z.string(),
  canEdit: z.boolean(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const ActivityListQuerySchema = z
  .object({
    from: DateSchema.optional(),
    to: DateSchema.optional(),
    userId: IdSchema.optional(),
    mine: z.enum(['true', 'false']).optional(),
    areaId: IdSchema.optional(),
    role: ActivityRoleSchema.optional(),
    kind: ActivityKindSchema.optional(),
    organisationId: IdSchema.optional(),
    contactId: IdSchema.optional(),
    signalId: IdSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type ActivityListQuery = z.infer<typeof ActivityListQuerySchema>;

// Dashboards

export const GRANULARITIES = ['week', 'month', 'quarter'] as const;
export const GranularitySchema = z.enum(GRANULARITIES);
export type Granularity = z.infer<typeof GranularitySchema>;

const RoleNumbersShape = {
  informing: z.number(),
  agenda_setting: z.number(),
  exploring: z.number(),
  facilitating: z.number(),
  fixing: z.number(),
};
export const RoleMinutesSchema = z.object(RoleNumbersShape);
export type RoleMinutes = z.infer<typeof RoleMinutesSchema>;
export const RoleSharesSchema = z.object({
  informing: z.number().nullable(),
  agenda_setting: z.number().nullable(),
  exploring: z.number().nullable(),
  facilitating: z.number().nullable(),
  fixing: z.number().nullable(),
});
export type RoleShares = z.infer<typeof RoleSharesSchema>;

export const DashboardQuerySchema = z
  .object({
    from: DateSchema.optional().describe('Standaard: twaalf weken of maanden terug'),
    to: DateSchema.optional().describe('Standaard: vandaag'),
    granularity: GranularitySchema.default('week'),
    userId: IdSchema.optional(),
    areaId: IdSchema.optional(),
  })
  .strict();
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

export const PeriodSchema = z.object({
  key: z.string().describe('2025-W01, 2025-01 of 2025-Q1'),
  label: z.string(),
  start: z.string(),
  end: z.string().describe('Laatste dag van de periode'),
});
export type Period = z.infer<typeof PeriodSchema>;

export const TrendSchema = z.object({
  direction: z.enum(['rising', 'falling', 'flat', 'unknown']),
  slope: z.number().nullable().describe('Verandering van het aandeel oplossen, in procentpunten per periode'),
  firstShare: z.number().nullable(),
  lastShare: z.number().nullable(),
});
export type Trend = z.infer<typeof TrendSchema>;

const RoleBreakdown = z.object({ totalMinutes: z.number(), minutes: RoleMinutesSchema, shares: RoleSharesSchema });

export const RoleDashboardSchema = z.object({
  from: z.string(),
  to: z.string(),
  granularity: GranularitySchema,
  periods: z.array(PeriodSchema.extend(RoleBreakdown.shape)),
  totals: RoleBreakdown,
  fixerTrend: TrendSchema,
  byConnector: z.array(RoleBreakdown.extend({ userId: IdSchema, name: z.string() })),
  byArea: z.array(RoleBreakdown.extend({ areaId: IdSchema.nullable(), name: z.string() })),
  suggestions: z.object({ total: z.number(), confirmed: z.number() }).describe('Hoe vaak de voorgestelde rol is bevestigd'),
});
export type RoleDashboard = z.infer<typeof RoleDashboardSchema>;

export const HoursQuerySchema = DashboardQuerySchema.extend({ granularity: z.enum(['week', 'month']).default('week') }).strict();
export type HoursQuery = z.infer<typeof HoursQuerySchema>;

const HoursFigures = z.object({
  budgetHours: z.number().describe('Uren per week × werkdagen / 5, over de periodes van de toewijzing'),
  spentHours: z.number(),
});
export const HoursOverviewSchema = z.object({
  from: z.string(),
  to: z.string(),
  granularity: z.enum(['week', 'month']),
  periods: z.array(PeriodSchema),
  lines: z.array(
    HoursFigures.extend({
      areaId: IdSchema.nullable(),
      areaName: z.string(),
      userId: IdSchema,
      userName: z.string(),
      hoursPerWeek: z.number().nullable().describe('Huidige uren per week in dit gebied (null: niet meer toegewezen)'),
      perPeriod: z.array(HoursFigures.extend({ key: z.string() })),
    }),
  ),
});
export type HoursOverview = z.infer<typeof HoursOverviewSchema>;

// Department responsiveness (from referrals)

export const ResponsivenessQuerySchema = z
  .object({
    from: DateSchema.optional().describe('Standaard: het begin van het kwartaal een jaar terug'),
    to: DateSchema.optional(),
  })
  .strict();
export type ResponsivenessQuery = z.infer<typeof ResponsivenessQuerySchema>;

const ResponsivenessFigures = z.object({
  count: z.number().describe('Verzoeken (zonder ingetrokken)'),
  answered: z.number(),
  open: z.number(),
  medianHoursToAcknowledge: z.number().nullable().describe('Mediaan van vraag tot "gezien", in uren'),
  medianHoursToAnswer: z.number().nullable().describe('Mediaan van vraag tot antwoord, in uren'),
  overdue: z.number().describe('Te laat beantwoord, of nog open na de termijn'),
  overdueShare: z.number().nullable(),
});
export type ResponsivenessFigures = z.infer<typeof ResponsivenessFigures>;

export const ResponsivenessSchema = z.object({
  from: z.string(),
  to: z.string(),
  departments: z.array(ResponsivenessFigures.extend({ department: z.string() })),
  specialists: z
    .array(ResponsivenessFigures.extend({ specialistId: IdSchema, name: z.string(), department: z.string() }))
    .nullable()
    .describe('Per specialist: alleen voor coördinator en beheerder'),
  quarters: z.array(ResponsivenessFigures.extend({ quarter: z.string(), department: z.string() })),
});
export type Responsiveness = z.infer<typeof ResponsivenessSchema>;

// Timeline, handover and the connector finder live beside this file.
export * from './activity-work.js';
