import { z } from 'zod';
import { EmailSchema, IdSchema, MunicipalityCodeSchema, PhoneSchema } from './common.js';
import { CentsSchema, DateSchema } from './programme.js';

// Resident initiatives (bewonersinitiatieven): submitted on the public site without an account, guided by
// the connector through intake, advice, budget, decision and follow-up; followed by the initiator via a link.

const text = (max: number) => z.string().trim().max(max);

export const INITIATIVE_STATUSES = ['submitted', 'intake', 'advice', 'decision', 'approved', 'rejected', 'running', 'completed', 'withdrawn'] as const;
export const InitiativeStatusSchema = z.enum(INITIATIVE_STATUSES);
export type InitiativeStatus = z.infer<typeof InitiativeStatusSchema>;
export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = {
  submitted: 'Ontvangen',
  intake: 'Kennismakingsgesprek',
  advice: 'Advies en uitwerking',
  decision: 'Besluit in voorbereiding',
  approved: 'Toegekend',
  rejected: 'Niet toegekend',
  running: 'In uitvoering',
  completed: 'Afgerond',
  withdrawn: 'Ingetrokken',
};

export const DECISIONS = ['approved', 'partly_approved', 'rejected'] as const;
export const DecisionSchema = z.enum(DECISIONS);
export const DECISION_LABELS: Record<(typeof DECISIONS)[number], string> = {
  approved: 'Toegekend',
  partly_approved: 'Gedeeltelijk toegekend',
  rejected: 'Niet toegekend',
};

const ContactSchema = z
  .object({
    name: text(120).optional(),
    email: EmailSchema.optional(),
    phone: PhoneSchema.optional(),
    consent: z.literal(true, { message: 'Geef toestemming om uw gegevens te bewaren; zonder kunnen wij geen contact met u opnemen.' }),
  })
  .strict()
  .refine((c) => Boolean(c.email || c.phone), { message: 'Laat een e-mailadres of telefoonnummer achter, zodat de wijkverbinder contact kan opnemen.', path: ['email'] });

export const PublicInitiativeInputSchema = z
  .object({
    municipality: MunicipalityCodeSchema,
    areaId: IdSchema.optional().describe('Het gebied waar het initiatief speelt'),
    title: z.string().trim().min(3, 'Geef uw idee een titel van minstens 3 tekens.').max(200),
    description: z.string().trim().min(10, 'Beschrijf uw idee in minstens 10 tekens.').max(5000, 'Houd het korter dan 5000 tekens.'),
    initiatorGroup: text(200).optional().describe('Namens wie: een bewonersgroep, vereniging, straat'),
    helpWanted: text(2000).default('').describe('Wat u van de gemeente vraagt: geld, advies, contacten, vergunning'),
    amountRequestedCents: CentsSchema.optional(),
    contact: ContactSchema,
  })
  .strict();
export type PublicInitiativeInput = z.infer<typeof PublicInitiativeInputSchema>;

export const InitiativeCreatedSchema = z.object({ id: z.string(), reference: z.string(), trackingToken: z.string(), trackingUrl: z.string() });

/** The connector's guided steps: each records its part and may move the status on. */
export const IntakeSchema = z
  .object({ intakeNotes: z.string().trim().min(3).max(10000), connectorId: IdSchema.optional(), publicMessage: text(3000).optional() })
  .strict();
export const AdviceSchema = z
  .object({
    advice: z.string().trim().min(3).max(10000),
    budgetId: IdSchema.nullable().default(null),
    amountRequestedCents: CentsSchema.nullable().optional(),
    publicMessage: text(3000).optional(),
  })
  .strict();
export const DecisionInputSchema = z
  .object({
    decision: DecisionSchema,
    reason: z.string().trim().min(3, 'Geef een reden voor het besluit.').max(5000),
    amountGrantedCents: CentsSchema.nullable().default(null),
    decidedOn: DateSchema.optional(),
    publicMessage: text(3000).optional(),
  })
  .strict()
  .refine((d) => d.decision === 'rejected' || d.amountGrantedCents !== null, { message: 'Vul het toegekende bedrag in (0 als er geen geld nodig is).', path: ['amountGrantedCents'] });
export const FollowUpSchema = z
  .object({
    followUp: z.string().trim().min(3).max(10000),
    status: z.enum(['running', 'completed', 'withdrawn']).optional(),
    publicMessage: text(3000).optional(),
  })
  .strict();
export const InitiativeMessageSchema = z.object({ text: z.string().trim().min(3).max(3000) }).strict();
export const InitiativePublicationSchema = z
  .object({ isPublic: z.boolean(), publicSummary: text(2000).default('') })
  .strict()
  .refine((p) => !p.isPublic || p.publicSummary.length >= 10, { message: 'Schrijf een korte publieke samenvatting (minstens 10 tekens).', path: ['publicSummary'] });
export const ToProjectSchema = z
  .object({ programmeId: IdSchema, participationPlanned: z.enum(['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen']).default('coproduceren') })
  .strict();

export const StaffInitiativeInputSchema = PublicInitiativeInputSchema.omit({ municipality: true, contact: true })
  .extend({ contact: ContactSchema.optional(), receivedOn: DateSchema.optional() })
  .strict();

export const InitiativeListItemSchema = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  area: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: InitiativeStatusSchema,
  statusLabel: z.string(),
  receivedOn: z.string(),
  connector: z.object({ id: z.string(), name: z.string() }).nullable(),
  amountRequestedCents: z.number().nullable(),
  amountGrantedCents: z.number().nullable(),
  projectId: z.string().nullable(),
});
export type InitiativeListItem = z.infer<typeof InitiativeListItemSchema>;

export const InitiativeSchema = InitiativeListItemSchema.extend({
  description: z.string(),
  initiatorGroup: z.string().nullable(),
  helpWanted: z.string(),
  intakeAt: z.string().nullable(),
  intakeNotes: z.string(),
  advice: z.string(),
  budget: z.object({ id: z.string(), name: z.string(), year: z.number(), remainingCents: z.number() }).nullable(),
  decision: DecisionSchema.nullable(),
  decisionReason: z.string().nullable(),
  decidedOn: z.string().nullable(),
  followUp: z.string(),
  isPublic: z.boolean(),
  publicSummary: z.string(),
  contact: z
    .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), erased: z.boolean() })
    .nullable()
    .describe('Alleen voor de wijkverbinder van het gebied en de coördinator; elke inzage komt in het auditlog'),
  events: z.array(z.object({ at: z.string(), type: z.string(), actor: z.string().nullable(), toStatus: z.string().nullable(), note: z.string().nullable(), publicMessage: z.string().nullable() })),
});
export type Initiative = z.infer<typeof InitiativeSchema>;

export const InitiativeListQuerySchema = z
  .object({ areaId: IdSchema.optional(), status: z.enum([...INITIATIVE_STATUSES, 'open']).optional() })
  .strict();

export const InitiativeTrackingSchema = z.object({
  reference: z.string(),
  title: z.string(),
  status: InitiativeStatusSchema,
  statusLabel: z.string(),
  receivedOn: z.string(),
  area: z.string().nullable(),
  municipality: z.string(),
  decision: DecisionSchema.nullable(),
  amountGrantedCents: z.number().nullable(),
  steps: z.array(z.object({ status: InitiativeStatusSchema, label: z.string(), state: z.enum(['done', 'current', 'todo']) })),
  messages: z.array(z.object({ at: z.string(), text: z.string() })),
});
export type InitiativeTracking = z.infer<typeof InitiativeTrackingSchema>;

export const PublicInitiativeSchema = z.object({
  reference: z.string(),
  title: z.string(),
  summary: z.string(),
  status: InitiativeStatusSchema,
  statusLabel: z.string(),
});

// Budgets (leefbaarheidsbudget, subsidies)

export const BudgetInputSchema = z
  .object({
    name: z.string().trim().min(3).max(200),
    description: text(2000).default(''),
    year: z.number().int().min(2000).max(2100),
    areaId: IdSchema.nullable().default(null).describe('Alleen voor dit gebied; zonder: voor de hele gemeente'),
    totalCents: CentsSchema,
    maxPerInitiativeCents: CentsSchema.nullable().default(null),
  })
  .strict();
export const BudgetSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  year: z.number(),
  area: z.object({ id: z.string(), name: z.string() }).nullable(),
  totalCents: z.number(),
  maxPerInitiativeCents: z.number().nullable(),
  grantedCents: z.number(),
  remainingCents: z.number(),
  initiatives: z.number(),
});
export type Budget = z.infer<typeof BudgetSchema>;
