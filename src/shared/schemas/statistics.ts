import { z } from 'zod';
import { IdSchema, MunicipalityCodeSchema, } from './common.js';
import { FigureMethodSchema, IndicatorIdSchema, LevelCountsSchema } from './statistics-basics.js';

// Statistics: CBS/RIVM indicators per region and year, values for areas, the priority index.

export const REGION_LEVELS = ['country', 'municipality', 'district', 'neighbourhood'] as const;
export const RegionLevelSchema = z.enum(REGION_LEVELS);
export type RegionLevel = z.infer<typeof RegionLevelSchema>;
export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  country: 'Nederland',
  municipality: 'gemeente',
  district: 'CBS-wijk',
  neighbourhood: 'CBS-buurt',
};

export const StatisticsRegionCodeSchema = z
  .string()
  .trim()
  .regex(
    /^(NL0[01]|GM[0-9]{4}|WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$/,
    'Een regiocode is GMxxxx (gemeente), WKxxxxxx (wijk), BUxxxxxxxx (buurt) of NL01 (Nederland), met hoofdletters.',
  )
  .describe('CBS-regiocode: GM0748, WK074801, BU07480102, WK0363AA of NL01');

export const AGGREGATIONS = ['sum', 'weighted_mean', 'none'] as const;
export const AggregationSchema = z.enum(AGGREGATIONS);

/** `GET /api/v1/regions/{code}/indicators`: one entry per indicator and year the sources have for the region. */
export const RegionIndicatorSchema = z.object({
  id: IndicatorIdSchema,
  key: z.string().describe('De kolom in de bron, bijvoorbeeld AantalInwoners_5'),
  title: z.string(),
  unit: z.string(),
  source: z.string().describe('Uitgever, tabel en jaar, bijvoorbeeld "CBS Kerncijfers wijken en buurten 2024 (85984NED)"'),
  year: z.number().int(),
  value: z.number().nullable().describe('null: de bron heeft hier geen waarde'),
});
export type RegionIndicator = z.infer<typeof RegionIndicatorSchema>;

export const RegionIndicatorsQuerySchema = z
  .object({ year: z.coerce.number().int().min(1900).max(2100).optional() })
  .strict();

export const DatasetSchema = z.object({
  tableId: z.string(),
  publisher: z.string(),
  title: z.string(),
  variant: z.string().nullable(),
  year: z.number().int(),
  source: z.string(),
  indicatorCount: z.number(),
  regions: LevelCountsSchema,
  importedAt: z.string(),
  importedBy: z.string(),
});
export type Dataset = z.infer<typeof DatasetSchema>;

export const IndicatorSchema = z.object({
  id: IndicatorIdSchema,
  key: z.string(),
  title: z.string(),
  unit: z.string(),
  description: z.string(),
  decimals: z.number().int(),
  source: z.string(),
  publisher: z.string(),
  tableId: z.string(),
  year: z.number().int(),
  variant: z.string().nullable(),
  series: z.string().describe('Dezelfde reeks in andere jaren heeft dezelfde series'),
  aggregation: AggregationSchema.describe('Hoe waarden van meer regio’s samen één waarde worden: som, gewogen gemiddelde of niet'),
  weightKey: z.string().nullable(),
  higherIsBetter: z.boolean(),
  levels: LevelCountsSchema.describe('Aantal regio’s per niveau met een rij in de bron'),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorListQuerySchema = z
  .object({ year: z.coerce.number().int().min(1900).max(2100).optional(), level: RegionLevelSchema.optional() })
  .strict();

/** One value with how it was obtained: straight from the source, summed, weighted, or not available. */
export const FigureSchema = z.object({
  value: z.number().nullable(),
  method: FigureMethodSchema,
  note: z.string().describe('Uitleg: welke regio’s, of waarom er geen waarde is'),
  regionCodes: z.array(z.string()).describe('De regio’s waaruit de waarde komt'),
});
export type Figure = z.infer<typeof FigureSchema>;

export const IndicatorValuesQuerySchema = z
  .object({
    level: z.enum(['municipality', 'district', 'neighbourhood']).default('district'),
    municipality: MunicipalityCodeSchema.optional().describe('Alleen deze gemeente; zonder: heel Nederland'),
  })
  .strict();

export const IndicatorValuesSchema = z.object({
  indicator: IndicatorSchema,
  level: RegionLevelSchema,
  municipality: z.string().nullable(),
  values: z.array(z.object({ code: z.string(), name: z.string(), value: z.number().nullable() })),
  reference: z.object({ municipality: FigureSchema.nullable(), country: FigureSchema }),
});
export type IndicatorValues = z.infer<typeof IndicatorValuesSchema>;

export const AreaFigureSchema = z.object({
  indicator: IndicatorSchema,
  area: FigureSchema,
  municipality: FigureSchema,
  country: FigureSchema,
  parts: z.array(z.object({ code: z.string(), name: z.string(), value: z.number().nullable() })).describe('De buurten/wijken van het gebied in deze bron'),
  history: z
    .array(z.object({ year: z.number().int(), indicatorId: IndicatorIdSchema, area: FigureSchema, municipality: FigureSchema, country: FigureSchema }))
    .describe('Dezelfde reeks in alle geïmporteerde jaren (oud → nieuw)'),
});
export type AreaFigure = z.infer<typeof AreaFigureSchema>;

/** One own figure of an area (signals per 1,000 inhabitants for a theme, or all themes), beside the municipality. */
export const OwnAreaFigureSchema = z.object({
  indicator: IndicatorSchema,
  area: FigureSchema,
  municipality: FigureSchema,
  country: FigureSchema.describe('Altijd niet beschikbaar: signalen zijn gegevens van de eigen gemeente'),
  signals: z.number().int().describe('Aantal meegetelde signalen van het gebied'),
  municipalitySignals: z.number().int().describe('Aantal meegetelde signalen van de hele gemeente, ook die zonder gebied'),
});
export type OwnAreaFigure = z.infer<typeof OwnAreaFigureSchema>;

export const OwnFiguresSchema = z.object({
  year: z.number().int(),
  from: z.string().describe('Eerste dag van de periode (ontvangstdatum), JJJJ-MM-DD'),
  to: z.string().describe('Laatste dag: 31 december, of vandaag in het lopende jaar'),
  isPartialYear: z.boolean(),
  counting: z.string().describe('Wat er geteld wordt, in gewone taal'),
  inhabitants: z.object({ indicatorId: IndicatorIdSchema, source: z.string(), year: z.number().int() }).nullable(),
  unassigned: z.number().int().describe('Meegetelde signalen zonder gebied: alleen in het cijfer van de gemeente'),
  figures: z.array(OwnAreaFigureSchema),
});
export type OwnFigures = z.infer<typeof OwnFiguresSchema>;

export const AreaFiguresSchema = z.object({
  area: z.object({ id: IdSchema, name: z.string(), regionCodes: z.array(z.string()), composition: z.array(z.string()) }),
  municipality: z.object({ code: z.string(), name: z.string() }),
  figures: z.array(AreaFigureSchema),
  own: OwnFiguresSchema.describe('Eigen cijfers: signalen per 1.000 inwoners, per thema en in totaal'),
});
export type AreaFigures = z.infer<typeof AreaFiguresSchema>;

export const IndicatorSelectionQuerySchema = z
  .object({
    indicators: z
      .string()
      .max(2000)
      .transform((text) => text.split(',').map((id) => id.trim()).filter(Boolean))
      .pipe(z.array(IndicatorIdSchema).min(1).max(20))
      .optional()
      .describe('Komma-gescheiden indicator-id’s (ook eigen cijfers: schakel.JJJJ[.thema].SignalenPer1000); zonder: alle van het nieuwste jaar per reeks'),
    year: z.coerce
      .number()
      .int()
      .min(2000, 'Een jaar als 2025.')
      .max(2100, 'Een jaar als 2025.')
      .optional()
      .describe('Jaar van de eigen cijfers (signalen); zonder: dit jaar'),
  })
  .strict();

export const AreaComparisonSchema = z.object({
  indicators: z.array(IndicatorSchema),
  areas: z.array(z.object({ id: IdSchema, name: z.string(), figures: z.array(FigureSchema) })),
  municipality: z.array(FigureSchema),
  country: z.array(FigureSchema),
});
export type AreaComparison = z.infer<typeof AreaComparisonSchema>;

export * from './statistics-basics.js';
// The priority index and the import live beside this file.
export * from './statistics-ranking.js';
