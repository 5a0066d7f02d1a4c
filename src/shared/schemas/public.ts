import { z } from 'zod';
import { ConnectorCardSchema } from './lookup.js';
import { PublicMunicipalitySchema } from './municipality.js';

export { PublicMunicipalitySchema };

export const PublicMunicipalityMapSchema = z.object({
  municipality: PublicMunicipalitySchema,
  areas: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(['wijk', 'kern']), card: ConnectorCardSchema })),
  regions: z.array(
    z.object({
      code: z.string(),
      kind: z.enum(['district', 'neighbourhood']),
      name: z.string(),
      areaId: z.string().nullable(),
      geometry: z.any().describe('GeoJSON Polygon of MultiPolygon (WGS84)'),
    }),
  ),
});
export type PublicMunicipalityMap = z.infer<typeof PublicMunicipalityMapSchema>;
