import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { interiorPoint as scanlinePoint } from '../src/server/modules/lookup/point-in-polygon.js';

/**
 * A point inside a polygon feature: @turf/point-on-feature, unless that lands on the polygon's own edge
 * (it falls back to a vertex, and the CBS files round coordinates to 0.001°, so neighbours share it).
 * Then the lookup's own scanline interior point (the middle of the widest inside stretch, JTS's method).
 */
export function interiorPoint(feature: Feature<Polygon | MultiPolygon>): { point: [number, number]; isPointOnFeature: boolean } {
  const candidate = pointOnFeature(feature).geometry.coordinates as [number, number];
  if (booleanPointInPolygon(candidate, feature, { ignoreBoundary: true })) return { point: candidate, isPointOnFeature: true };
  const fallback = scanlinePoint(feature.geometry);
  if (fallback && booleanPointInPolygon(fallback, feature, { ignoreBoundary: true })) return { point: fallback, isPointOnFeature: false };
  throw new Error(`no interior point found for ${String(feature.properties?.statcode)}`);
}
