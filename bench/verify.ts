import type { PointTarget } from './targets.js';

export interface PointCheck {
  checked: number;
  /** The district's own CBS code (and so its municipality and area) came back. */
  matches: number;
  /** Another district of the same municipality: the generalised polygons overlap at their edges. */
  neighbourDistrict: number;
  otherMunicipality: number;
  notFound: number;
  failed: number;
  /** A 200 whose card has no connector: the data set-up did not give every area one. */
  withoutConnector: number;
  mismatchRate: number;
  /** Municipalities with points that found nothing, with how many. */
  notFoundByMunicipality: Record<string, number>;
  examples: string[];
  /** Paths of points that answered 200: the "hit" load cycles through these. */
  hitPaths: string[];
}

/**
 * Asks the running app for every precomputed point (this doubles as the JIT warm-up) and compares the
 * answer with the district the point was taken from.
 */
export async function checkPoints(baseUrl: string, points: PointTarget[]): Promise<PointCheck> {
  const check: PointCheck = {
    checked: 0,
    matches: 0,
    neighbourDistrict: 0,
    otherMunicipality: 0,
    notFound: 0,
    failed: 0,
    withoutConnector: 0,
    mismatchRate: 0,
    notFoundByMunicipality: {},
    examples: [],
    hitPaths: [],
  };
  await forEachConcurrently(points, 8, async (point) => {
    const response = await fetch(baseUrl + point.path);
    check.checked++;
    if (response.status === 404) {
      await response.body?.cancel();
      check.notFound++;
      check.notFoundByMunicipality[point.municipalityId] = (check.notFoundByMunicipality[point.municipalityId] ?? 0) + 1;
      return;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      check.failed++;
      if (check.examples.length < 5) check.examples.push(`${point.path} → HTTP ${response.status}`);
      return;
    }
    const body = (await response.json()) as {
      municipality: { code: string };
      district: { code: string } | null;
      card: { connectors: unknown[] };
    };
    check.hitPaths.push(point.path);
    if (body.card.connectors.length === 0) check.withoutConnector++;
    if (body.district?.code === point.districtCode) check.matches++;
    else if (body.municipality.code === point.municipalityId) check.neighbourDistrict++;
    else {
      check.otherMunicipality++;
      if (check.examples.length < 5) {
        check.examples.push(`${point.districtCode} (${point.lat}, ${point.lon}) → ${body.municipality.code} ${body.district?.code}`);
      }
    }
  });
  check.mismatchRate = (check.checked - check.matches) / Math.max(1, check.checked);
  return check;
}

/** Sends each path once; returns those that answered with the expected status, and the other statuses seen. */
export async function checkStatus(
  baseUrl: string,
  paths: string[],
  expected: number,
): Promise<{ checked: number; passing: string[]; unexpected: Record<string, number> }> {
  const passing: string[] = [];
  const unexpected: Record<string, number> = {};
  await forEachConcurrently(paths, 8, async (path) => {
    const response = await fetch(baseUrl + path);
    await response.arrayBuffer();
    if (response.status === expected) passing.push(path);
    else unexpected[response.status] = (unexpected[response.status] ?? 0) + 1;
  });
  return { checked: paths.length, passing, unexpected };
}

async function forEachConcurrently<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
