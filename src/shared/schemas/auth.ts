import { z } from 'zod';
import { IdSchema, MunicipalityCodeSchema, RoleSchema } from './common.js';

export const LoginSchema = z
  .object({
    email: z.string().trim().toLowerCase().min(3).max(200),
    password: z.string().min(1).max(200),
  })
  .strict();
export type Login = z.infer<typeof LoginSchema>;

export const MeSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  municipalityCode: MunicipalityCodeSchema,
  csrfToken: z.string().describe('Stuur mee als x-csrf-token bij elke wijziging'),
});
export type Me = z.infer<typeof MeSchema>;

export const CsrfSchema = z.object({ token: z.string() });
