import { z } from 'zod';
import { IdSchema } from './common.js';

// The area programme (wijkontwikkelingsprogramma, WOP), its projects and participation levels, and the
// method templates (handbook steps, conversation formats, participation framework) municipalities share.

export const DateSchema = z.iso.date({ message: 'Een datum is JJJJ-MM-DD.' });
const text = (max: number) => z.string().trim().max(max);
const title = (max = 200) => z.string().trim().min(3, 'Minstens 3 tekens.').max(max);
export const CentsSchema = z.number().int().min(0).max(100_000_000_00).describe('Bedrag in eurocent');

/** Afwegingskader participatie: the five rungs, from least to most say for the area. */
export const PARTICIPATION_LEVELS = ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen'] as const;
export const ParticipationLevelSchema = z.enum(PARTICIPATION_LEVELS);
export type ParticipationLevel = z.infer<typeof ParticipationLevelSchema>;
export const PARTICIPATION_LABELS: Record<ParticipationLevel, string> = {
  informeren: 'Informeren',
  raadplegen: 'Raadplegen',
  adviseren: 'Adviseren',
  coproduceren: 'Coproduceren',
  meebeslissen: 'Meebeslissen',
};

export const PROGRAMME_STATUSES = ['draft', 'adopted', 'running', 'closed'] as const;
export const ProgrammeStatusSchema = z.enum(PROGRAMME_STATUSES);
export const PROGRAMME_STATUS_LABELS: Record<(typeof PROGRAMME_STATUSES)[number], string> = {
  draft: 'In voorbereiding',
  adopted: 'Vastgesteld',
  running: 'In uitvoering',
  closed: 'Afgerond',
};

export const PROJECT_STATUSES = ['idea', 'planned', 'running', 'on_hold', 'done', 'cancelled'] as const;
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES);
export const PROJECT_STATUS_LABELS: Record<(typeof PROJECT_STATUSES)[number], string> = {
  idea: 'Idee',
  planned: 'Gepland',
  running: 'In uitvoering',
  on_hold: 'Gepauzeerd',
  done: 'Gereed',
  cancelled: 'Vervallen',
};

export const CARRIERS = ['municipality', 'partner', 'together'] as const;
export const CarriedBySchema = z.enum(CARRIERS);
export const CARRIED_BY_LABELS: Record<(typeof CARRIERS)[number], string> = {
  municipality: 'Gemeente',
  partner: 'Partner(s)',
  together: 'Gemeente en partners samen',
};

// Programme

export const ProgrammeInputSchema = z
  .object({
    areaId: IdSchema,
    title: title(),
    periodStart: DateSchema,
    periodEnd: DateSchema,
    summary: text(5000).default(''),
    internalNotes: text(5000).default(''),
    handbookTemplateId: IdSchema.optional().describe('Welk stappenplan; zonder: het standaard-stappenplan van de gemeente'),
  })
  .strict()
  .refine((input) => input.periodEnd > input.periodStart, { message: 'Het einde van de periode ligt na het begin.', path: ['periodEnd'] });
export type ProgrammeInput = z.infer<typeof ProgrammeInputSchema>;

export const ProgrammeUpdateSchema = z
  .object({
    title: title().optional(),
    periodStart: DateSchema.optional(),
    periodEnd: DateSchema.optional(),
    status: ProgrammeStatusSchema.optional(),
    summary: text(5000).optional(),
    internalNotes: text(5000).optional(),
    realisedSummary: text(10000).optional().describe('Wat is gerealiseerd aan het eind van de periode'),
  })
  .strict();
export type ProgrammeUpdate = z.infer<typeof ProgrammeUpdateSchema>;

export const GoalInputSchema = z
  .object({ title: title(300), description: text(3000).default(''), result: text(3000).default('') })
  .strict();
export const GoalUpdateSchema = z
  .object({ title: title(300).optional(), description: text(3000).optional(), result: text(3000).optional() })
  .strict();

export const StepUpdateSchema = z.object({ isDone: z.boolean(), note: text(2000).optional() }).strict();

export const MilestoneInputSchema = z
  .object({ title: z.string().trim().min(1).max(200), dueOn: DateSchema.nullable().default(null), percentDone: z.number().int().min(0).max(100).default(0) })
  .strict();

export const ProjectInputSchema = z
  .object({
    title: title(),
    description: text(5000).default(''),
    internalNotes: text(5000).default(''),
    goalId: IdSchema.nullable().default(null),
    carriedBy: CarriedBySchema.default('municipality'),
    ownerUserId: IdSchema.nullable().default(null).describe('Trekker bij de gemeente'),
    ownerName: text(200).nullable().default(null).describe('Trekker buiten de gemeente, bijvoorbeeld Stadlander'),
    partners: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
    budgetCents: CentsSchema.nullable().default(null),
    startOn: DateSchema.nullable().default(null),
    endOn: DateSchema.nullable().default(null),
    status: ProjectStatusSchema.default('planned'),
    participationPlanned: ParticipationLevelSchema.default('informeren'),
    participationRealised: ParticipationLevelSchema.nullable().default(null),
    participationSpecialistId: IdSchema.nullable().default(null).describe('De vakspecialist die verantwoordelijk is voor de participatie'),
    participationNote: text(3000).default(''),
    result: text(5000).default(''),
    isPublic: z.boolean().default(true),
    milestones: z.array(MilestoneInputSchema).max(30).default([]),
  })
  .strict()
  .refine((p) => !p.startOn || !p.endOn || p.endOn >= p.startOn, { message: 'De einddatum ligt niet vóór de begindatum.', path: ['endOn'] });
export type ProjectInput = z.infer<typeof ProjectInputSchema>;

export const ProjectUpdateSchema = z
  .object({
    title: title().optional(),
    description: text(5000).optional(),
    internalNotes: text(5000).optional(),
    goalId: IdSchema.nullable().optional(),
    carriedBy: CarriedBySchema.optional(),
    ownerUserId: IdSchema.nullable().optional(),
    ownerName: text(200).nullable().optional(),
    partners: z.array(z.string().trim().min(1).max(120)).max(20).optional(),
    budgetCents: CentsSchema.nullable().optional(),
    startOn: DateSchema.nullable().optional(),
    endOn: DateSchema.nullable().optional(),
    status: ProjectStatusSchema.optional(),
    participationPlanned: ParticipationLevelSchema.optional(),
    participationRealised: ParticipationLevelSchema.nullable().optional(),
    participationSpecialistId: IdSchema.nullable().optional(),
    participationNote: text(3000).optional(),
    result: text(5000).optional(),
    isPublic: z.boolean().optional(),
    milestones: z.array(MilestoneInputSchema).max(30).optional().describe('Vervangt alle mijlpalen'),
  })
  .strict();
export type ProjectUpdate = z.infer<typeof ProjectUpdateSchema>;

const PersonRefSchema = z.object({ id: z.string(), name: z.string() });

export const MilestoneSchema = z.object({ id: z.string(), title: z.string(), dueOn: z.string().nullable(), percentDone: z.number() });

export const ProjectSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  areaId: z.string(),
  title: z.string(),
  description: z.string(),
  internalNotes: z.string().optional().describe('Alleen voor medewerkers van de gemeente'),
  goalId: z.string().nullable(),
  carriedBy: CarriedBySchema,
  owner: PersonRefSchema.nullable(),
  ownerName: z.string().nullable(),
  partners: z.array(z.string()),
  budgetCents: z.number().nullable(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  status: ProjectStatusSchema,
  percentDone: z.number().describe('Gemiddelde voortgang van de mijlpalen'),
  participationPlanned: ParticipationLevelSchema,
  participationRealised: ParticipationLevelSchema.nullable(),
  participationSpecialist: PersonRefSchema.nullable(),
  participationNote: z.string(),
  initiativeId: z.string().nullable(),
  result: z.string(),
  isPublic: z.boolean(),
  milestones: z.array(MilestoneSchema),
});
export type Project = z.infer<typeof ProjectSchema>;

export const GoalSchema = z.object({ id: z.string(), title: z.string(), description: z.string(), result: z.string() });
export const StepSchema = z.object({
  id: z.string(),
  position: z.number(),
  title: z.string(),
  description: z.string(),
  isDone: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  note: z.string(),
});

export const ProgrammeSummarySchema = z.object({
  id: z.string(),
  area: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: ProgrammeStatusSchema,
  projectCount: z.number(),
  stepsDone: z.number(),
  stepsTotal: z.number(),
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummarySchema>;

export const ProgrammeSchema = ProgrammeSummarySchema.extend({
  summary: z.string(),
  internalNotes: z.string().optional(),
  realisedSummary: z.string(),
  handbook: z.object({ id: z.string(), name: z.string() }).nullable(),
  goals: z.array(GoalSchema),
  steps: z.array(StepSchema),
  projects: z.array(ProjectSchema),
  budgetCents: z.number().describe('Som van de projectbudgetten'),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

export const ProgrammeListQuerySchema = z.object({ areaId: IdSchema.optional() }).strict();

/** One row of the participation overview: a project whose realised level differs from the plan (or is unknown). */
export const ParticipationDeviationSchema = z.object({
  projectId: z.string(),
  projectTitle: z.string(),
  programmeId: z.string(),
  area: z.object({ id: z.string(), name: z.string() }),
  status: ProjectStatusSchema,
  planned: ParticipationLevelSchema,
  realised: ParticipationLevelSchema.nullable(),
  direction: z.enum(['lower', 'higher', 'unknown']).describe('lower: minder inspraak dan gepland; unknown: project klaar maar niet vastgelegd'),
  specialist: PersonRefSchema.nullable(),
  note: z.string(),
});
export type ParticipationDeviation = z.infer<typeof ParticipationDeviationSchema>;

// Public view (the area's public page): no internal notes, no names of colleagues.

export const PublicProgrammeSchema = z.object({
  id: z.string(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: ProgrammeStatusSchema,
  summary: z.string(),
  realisedSummary: z.string(),
  goals: z.array(GoalSchema),
  projects: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      carriedBy: CarriedBySchema,
      partners: z.array(z.string()),
      ownerName: z.string().nullable(),
      startOn: z.string().nullable(),
      endOn: z.string().nullable(),
      status: ProjectStatusSchema,
      percentDone: z.number(),
      participation: ParticipationLevelSchema,
      result: z.string(),
      milestones: z.array(MilestoneSchema),
    }),
  ),
});
export type PublicProgramme = z.infer<typeof PublicProgrammeSchema>;

// Method templates

export const TEMPLATE_KINDS = ['wop_handbook', 'conversation_format', 'participation_framework'] as const;
export const TemplateKindSchema = z.enum(TEMPLATE_KINDS);
export type TemplateKind = z.infer<typeof TemplateKindSchema>;
export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  wop_handbook: 'Stappenplan wijkontwikkelingsprogramma',
  conversation_format: 'Gespreksformat',
  participation_framework: 'Afwegingskader participatie',
};

const StepTemplateSchema = z.object({ title: z.string().trim().min(1).max(300), description: text(2000).default('') }).strict();
const SectionTemplateSchema = z
  .object({ key: z.string().trim().min(1).max(40), title: z.string().trim().min(1).max(200), prompt: text(2000).default('') })
  .strict();

export const HandbookContentSchema = z.object({ steps: z.array(StepTemplateSchema).min(1).max(40) }).strict();
export const ConversationFormatContentSchema = z
  .object({
    meetingKind: z.enum(['leefbaarheidsgesprek', 'wijkoverleg', 'wijkideeteam', 'collegebezoek', 'spreekuur']),
    sections: z.array(SectionTemplateSchema).min(1).max(20),
  })
  .strict();
export const ParticipationFrameworkContentSchema = z
  .object({
    levels: z
      .array(z.object({ level: ParticipationLevelSchema, description: z.string().trim().min(1).max(2000), whenToUse: text(2000).default('') }).strict())
      .length(5),
  })
  .strict();

export const TemplateContentSchema = z.union([HandbookContentSchema, ConversationFormatContentSchema, ParticipationFrameworkContentSchema]);
export type TemplateContent = z.infer<typeof TemplateContentSchema>;

export const TemplateInputSchema = z
  .object({
    kind: TemplateKindSchema,
    name: z.string().trim().min(1).max(200),
    description: text(3000).default(''),
    content: z.record(z.string(), z.unknown()).describe('Stappen, secties of niveaus, naar soort'),
    isDefault: z.boolean().default(false),
  })
  .strict();
export type TemplateInput = z.infer<typeof TemplateInputSchema>;

export const TemplateUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    description: text(3000).optional(),
    content: z.record(z.string(), z.unknown()).optional(),
    isDefault: z.literal(true).optional().describe('Maak dit het standaardsjabloon van deze soort'),
    isPublished: z.boolean().optional().describe('Delen met andere gemeenten (alleen het sjabloon, nooit gegevens)'),
  })
  .strict();

export const TemplateSchema = z.object({
  id: z.string(),
  kind: TemplateKindSchema,
  name: z.string(),
  description: z.string(),
  content: z.record(z.string(), z.unknown()),
  isDefault: z.boolean(),
  isPublished: z.boolean(),
  isBuiltIn: z.boolean().describe('Het ingebouwde sjabloon van Schakel, nog niet aangepast'),
  adoptedFrom: z.object({ id: z.string(), municipality: z.string() }).nullable(),
});
export type Template = z.infer<typeof TemplateSchema>;

export const PublishedTemplateSchema = z.object({
  id: z.string(),
  municipality: z.object({ code: z.string(), name: z.string() }),
  kind: TemplateKindSchema,
  name: z.string(),
  description: z.string(),
  content: z.record(z.string(), z.unknown()),
  publishedAt: z.string(),
});
export type PublishedTemplate = z.infer<typeof PublishedTemplateSchema>;
