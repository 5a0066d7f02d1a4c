import { z } from 'zod';
import { RegionCodeSchema } from './common.js';

export const RegionKindSchema = z.enum(['district', 'neighbourhood']);

export const RegionSchema = z.object({
  code: RegionCodeSchema,
  kind: RegionKindSchema,
  name: z.string(),
  districtCode: z.string().nullable(),
  year: z.number().int(),
  areaId: z.string().nullable().describe('Het gebied (werkgebied) waartoe deze buurt of wijk hoort'),
  geometry: z.any().nullable().describe('GeoJSON-geometrie (WGS84), null als de buurt geen vlak heeft'),
});
export type Region = z.infer<typeof RegionSchema>;
