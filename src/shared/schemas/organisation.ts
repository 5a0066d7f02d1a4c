import { z } from 'zod';
import { EmailSchema, HttpUrlSchema, IdSchema, PhoneSchema, nameText } from './common.js';

// The partner network of an area: organisations, their contact persons, agreements, board status and,
// for subsidised institutions, the area's wishes for their product agreements.

export const ORGANISATION_TYPES = [
  'housing_corporation',
  'welfare',
  'wijkraad',
  'dorpsraad',
  'buurtpreventieteam',
  'association',
  'school',
  'church',
  'business',
  'other',
] as const;
export const OrganisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;
export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  housing_corporation: 'Woningcorporatie',
  welfare: 'Welzijnsorganisatie',
  wijkraad: 'Wijkraad of wijkcommissie',
  dorpsraad: 'Dorpsraad',
  buurtpreventieteam: 'Buurtpreventieteam',
  association: 'Vereniging of stichting',
  school: 'School',
  church: 'Kerk of levensbeschouwelijke organisatie',
  business: 'Ondernemer of bedrijf',
  other: 'Anders',
};

export const SECTORS = ['professional', 'volunteer'] as const;
export const SectorSchema = z.enum(SECTORS);
export const SECTOR_LABELS = { professional: 'Professioneel', volunteer: 'Vrijwilligers' } as const;

/** The grounds of AVG art. 6 a municipality can rely on for contact persons (not "legitimate interest": art. 6(1) last sentence). */
export const LEGAL_BASES = ['consent', 'public_task', 'contract', 'legal_obligation'] as const;
export const LegalBasisSchema = z.enum(LEGAL_BASES);
export type LegalBasis = z.infer<typeof LegalBasisSchema>;
export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  consent: 'Toestemming van de persoon (AVG art. 6 lid 1a)',
  public_task: 'Publieke taak van de gemeente (AVG art. 6 lid 1e)',
  contract: 'Overeenkomst, bijvoorbeeld subsidie (AVG art. 6 lid 1b)',
  legal_obligation: 'Wettelijke plicht (AVG art. 6 lid 1c)',
};

export const BOARD_STATUSES = ['complete', 'vacancies', 'stopped'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];
export const BOARD_STATUS_LABELS: Record<BoardStatus, string> = {
  complete: 'Bestuur voltallig',
  vacancies: 'Vacatures in het bestuur',
  stopped: 'Gestopt',
};

export const AGREEMENT_STATUSES = ['draft', 'active', 'ended'] as const;
export const AgreementStatusSchema = z.enum(AGREEMENT_STATUSES);
export const AGREEMENT_STATUS_LABELS = { draft: 'In voorbereiding', active: 'Lopend', ended: 'Afgelopen' } as const;

export const WISH_STATUSES = ['collected', 'proposed', 'included', 'rejected', 'done'] as const;
export const WishStatusSchema = z.enum(WISH_STATUSES);
export type WishStatus = z.infer<typeof WishStatusSchema>;
export const WISH_STATUS_LABELS: Record<WishStatus, string> = {
  collected: 'Opgehaald in de wijk',
  proposed: 'Ingebracht bij de instelling',
  included: 'Opgenomen in de productafspraken',
  rejected: 'Niet opgenomen',
  done: 'Uitgevoerd',
};

const DateSchema = z.iso.date({ message: 'Geen geldige datum (jjjj-mm-dd).' });
const optionalText = (max: number) => z.string().trim().max(max).default('');
const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;

export const OrganisationInputSchema = z
  .object({
    name: nameText(160),
    type: OrganisationTypeSchema,
    sector: SectorSchema,
    description: optionalText(4000),
    email: EmailSchema.nullable().default(null).describe('Algemeen adres van de organisatie, geen persoonsgegeven'),
    phone: PhoneSchema.nullable().default(null),
    website: HttpUrlSchema.nullable().default(null),
    areaIds: z.array(IdSchema).max(100).default([]).refine(uniqueIds, 'Een gebied staat er dubbel in.'),
    isSubsidised: z.boolean().default(false),
    accountManagerId: IdSchema.nullable().default(null),
    relationHolderId: IdSchema.nullable().default(null),
    boardSeats: z.number().int().min(0).max(99).nullable().default(null),
    boardVacancies: z.number().int().min(0).max(99).nullable().default(null),
    boardStoppedOn: DateSchema.nullable().default(null),
    fallbackAdviserId: IdSchema.nullable().default(null),
    fallbackCommunityWorkerId: IdSchema.nullable().default(null).describe('De opbouwwerker (een contactpersoon) die taken overneemt'),
    fallbackTasks: z.string().trim().max(4000).nullable().default(null),
  })
  .strict()
  .refine((o) => o.boardVacancies === null || o.boardSeats === null || o.boardVacancies <= o.boardSeats, {
    message: 'Er zijn niet meer vacatures dan zetels.',
    path: ['boardVacancies'],
  });
export type OrganisationInput = z.infer<typeof OrganisationInputSchema>;

// Partial: every field optional, without the defaults (a PATCH changes only what it sends).
export const OrganisationUpdateSchema = z
  .object({
    name: nameText(160),
    type: OrganisationTypeSchema,
    sector: SectorSchema,
    description: z.string().trim().max(4000),
    email: EmailSchema.nullable(),
    phone: PhoneSchema.nullable(),
    website: HttpUrlSchema.nullable(),
    areaIds: z.array(IdSchema).max(100).refine(uniqueIds, 'Een gebied staat er dubbel in.'),
    isSubsidised: z.boolean(),
    accountManagerId: IdSchema.nullable(),
    relationHolderId: IdSchema.nullable(),
    boardSeats: z.number().int().min(0).max(99).nullable(),
    boardVacancies: z.number().int().min(0).max(99).nullable(),
    boardStoppedOn: DateSchema.nullable(),
    fallbackAdviserId: IdSchema.nullable(),
    fallbackCommunityWorkerId: IdSchema.nullable(),
    fallbackTasks: z.string().trim().max(4000).nullable(),
  })
  .partial()
  .strict();
export type OrganisationUpdate = z.infer<typeof OrganisationUpdateSchema>;
/** What a partner may keep current of its own organisation. */
export const PARTNER_EDITABLE_FIELDS = ['description', 'email', 'phone', 'website', 'boardSeats', 'boardVacancies'] as const;

const Named = z.object({ id: IdSchema, name: z.string() });

export const ContactSchema = z.object({
  id: IdSchema,
  organisation: Named.nullable(),
  name: z.string(),
  role: z.string(),
  email: z.string().nullable().describe('Alleen voor medewerkers van de gemeente'),
  phone: z.string().nullable().describe('Alleen voor medewerkers van de gemeente'),
  legalBasis: LegalBasisSchema.nullable(),
  legalBasisNote: z.string().nullable(),
  relationHolder: Named.nullable(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const ContactInputSchema = z
  .object({
    name: nameText(120),
    role: optionalText(120).describe('Functie of rol bij de organisatie, bijvoorbeeld "voorzitter"'),
    email: EmailSchema.nullable().default(null),
    phone: PhoneSchema.nullable().default(null),
    legalBasis: LegalBasisSchema,
    legalBasisNote: optionalText(1000),
    relationHolderId: IdSchema.nullable().default(null),
  })
  .strict();
export type ContactInput = z.infer<typeof ContactInputSchema>;
export const ContactUpdateSchema = z
  .object({
    name: nameText(120),
    role: z.string().trim().max(120),
    email: EmailSchema.nullable(),
    phone: PhoneSchema.nullable(),
    legalBasis: LegalBasisSchema,
    legalBasisNote: z.string().trim().max(1000),
    relationHolderId: IdSchema.nullable(),
  })
  .partial()
  .strict();
export type ContactUpdate = z.infer<typeof ContactUpdateSchema>;

/** A contact person as a picker shows it: no e-mail, phone or legal basis (AVG: only what choosing needs). */
export const ContactChoiceSchema = z.object({
  id: IdSchema,
  name: z.string(),
  role: z.string(),
  organisationName: z.string().nullable(),
});
export type ContactChoice = z.infer<typeof ContactChoiceSchema>;

const commaSeparatedIds = z
  .string()
  .max(20 * 37)
  .transform((text) => text.split(',').map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(IdSchema).min(1).max(20));

export const ContactPickerQuerySchema = z
  .object({
    organisationIds: commaSeparatedIds.optional().describe('Komma-gescheiden: de contactpersonen van deze organisaties'),
    q: z.string().trim().min(2, 'Typ minstens 2 tekens.').max(100).optional().describe('Zoeken op naam (van de persoon of de organisatie) in de hele gemeente'),
  })
  .strict()
  .refine((query) => query.organisationIds !== undefined || query.q !== undefined, {
    message: 'Kies een organisatie of zoek op naam.',
    path: ['q'],
  });
export type ContactPickerQuery = z.infer<typeof ContactPickerQuerySchema>;

export const AgreementSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  area: Named.nullable(),
  title: z.string(),
  description: z.string(),
  status: AgreementStatusSchema,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});
export type Agreement = z.infer<typeof AgreementSchema>;
export const AgreementInputSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    description: optionalText(4000),
    areaId: IdSchema.nullable().default(null),
    status: AgreementStatusSchema.default('active'),
    startsOn: DateSchema.optional(),
    endsOn: DateSchema.nullable().default(null),
  })
  .strict()
  .refine((a) => !a.endsOn || !a.startsOn || a.endsOn >= a.startsOn, { message: 'De einddatum ligt voor de begindatum.', path: ['endsOn'] });
export type AgreementInput = z.infer<typeof AgreementInputSchema>;
export const AgreementUpdateSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(4000),
    areaId: IdSchema.nullable(),
    status: AgreementStatusSchema,
    startsOn: DateSchema,
    endsOn: DateSchema.nullable(),
  })
  .partial()
  .strict();
export type AgreementUpdate = z.infer<typeof AgreementUpdateSchema>;

export const ProductWishSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  area: Named,
  year: z.number(),
  wish: z.string(),
  status: WishStatusSchema,
  statusNote: z.string(),
  updatedAt: z.string(),
});
export type ProductWish = z.infer<typeof ProductWishSchema>;
export const ProductWishInputSchema = z
  .object({
    areaId: IdSchema,
    year: z.number().int().min(2000).max(2100),
    wish: z.string().trim().min(3, 'Beschrijf de wens in minstens 3 tekens.').max(2000),
    status: WishStatusSchema.default('collected'),
    statusNote: optionalText(2000),
  })
  .strict();
export type ProductWishInput = z.infer<typeof ProductWishInputSchema>;
export const ProductWishUpdateSchema = z
  .object({ wish: z.string().trim().min(3).max(2000), status: WishStatusSchema, statusNote: z.string().trim().max(2000) })
  .partial()
  .strict();
export type ProductWishUpdate = z.infer<typeof ProductWishUpdateSchema>;

export const BoardSchema = z.object({
  status: z.enum(BOARD_STATUSES).nullable(),
  seats: z.number().nullable(),
  vacancies: z.number().nullable(),
  stoppedOn: z.string().nullable(),
  fallback: z
    .object({
      adviser: Named.nullable().describe('Wijkadviseur'),
      communityWorker: Named.extend({ organisation: z.string().nullable() }).nullable().describe('Opbouwwerker'),
      tasks: z.string(),
    })
    .nullable()
    .describe('Wie de overkoepelende taken overnemen nu het bestuur gestopt is'),
});
export type Board = z.infer<typeof BoardSchema>;

export const OrganisationSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  type: OrganisationTypeSchema,
  sector: SectorSchema,
  areas: z.array(Named),
  isSubsidised: z.boolean(),
  board: BoardSchema,
  relationHolder: Named.nullable(),
  contactCount: z.number(),
});
export type OrganisationSummary = z.infer<typeof OrganisationSummarySchema>;

export const OrganisationSchema = OrganisationSummarySchema.extend({
  description: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  accountManager: Named.extend({ email: z.string().nullable() }).nullable(),
  contacts: z.array(ContactSchema).describe('Persoonsgegevens (e-mail, telefoon) alleen voor medewerkers van de gemeente'),
  agreements: z.array(AgreementSchema),
  wishes: z.array(ProductWishSchema),
  partnerUsers: z.array(Named).nullable().describe('Partneraccounts van deze organisatie (alleen voor medewerkers)'),
  canEdit: z.boolean(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationListQuerySchema = z
  .object({
    areaId: IdSchema.optional(),
    type: OrganisationTypeSchema.optional(),
    sector: SectorSchema.optional(),
    q: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
export type OrganisationListQuery = z.infer<typeof OrganisationListQuerySchema>;

export const PartnerUsersInputSchema = z
  .object({ userIds: z.array(IdSchema).max(50).refine(uniqueIds, 'Een account staat er dubbel in.') })
  .strict();
