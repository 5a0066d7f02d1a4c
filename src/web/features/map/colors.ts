// Fill colours for areas on a map: light enough for dark outlines and labels, distinct side by side.
const AREA_PALETTE = [
  '#8ecae6', '#ffb703', '#90be6d', '#f4a3a8', '#c3a6e0', '#f9c74f', '#76c7b7', '#f8961e',
  '#a3c4f3', '#e9c46a', '#b5e48c', '#ffadad', '#bdb2ff', '#9bf6ff', '#fdffb6', '#caffbf',
];

export const UNASSIGNED_FILL = '#e6e6e6';

/** A stable colour per area, by its position in the list of the municipality's areas. */
export function areaColors(areaIds: string[]): Map<string, string> {
  return new Map(areaIds.map((id, index) => [id, AREA_PALETTE[index % AREA_PALETTE.length] as string]));
}
