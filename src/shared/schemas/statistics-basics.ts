import { z } from 'zod';

// Small building blocks shared by the statistics schemas.

export const IndicatorIdSchema = z
  .string()
  .max(120)
  .regex(/^[0-9A-Za-z]{3,16}\.[0-9]{4}(\.[0-9A-Za-z_-]+)?\.[A-Za-z][A-Za-z0-9_]*$/, 'Onbekende indicator.')
  .describe('Indicator: tabel.jaar[.variant].kolom, bijvoorbeeld 85984NED.2024.AantalInwoners_5');

export const LevelCountsSchema = z.object({ country: z.number(), municipality: z.number(), district: z.number(), neighbourhood: z.number() });

// rate: an own figure, signals ÷ the area's inhabitants × 1,000.
export const FIGURE_METHODS = ['source', 'sum', 'weighted_mean', 'rate', 'unavailable'] as const;
export const FigureMethodSchema = z.enum(FIGURE_METHODS);

