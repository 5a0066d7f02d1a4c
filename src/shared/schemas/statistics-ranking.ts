import { z } from 'zod';
import { IdSchema, nameText } from './common.js';
import { THEMES, THEME_KEYS, type Theme } from './signal-vocabulary.js';
import { type FigureMethodSchema, IndicatorIdSchema, LevelCountsSchema } from './statistics-basics.js';
import type { Indicator } from './statistics.js';

// Priority index

export const RANKING_LEVELS = ['area', 'district', 'neighbourhood'] as const;
export const RankingLevelSchema = z.enum(RANKING_LEVELS);
export type RankingLevel = z.infer<typeof RankingLevelSchema>;
/** A national ranking returns this many from the top (and the own municipality's), unless asked otherwise. */
export const NATIONAL_RANKING_LIMIT = 250;

export const RANKING_LEVEL_LABELS: Record<RankingLevel, string> = { area: 'Gebieden', district: 'CBS-wijken', neighbourhood: 'CBS-buurten' };

export const WeightedIndicatorSchema = z
  .object({
    id: IndicatorIdSchema,
    weight: z.number().min(0.1, 'Een gewicht is minstens 0,1.').max(100, 'Een gewicht is hoogstens 100.'),
    higherIsBetter: z.boolean().optional().describe('true: een lage waarde vraagt aandacht. Zonder: zoals de bron het aangeeft'),
  })
  .strict();
export type WeightedIndicator = z.infer<typeof WeightedIndicatorSchema>;

const weightedIndicators = z
  .array(WeightedIndicatorSchema)
  .min(1, 'Kies minstens één indicator.')
  .max(12, 'Kies hoogstens twaalf indicatoren.')
  .refine((list) => new Set(list.map((i) => i.id)).size === list.length, 'Een indicator staat er dubbel in.');

export const RankingRequestSchema = z
  .object({
    level: RankingLevelSchema.default('area'),
    scope: z.enum(['municipality', 'country']).default('municipality').describe('country: alle CBS-wijken of -buurten van Nederland'),
    indicators: weightedIndicators,
    limit: z
      .number()
      .int()
      .min(1)
      .max(20_000)
      .optional()
      .describe('Hoeveel van de top terugkomen (de eigen gemeente staat er altijd bij). Zonder: alles, behalve landelijk: 250'),
  })
  .strict()
  .refine((request) => !(request.level === 'area' && request.scope === 'country'), {
    message: 'Gebieden bestaan alleen binnen de eigen gemeente.',
    path: ['scope'],
  });
export type RankingRequest = z.infer<typeof RankingRequestSchema>;

export const RankingSchema = z.object({
  level: RankingLevelSchema,
  scope: z.enum(['municipality', 'country']),
  method: z.string().describe('Hoe de score is berekend (normalisatie), in gewone taal'),
  indicators: z.array(
    z.object({
      id: IndicatorIdSchema,
      title: z.string(),
      unit: z.string(),
      source: z.string(),
      year: z.number().int(),
      weight: z.number(),
      share: z.number().describe('Aandeel van het gewicht in de score (0–1)'),
      higherIsBetter: z.boolean(),
      min: z.number().nullable(),
      max: z.number().nullable(),
    }),
  ),
  ranked: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      rank: z.number().int(),
      score: z.number(),
      contributions: z.array(z.object({ indicatorId: IndicatorIdSchema, value: z.number(), normalised: z.number(), points: z.number() })),
    }),
  ),
  excluded: z.array(z.object({ unitId: z.string(), name: z.string(), missing: z.array(IndicatorIdSchema), reason: z.string() })),
  rankedTotal: z.number().int().describe('Aantal gerangschikte eenheden, ook als `ranked` is ingekort'),
  excludedTotal: z.number().int(),
});
export type Ranking = z.infer<typeof RankingSchema>;

export const PrioritySelectionInputSchema = z
  .object({
    title: nameText(200).default('Gebiedsgerichte aanpak'),
    level: RankingLevelSchema,
    indicators: weightedIndicators,
    priorityUnits: z
      .array(z.string().max(40))
      .max(50)
      .default([])
      .refine((units) => new Set(units).size === units.length, 'Een gebied staat er dubbel in.')
      .describe('De gekozen prioriteitsgebieden (gebied-id’s of CBS-codes)'),
    note: z.string().trim().max(4000).default(''),
  })
  .strict();
export type PrioritySelectionInput = z.infer<typeof PrioritySelectionInputSchema>;

export const PrioritySelectionSchema = z.object({
  id: IdSchema,
  year: z.number().int(),
  title: z.string(),
  level: RankingLevelSchema,
  indicators: z.array(WeightedIndicatorSchema),
  priorityUnits: z.array(z.object({ unitId: z.string(), name: z.string() })),
  note: z.string(),
  ranking: RankingSchema.describe('De rangorde zoals die was bij het opslaan'),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type PrioritySelection = z.infer<typeof PrioritySelectionSchema>;

export const YearParamsSchema = z.object({ year: z.coerce.number().int().min(2000, 'Een jaar als 2025.').max(2100, 'Een jaar als 2025.') });

// Import

export const StatisticsUploadSchema = z
  .object({
    files: z
      .array(z.object({ name: nameText(200), content: z.string().min(1, 'Het bestand is leeg.') }).strict())
      .min(1, 'Kies minstens één bestand.')
      .max(12),
    year: z.number().int().min(1900).max(2100).optional(),
  })
  .strict();
export type StatisticsUpload = z.infer<typeof StatisticsUploadSchema>;

export const StatisticsImportSummarySchema = z.object({
  datasets: z.array(
    z.object({
      tableId: z.string(),
      title: z.string(),
      variant: z.string().nullable(),
      year: z.number().int(),
      indicators: z.number(),
      regions: LevelCountsSchema,
      values: z.number(),
      emptyCells: z.number(),
    }),
  ),
  regionLists: z.array(z.object({ fileName: z.string(), year: z.number().int(), regions: LevelCountsSchema })),
  notes: z.array(z.string()),
});
export type StatisticsImportSummary = z.infer<typeof StatisticsImportSummarySchema>;

// Presentation, the same in the browser and in the PDF report.

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A figure as Dutch text with its unit: "69.694", "12,3%", "872 inwoners per km²"; "n.b." without value. */
export function formatFigureValue(value: number | null, decimals: number, unit: string): string {
  if (value === null || !Number.isFinite(value)) return 'n.b.';
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  const text = format.format(value);
  if (unit === '%') return `${text}%`;
  if (unit === 'aantal' || unit === '') return text;
  if (unit === 'aantal inwoners per km²') return `${text} inwoners per km²`;
  return `${text} ${unit}`;
}

export const FIGURE_METHOD_LABELS: Record<z.infer<typeof FigureMethodSchema>, string> = {
  source: 'uit de bron',
  sum: 'berekend: som',
  weighted_mean: 'berekend: gewogen gemiddelde',
  rate: 'berekend: signalen ÷ inwoners × 1.000',
  unavailable: 'niet beschikbaar',
};

// Own figures: the municipality's signals per 1,000 inhabitants. Their ids follow the shape of the public
// indicators (table.year[.variant].column), so the comparison and the priority index take them alike.

export const OWN_FIGURE_TABLE = 'schakel';
export const OWN_FIGURE_KEY = 'SignalenPer1000';
export const OWN_FIGURE_PUBLISHER = 'Schakel';
export const OWN_FIGURE_UNIT = 'per 1.000 inwoners';
/** How many years back the screens offer own figures (this year included). */
export const OWN_FIGURE_YEARS = 3;

export const OWN_FIGURE_COUNTING =
  'Geteld: signalen met een ontvangstdatum in de periode die wijkvraagstuk of individuele vraag zijn. Niet geteld: dagelijkse meldingen ' +
  '(openbare ruimte) en signalen die naar het reguliere meldkanaal zijn doorgezet — die handelt de gemeente elders af — en signalen die ' +
  'als dubbel aan een ander signaal zijn gekoppeld (het probleem telt één keer). Een signaal met meer thema’s telt bij elk thema mee, in ' +
  'het totaal één keer. Gedeeld door het aantal inwoners van het gebied volgens het CBS (nieuwste jaar; opgeteld uit de wijken alleen waar ' +
  'dat klopt) en maal 1.000. Zonder inwonertal is er geen cijfer.';

const OWN_ID_PATTERN = /^schakel\.([0-9]{4})(?:\.([a-z-]+))?\.SignalenPer1000$/;

export const ownFigureId = (year: number, theme: Theme | null) =>
  theme ? `${OWN_FIGURE_TABLE}.${year}.${theme}.${OWN_FIGURE_KEY}` : `${OWN_FIGURE_TABLE}.${year}.${OWN_FIGURE_KEY}`;

/** The year and theme of an own figure's id; null for any other id (a CBS/RIVM indicator, or an unknown theme). */
export function parseOwnFigureId(id: string): { year: number; theme: Theme | null } | null {
  const match = OWN_ID_PATTERN.exec(id);
  if (!match) return null;
  const theme = match[2];
  if (theme !== undefined && !(THEME_KEYS as string[]).includes(theme)) return null;
  return { year: Number(match[1]), theme: (theme as Theme | undefined) ?? null };
}

/** An own figure described like a public indicator: for the pickers, the comparison and the ranking. */
export function ownFigureIndicator(year: number, theme: Theme | null): Indicator {
  const variant = theme ? THEMES[theme].label : 'alle thema’s';
  return {
    id: ownFigureId(year, theme),
    key: OWN_FIGURE_KEY,
    title: `Signalen per 1.000 inwoners: ${variant}`,
    unit: OWN_FIGURE_UNIT,
    description: OWN_FIGURE_COUNTING,
    decimals: 1,
    source: `${OWN_FIGURE_PUBLISHER}, signalen ${year}`,
    publisher: OWN_FIGURE_PUBLISHER,
    tableId: OWN_FIGURE_TABLE,
    year,
    variant,
    series: `${OWN_FIGURE_PUBLISHER}|signalen|${theme ?? 'totaal'}|${OWN_FIGURE_KEY}`,
    aggregation: 'none',
    weightKey: null,
    higherIsBetter: false,
    levels: { country: 0, municipality: 1, district: 0, neighbourhood: 0 },
  };
}

/** Every own figure of a year: all themes together first, then each theme. */
export const ownFigureIndicators = (year: number): Indicator[] => [ownFigureIndicator(year, null), ...THEME_KEYS.map((theme) => ownFigureIndicator(year, theme))];

/** The years the screens offer own figures for: this year and the ones before it, newest first. */
export const ownFigureYears = (today = new Date()): number[] => Array.from({ length: OWN_FIGURE_YEARS }, (_, i) => today.getFullYear() - i);
