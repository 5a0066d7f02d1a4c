import { z } from 'zod';
import { RegularChannelSchema } from './municipality.js';

export const ConnectorCardSchema = z.object({
  areaId: z.string(),
  areaName: z.string(),
  areaKind: z.enum(['wijk', 'kern']),
  municipality: z.object({ code: z.string(), name: z.string() }),
  title: z.string().describe('wijkverbinder, wijkregisseur, wijkmanager, …'),
  connectors: z.array(z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() })),
  email: z.string().nullable().describe('Algemeen e-mailadres van het gebied, of dat van de contactpersoon'),
  phone: z.string().nullable(),
  regularChannels: z.array(RegularChannelSchema).describe('Waar dagelijkse meldingen heen gaan'),
});
export type ConnectorCard = z.infer<typeof ConnectorCardSchema>;

export const LookupQuerySchema = z
  .object({
    lat: z.coerce.number().min(-90).max(90).optional().describe('Breedtegraad (WGS84)'),
    lon: z.coerce.number().min(-180).max(180).optional().describe('Lengtegraad (WGS84)'),
    q: z.string().trim().min(2, 'Typ minstens twee letters.').max(100).optional().describe('Naam van buurt, wijk, kern of gebied'),
    municipality: z.string().regex(/^GM[0-9]{4}$/, 'Een gemeentecode is GM gevolgd door vier cijfers.').optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict()
  .refine((query) => (query.lat !== undefined && query.lon !== undefined) || query.q !== undefined, {
    message: 'Geef een punt (lat en lon) of een zoektekst (q).',
  });
export type LookupQuery = z.infer<typeof LookupQuerySchema>;

const RegionRefSchema = z.object({ code: z.string(), name: z.string() });

export const PointLookupResultSchema = z.object({
  municipality: z.object({ code: z.string(), name: z.string() }),
  neighbourhood: RegionRefSchema.nullable(),
  district: RegionRefSchema.nullable(),
  area: z.object({ id: z.string(), name: z.string() }),
  card: ConnectorCardSchema,
});
export type PointLookupResult = z.infer<typeof PointLookupResultSchema>;

export const TextLookupMatchSchema = z.object({
  type: z.enum(['area', 'district', 'neighbourhood']),
  code: z.string().nullable().describe('CBS-code voor wijken en buurten'),
  name: z.string(),
  label: z.string().describe('Naam met context, bijvoorbeeld "Tuinwijk (buurt in Noordelijke wijken, Bergen op Zoom)"'),
  area: z.object({ id: z.string(), name: z.string() }),
  card: ConnectorCardSchema,
});
export const TextLookupResultSchema = z.object({ matches: z.array(TextLookupMatchSchema) });
export type TextLookupMatch = z.infer<typeof TextLookupMatchSchema>;

export const AddressLookupResultSchema = z.object({
  address: z.string(),
  lat: z.number(),
  lon: z.number(),
  result: PointLookupResultSchema.nullable(),
});
