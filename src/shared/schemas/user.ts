import { z } from 'zod';
import { EmailSchema, IdSchema, MunicipalityCodeSchema, PhoneSchema, RoleSchema, nameText } from './common.js';

export const UserSchema = z.object({
  id: IdSchema,
  municipalityCode: MunicipalityCodeSchema,
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  phone: z.string().nullable(),
  department: z.string().nullable(),
  jobTitle: z.string().nullable(),
  expertise: z.array(z.string()),
  isActive: z.boolean(),
  organisation: z
    .object({ id: IdSchema, name: z.string() })
    .nullable()
    .describe('Alleen bij een partneraccount: de organisatie waarvan het de gegevens ziet (en alleen die)'),
});
export type User = z.infer<typeof UserSchema>;

const PasswordSchema = z.string().min(10, 'Een wachtwoord heeft minstens 10 tekens.').max(200);

// Without defaults: zod's .partial() keeps a field's default, and an update must leave unsent fields alone.
const UserFieldsSchema = z.object({
  email: EmailSchema,
  name: nameText(120),
  roles: z.array(RoleSchema).min(1, 'Kies minstens één rol.'),
  phone: PhoneSchema.nullable(),
  department: z.string().trim().max(120).nullable(),
  jobTitle: z.string().trim().max(120).nullable(),
  expertise: z.array(nameText(80)).max(20),
  password: PasswordSchema,
  organisationId: IdSchema.nullable().describe('Alleen voor een account met de rol partner: een organisatie van dezelfde gemeente'),
});

export const UserInputSchema = UserFieldsSchema.extend({
  phone: PhoneSchema.nullable().default(null),
  department: z.string().trim().max(120).nullable().default(null),
  jobTitle: z.string().trim().max(120).nullable().default(null),
  expertise: z.array(nameText(80)).max(20).default([]),
  password: PasswordSchema.optional(),
  organisationId: IdSchema.nullable().default(null),
}).strict();
export type UserInput = z.infer<typeof UserInputSchema>;

export const UserUpdateSchema = UserFieldsSchema.omit({ email: true })
  .extend({ isActive: z.boolean() })
  .partial()
  .strict();
export type UserUpdate = z.infer<typeof UserUpdateSchema>;
