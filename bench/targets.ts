import { readFile } from 'node:fs/promises';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { municipalityOfRegion } from '../src/server/modules/boundaries/parse-boundaries.js';
import { seededRandom } from '../src/shared/seeded-random.js';

export interface PointTarget {
  lat: number;
  lon: number;
  districtCode: string;
  municipalityId: string;
  path: string;
}

export interface Targets {
  /** One point inside every CBS district of the national file. */
  points: PointTarget[];
  /** Points in the North Sea, Germany and Belgium: expected 404. */
  outside: string[];
  /** District names and typed prefixes of them (3–5 letters), as a search box sends them. */
  names: string[];
}

/** Precomputes what the load generator asks for, from the same national file the server imported. */
export async function buildTargets(options: { file: string; seed?: number; nameCount?: number }): Promise<Targets> {
  const collection = JSON.parse(await readFile(options.file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const random = seededRandom(options.seed ?? 748);

  const points: PointTarget[] = [];
  const names: string[] = [];
  for (const feature of collection.features as Feature<Polygon | MultiPolygon, { statcode: string; name: string }>[]) {
    const [lon = 0, lat = 0] = pointOnFeature(feature).geometry.coordinates;
    const code = feature.properties.statcode;
    points.push({ lat, lon, districtCode: code, municipalityId: municipalityOfRegion(code), path: pointPath(lat, lon) });
    const name = feature.properties.name.trim();
    names.push(name);
    for (const length of [3, 4, 5]) if (name.length > length) names.push(name.slice(0, length));
  }

  // Boxes that are certainly not Dutch land: North Sea, Münsterland, Brabant (Belgium).
  const boxes = [
    [2.6, 52.0, 3.3, 53.4],
    [7.4, 51.3, 8.0, 52.2],
    [4.0, 50.6, 5.0, 51.0],
  ] as const;
  const outside: string[] = [];
  for (let i = 0; i < 300; i++) {
    const [minLon, minLat, maxLon, maxLat] = boxes[i % boxes.length] as (typeof boxes)[number];
    outside.push(pointPath(minLat + random() * (maxLat - minLat), minLon + random() * (maxLon - minLon)));
  }

  return {
    points: shuffle(points, random),
    outside,
    names: shuffle(names, random)
      .slice(0, options.nameCount ?? 3000)
      .map((name) => `/api/v1/lookup?q=${encodeURIComponent(name)}`),
  };
}

function pointPath(lat: number, lon: number): string {
  return `/api/v1/lookup?lat=${lat.toFixed(6)}&lon=${lon.toFixed(6)}`;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

