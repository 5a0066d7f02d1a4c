import { scaleQuantile } from 'd3-scale';

// ColorBrewer "Blues" (5 classes): sequential, readable for colour-blind viewers, light = low.
export const CLASS_COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
export const NO_VALUE_COLOR = '#f2f2f2';

export interface ColorClass {
  color: string;
  from: number;
  to: number;
}

/** Quantile classes (about equally many regions per colour) over the values that exist. */
export function colorClasses(values: (number | null)[]): { classes: ColorClass[]; colorOf: (value: number | null) => string } {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return { classes: [], colorOf: () => NO_VALUE_COLOR };
  const distinct = new Set(present).size;
  const range = CLASS_COLORS.slice(CLASS_COLORS.length - Math.min(CLASS_COLORS.length, distinct));
  const scale = scaleQuantile<string>().domain(present).range(range);
  const thresholds = scale.quantiles();
  const min = Math.min(...present);
  const max = Math.max(...present);
  const classes = range.map((color, i) => ({ color, from: i === 0 ? min : (thresholds[i - 1] as number), to: i === range.length - 1 ? max : (thresholds[i] as number) }));
  return { classes, colorOf: (value) => (value === null ? NO_VALUE_COLOR : scale(value)) };
}
