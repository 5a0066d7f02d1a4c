import { z } from 'zod';
import { HttpUrlSchema, MunicipalityCodeSchema, nameText } from './common.js';

const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Een kleur is een hexcode als #1d4f91.');

/** NL Design System tokens a municipality may set; each maps to a CSS custom property. */
export const ThemeSchema = z
  .object({
    primaryColor: ColorSchema.optional().describe('Hoofdkleur (knoppen, koppen)'),
    primaryTextColor: ColorSchema.optional().describe('Tekstkleur op de hoofdkleur'),
    linkColor: ColorSchema.optional(),
    headerBackgroundColor: ColorSchema.optional(),
    headerTextColor: ColorSchema.optional(),
    logoUrl: z.union([HttpUrlSchema, z.string().regex(/^\/[^\s]*$/)]).optional().describe('Logo (URL of pad)'),
    fontFamily: z.string().max(200).regex(/^[\w\s,'"-]+$/, 'Alleen lettertypenamen.').optional(),
  })
  .strict();
export type Theme = z.infer<typeof ThemeSchema>;

export const RegularChannelSchema = z.object({
  name: nameText(80).describe('Bijvoorbeeld BuitenBeter'),
  url: HttpUrlSchema,
  description: z.string().trim().max(300).default(''),
});
export type RegularChannel = z.infer<typeof RegularChannelSchema>;

export const PublicMunicipalitySchema = z.object({
  code: MunicipalityCodeSchema,
  name: z.string(),
  connectorTitle: z.string().describe('De titel van de contactpersoon: wijkverbinder, wijkregisseur, wijkmanager, …'),
  theme: ThemeSchema,
  regularChannels: z.array(RegularChannelSchema),
  websiteUrl: z.string().nullable(),
});

export const Open311Schema = z
  .object({
    endpoint: HttpUrlSchema.describe('Basis-URL van de GeoReport v2-API, zonder /requests.json'),
    serviceCode: z.string().trim().min(1).max(100),
    apiKey: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export const MunicipalitySchema = PublicMunicipalitySchema.extend({
  frameworks: z.array(z.string()).describe('Kaders waaraan een signaal wordt getoetst'),
  retentionMonths: z.number().int().describe('Bewaartermijn van persoonsgegevens van melders na afsluiten'),
  open311: z.object({ endpoint: z.string(), serviceCode: z.string(), hasApiKey: z.boolean() }).nullable(),
});
export type Municipality = z.infer<typeof MunicipalitySchema>;

export const MunicipalityUpdateSchema = z
  .object({
    name: nameText(120),
    connectorTitle: nameText(60),
    theme: ThemeSchema,
    regularChannels: z.array(RegularChannelSchema).max(10),
    websiteUrl: HttpUrlSchema.nullable(),
    frameworks: z.array(nameText(80)).min(1).max(20),
    retentionMonths: z.number().int().min(1).max(120),
    open311: Open311Schema.nullable(),
  })
  .partial()
  .strict();
export type MunicipalityUpdate = z.infer<typeof MunicipalityUpdateSchema>;
