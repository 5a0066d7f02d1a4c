// WCAG 2.1 contrast: relative luminance of sRGB colours, and the ratio between two of them.

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function parseHex(hex: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  return [Number.parseInt(match[1] as string, 16), Number.parseInt(match[2] as string, 16), Number.parseInt(match[3] as string, 16)];
}

export function relativeLuminance(hex: string): number | undefined {
  const rgb = parseHex(hex);
  if (!rgb) return undefined;
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

/** The contrast ratio (1–21) of two #rrggbb colours, or undefined when one is not a colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

export const hasTextContrast = (a: string, b: string) => (contrastRatio(a, b) ?? 0) >= MIN_TEXT_CONTRAST;

/** Black or white, whichever reads better on the background. */
export function readableTextOn(background: string): string {
  return (contrastRatio(background, '#000000') ?? 0) >= (contrastRatio(background, '#ffffff') ?? 0) ? '#000000' : '#ffffff';
}

/** The colour mixed with black (amount 0–1), for hover and pressed states. */
export function darken(hex: string, amount: number): string {
  const rgb = parseHex(hex);
  if (!rgb) return hex;
  return `#${rgb.map((value) => Math.round(value * (1 - amount)).toString(16).padStart(2, '0')).join('')}`;
}
