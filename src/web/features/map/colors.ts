// Fill colours for areas on a map: light enough for dark outlines and labels, distinct side by side.
const AREA_PALETTE = [
  '#8dd3c7', '#fdb462', '#bebada', '#fb8072', '#80b1d3', '#b3de69', '#fccde5', '#ffed6f',
  '#bc80bd', '#ccebc5', '#e5c494', '#a6cee3', '#ffffb3', '#66c2a5', '#f4cae4', '#cab2d6',
];

export const UNASSIGNED_FILL = '#e6e6e6';

/** A stable colour per area, by its position in the list of the municipality's areas. */
export function areaColors(areaIds: string[]): Map<string, string> {
  return new Map(areaIds.map((id, index) => [id, AREA_PALETTE[index % AREA_PALETTE.length] as string]));
}
