import { geoArea } from 'd3-geo';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo works on the sphere and reads that as
 * "everything except this polygon". Reverse any ring set whose area is more than a hemisphere.
 */
export function rewindForD3(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) } satisfies MultiPolygon;
  }
  return geometry;
}

function rewindPolygon(rings: Position[][]): Position[][] {
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}
