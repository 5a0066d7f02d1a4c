import { z } from 'zod';

// Validation messages in Dutch, in the server and in the browser alike.
z.config(z.locales.nl());

export const MunicipalityCodeSchema = z
  .string()
  .regex(/^GM[0-9]{4}$/, 'Een gemeentecode is GM gevolgd door vier cijfers, bijvoorbeeld GM0748.')
  .describe('CBS-gemeentecode, bijvoorbeeld GM0748');
// After the municipality's four digits, CBS uses digits or capitals (Amsterdam: WK0363AA, BU0363AA01).
export const DistrictCodeSchema = z
  .string()
  .regex(/^WK[0-9]{4}[0-9A-Z]{2}$/, 'Een wijkcode is WK, vier cijfers van de gemeente en twee tekens.');
export const NeighbourhoodCodeSchema = z
  .string()
  .regex(/^BU[0-9]{4}[0-9A-Z]{4}$/, 'Een buurtcode is BU, vier cijfers van de gemeente en vier tekens.');
export const RegionCodeSchema = z
  .string()
  .regex(/^(WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$/, 'Een CBS-code is WKxxxxxx (wijk) of BUxxxxxxxx (buurt).');

export const IsoDateSchema = z.iso.date({ message: 'Geen geldige datum (jjjj-mm-dd).' });
export const IdSchema = z.uuid({ message: 'Geen geldig id.' });
export const IdParamsSchema = z.object({ id: IdSchema });

export const ROLES = ['administrator', 'coordinator', 'connector', 'specialist', 'alderman', 'partner'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Beheerder',
  coordinator: 'Coördinator',
  connector: 'Wijkverbinder',
  specialist: 'Specialist',
  alderman: 'Wijkwethouder',
  partner: 'Partner',
};

export const ErrorSchema = z
  .object({
    code: z.string().describe('Stabiele foutcode, bijvoorbeeld validation_failed of not_found'),
    message: z.string().describe('Leesbare uitleg'),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .describe('Fout');
export type ApiError = z.infer<typeof ErrorSchema>;

export const OkSchema = z.object({ ok: z.literal(true) });

/** A trimmed, non-empty single-line text. */
export const nameText = (max = 120) => z.string().trim().min(1).max(max);
export const EmailSchema = z.string().trim().toLowerCase().pipe(z.email({ message: 'Geen geldig e-mailadres.' }));
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, 'Geen geldig telefoonnummer.');
export const HttpUrlSchema = z.url({ protocol: /^https?$/, message: 'Geen geldige http(s)-URL.' });
