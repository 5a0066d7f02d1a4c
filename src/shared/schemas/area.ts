import { z } from 'zod';
import { EmailSchema, IdSchema, MunicipalityCodeSchema, PhoneSchema, RegionCodeSchema, nameText } from './common.js';

export const AREA_KINDS = ['wijk', 'kern'] as const;
export const AreaKindSchema = z.enum(AREA_KINDS);
export const AREA_PERSON_ROLES = ['connector', 'alderman', 'adviser'] as const;
export const AreaPersonRoleSchema = z.enum(AREA_PERSON_ROLES);
export const AREA_PERSON_ROLE_LABELS = { connector: 'Wijkverbinder', alderman: 'Wijkwethouder', adviser: 'Wijkadviseur' };

export const AreaPersonSchema = z.object({
  userId: IdSchema,
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  role: AreaPersonRoleSchema,
  hoursPerWeek: z.number().nullable(),
});
export type AreaPerson = z.infer<typeof AreaPersonSchema>;

export const AreaSchema = z.object({
  id: IdSchema,
  municipalityCode: MunicipalityCodeSchema,
  name: z.string(),
  kind: AreaKindSchema,
  description: z.string(),
  publicEmail: z.string().nullable(),
  publicPhone: z.string().nullable(),
  regionCodes: z.array(RegionCodeSchema),
  people: z.array(AreaPersonSchema),
  isMine: z.boolean().describe('De aangemelde gebruiker werkt voor dit gebied'),
});
export type Area = z.infer<typeof AreaSchema>;

const RegionCodesSchema = z
  .array(RegionCodeSchema)
  .min(1, 'Kies minstens één buurt.')
  .max(500)
  .refine((codes) => new Set(codes).size === codes.length, 'Een buurt staat er dubbel in.');

// Without defaults: zod's .partial() keeps a field's default, and an update must leave unsent fields alone.
const AreaFieldsSchema = z.object({
  name: nameText(120),
  kind: AreaKindSchema,
  description: z.string().trim().max(2000),
  publicEmail: EmailSchema.nullable(),
  publicPhone: PhoneSchema.nullable(),
  regionCodes: RegionCodesSchema,
});

export const AreaInputSchema = AreaFieldsSchema.extend({
  kind: AreaKindSchema.default('wijk'),
  description: z.string().trim().max(2000).default(''),
  publicEmail: EmailSchema.nullable().default(null),
  publicPhone: PhoneSchema.nullable().default(null),
}).strict();
export type AreaInput = z.infer<typeof AreaInputSchema>;
export const AreaUpdateSchema = AreaFieldsSchema.partial().strict();
export type AreaUpdate = z.infer<typeof AreaUpdateSchema>;

export const AreaPeopleInputSchema = z
  .object({
    people: z
      .array(
        z.object({
          userId: IdSchema,
          role: AreaPersonRoleSchema,
          hoursPerWeek: z.number().min(0).max(40).nullable().default(null),
        }),
      )
      .max(30),
  })
  .strict();
export type AreaPeopleInput = z.infer<typeof AreaPeopleInputSchema>;
