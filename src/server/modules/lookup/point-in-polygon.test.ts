import { readFileSync } from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config.js';
import { interiorPoint, preparePolygon } from './point-in-polygon.js';
import { seededRandom } from '../../../shared/seeded-random.js';

describe('prepared point-in-polygon test', () => {
  it('agrees with turf on random points in and around every district of the Netherlands', () => {
    const file = path.join(loadConfig({}).sharedDataDir, 'cbs-gebieden/wijk_2024_nl.geojson');
    const features = (JSON.parse(readFileSync(file, 'utf8')).features as Feature<Polygon | MultiPolygon>[]).filter((f) => f.geometry);
    expect(features.length).toBeGreaterThan(3000);
    const next = seededRandom(20261126);
    let tested = 0;
    let inside = 0;
    const disagreements: string[] = [];
    for (const feature of features) {
      const prepared = preparePolygon(feature.geometry);
      const coordinates = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates.flat() : feature.geometry.coordinates.flat(2);
      const xs = coordinates.map((p) => p[0] as number);
      const ys = coordinates.map((p) => p[1] as number);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      // Its vertices and the middles of its edges: on the boundary, which counts as inside.
      for (const [x = 0, y = 0] of coordinates.slice(0, 10)) {
        tested++;
        inside++;
        if (!prepared.contains(x, y)) disagreements.push(`${feature.properties?.statcode} vertex ${x},${y}`);
      }
      for (let i = 0; i < 20; i++) {
        // A little beyond the bounding box too, where the answer must be "outside".
        const x = minX - 0.01 + next() * (maxX - minX + 0.02);
        const y = minY - 0.01 + next() * (maxY - minY + 0.02);
        const expected = booleanPointInPolygon([x, y], feature);
        tested++;
        if (expected) inside++;
        if (prepared.contains(x, y) !== expected) disagreements.push(`${feature.properties?.statcode} ${x},${y}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The sample must exercise both answers.
    expect(inside).toBeGreaterThan(tested / 10);
    expect(tested - inside).toBeGreaterThan(tested / 10);
  });

  it('leaves out holes and finds every part of a multipolygon', () => {
    const square = (x: number, y: number, size: number) => [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ];
    const withHole = preparePolygon({ type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] });
    expect(withHole.contains(1, 1)).toBe(true);
    expect(withHole.contains(5, 5)).toBe(false);
    expect(withHole.contains(11, 5)).toBe(false);
    const twoParts = preparePolygon({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] });
    expect(twoParts.contains(0.5, 0.5)).toBe(true);
    expect(twoParts.contains(5.5, 5.5)).toBe(true);
    expect(twoParts.contains(3, 3)).toBe(false);
  });

  it('finds a point inside every district of the Netherlands, away from its edges', () => {
    const file = path.join(loadConfig({}).sharedDataDir, 'cbs-gebieden/wijk_2024_nl.geojson');
    const features = (JSON.parse(readFileSync(file, 'utf8')).features as Feature<Polygon | MultiPolygon>[]).filter((f) => f.geometry);
    const outside = features.filter((feature) => {
      const point = interiorPoint(feature.geometry);
      return !point || !booleanPointInPolygon(point, feature, { ignoreBoundary: true });
    });
    expect(outside.map((f) => f.properties?.statcode)).toEqual([]);
  });
});
