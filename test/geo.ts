import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A point inside a polygon feature: @turf/point-on-feature, unless that lands on the polygon's own edge
 * (it falls back to a vertex, and the CBS files round coordinates to 0.001°, so neighbours share it).
 * Then the midpoint of the widest inside stretch of a horizontal scanline (JTS's interior point).
 */
export function interiorPoint(feature: Feature<Polygon | MultiPolygon>): { point: [number, number]; isPointOnFeature: boolean } {
  const candidate = pointOnFeature(feature).geometry.coordinates as [number, number];
  if (booleanPointInPolygon(candidate, feature, { ignoreBoundary: true })) return { point: candidate, isPointOnFeature: true };
  const rings: Position[][] = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
  const ys = rings.flat().map((p) => p[1] as number);
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  for (const fraction of [0.5, 0.37, 0.63, 0.25, 0.75, 0.13, 0.87]) {
    const y = minY + (maxY - minY) * fraction;
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1] as Position;
        const [bx = 0, by = 0] = ring[i] as Position;
        if ((ay <= y && by > y) || (by <= y && ay > y)) xs.push(ax + ((y - ay) / (by - ay)) * (bx - ax));
      }
    }
    xs.sort((a, b) => a - b);
    let best: [number, number] | undefined;
    let bestWidth = 0;
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = (xs[i + 1] as number) - (xs[i] as number);
      if (width > bestWidth) {
        bestWidth = width;
        best = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
      }
    }
    if (best && booleanPointInPolygon(best, feature, { ignoreBoundary: true })) return { point: best, isPointOnFeature: false };
  }
  throw new Error(`no interior point found for ${String(feature.properties?.statcode)}`);
}
