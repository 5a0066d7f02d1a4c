import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A polygon prepared for many point-in-polygon tests. Its edges are sorted into horizontal bands, so a
 * test looks only at the few edges whose height range covers the point's latitude, not at every vertex of a
 * district boundary (hundreds to thousands). Even-odd rule over all rings: holes and the parts of a
 * multipolygon need no special case. A point exactly on an edge or vertex is inside, as with turf's
 * booleanPointInPolygon: CBS coordinates are rounded to 0.001°, so typed or generated points land there.
 */
export interface PreparedPolygon {
  contains(x: number, y: number): boolean;
}

/** Edges per band, on average: fewer bands cost memory for long edges, more cost nothing at query time. */
const EDGES_PER_BAND = 4;
const MAX_BANDS = 4096;

export function preparePolygon(geometry: Polygon | MultiPolygon): PreparedPolygon {
  const rings: Position[][] = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const segments: number[] = [];
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      const [x1 = 0, y1 = 0] = ring[i] as Position;
      // GeoJSON rings are closed; an open one is closed here.
      const [x2 = 0, y2 = 0] = ring[(i + 1) % n] as Position;
      if (y1 < minY) minY = y1;
      if (y1 > maxY) maxY = y1;
      // Horizontal edges never cross the ray, but a point may lie on one.
      segments.push(x1, y1, x2, y2);
    }
  }
  const edgeCount = segments.length / 4;
  if (edgeCount === 0) return { contains: () => false };

  const bands = Math.min(MAX_BANDS, Math.max(1, Math.ceil(edgeCount / EDGES_PER_BAND)));
  const bandHeight = (maxY - minY) / bands || 1;
  const bandOf = (y: number) => Math.min(bands - 1, Math.max(0, Math.floor((y - minY) / bandHeight)));

  // Counting pass, prefix sums, filling pass: one flat array of edges grouped by band.
  const starts = new Uint32Array(bands + 1);
  for (let e = 0; e < segments.length; e += 4) {
    const ya = segments[e + 1] as number;
    const yb = segments[e + 3] as number;
    for (let b = bandOf(Math.min(ya, yb)), last = bandOf(Math.max(ya, yb)); b <= last; b++) (starts[b + 1] as number)++;
  }
  for (let b = 0; b < bands; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const edges = new Float64Array((starts[bands] as number) * 4);
  const fill = starts.slice(0, bands);
  for (let e = 0; e < segments.length; e += 4) {
    const ya = segments[e + 1] as number;
    const yb = segments[e + 3] as number;
    for (let b = bandOf(Math.min(ya, yb)), last = bandOf(Math.max(ya, yb)); b <= last; b++) {
      const at = (fill[b] as number) * 4;
      fill[b] = (fill[b] as number) + 1;
      edges[at] = segments[e] as number;
      edges[at + 1] = ya;
      edges[at + 2] = segments[e + 2] as number;
      edges[at + 3] = yb;
    }
  }

  return {
    contains(x, y) {
      if (!(y >= minY && y <= maxY)) return false;
      const band = bandOf(y);
      let inside = false;
      for (let i = (starts[band] as number) * 4, end = (starts[band + 1] as number) * 4; i < end; i += 4) {
        const x1 = edges[i] as number;
        const y1 = edges[i + 1] as number;
        const x2 = edges[i + 2] as number;
        const y2 = edges[i + 3] as number;
        // On the edge itself (exactly collinear and between its ends): inside.
        if ((x - x1) * (y2 - y1) === (y - y1) * (x2 - x1) && (x1 - x) * (x2 - x) <= 0 && (y1 - y) * (y2 - y) <= 0) return true;
        if (y1 > y !== y2 > y && x < (x2 - x1) * ((y - y1) / (y2 - y1)) + x1) inside = !inside;
      }
      return inside;
    },
  };
}

/**
 * A point inside a polygon (not on its edge): the middle of the widest inside stretch of a horizontal line
 * through the polygon, tried at a few heights — the scanline method JTS uses for its interior point.
 * Undefined for a polygon without area.
 */
export function interiorPoint(geometry: Polygon | MultiPolygon): [number, number] | undefined {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: [number, number] | undefined;
  let bestWidth = 0;
  // Each part on its own: the parts of a multipolygon may lie far apart, with nothing between them.
  for (const rings of polygons) {
    let minY = Number.POSITIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const ring of rings) {
      for (const [, y = 0] of ring) {
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
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
      xs.sort((p, q) => p - q);
      for (let i = 0; i + 1 < xs.length; i += 2) {
        const width = (xs[i + 1] as number) - (xs[i] as number);
        if (width > bestWidth) {
          bestWidth = width;
          best = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
        }
      }
    }
  }
  return best;
}
