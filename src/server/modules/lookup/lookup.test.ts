import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { interiorPoint } from '../../../../test/geo.js';
import { DEMO_MUNICIPALITIES } from '../../demo/demo-data.js';

describe('public lookup on the demo municipalities', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
  });
  afterAll(() => t.close());

  it('finds, for every demo neighbourhood, that neighbourhood and its area from a point inside it', async () => {
    const file = path.join(t.config.sharedDataDir, 'cbs-gebieden/buurt_2022_gm0400_gm0597_gm0748.geojson');
    const features: Feature<Polygon | MultiPolygon>[] = JSON.parse(readFileSync(file, 'utf8')).features;
    const { rows } = await t.database.owner.query<{ code: string; area_name: string }>(
      `select r.code, a.name as area_name from regions r
       join area_regions ar on ar.municipality_id = r.municipality_id and ar.region_code in (r.code, r.district_code)
       join areas a on a.id = ar.area_id where r.kind = 'neighbourhood'`,
    );
    const expectedArea = new Map(rows.map((row) => [row.code, row.area_name]));
    const withGeometry = features.filter((feature) => feature.geometry);
    expect(withGeometry.length).toBe(114); // 115 buurten, one vanished in generalisation (BU04000203)
    const wrong: string[] = [];
    let onEdge = 0;
    for (const feature of withGeometry) {
      const code = feature.properties?.statcode as string;
      const { point, isPointOnFeature } = interiorPoint(feature);
      if (!isPointOnFeature) onEdge++;
      const [lon, lat] = point;
      const response = await t.app.inject({ url: `/api/v1/lookup?lat=${lat}&lon=${lon}` });
      const body = response.json();
      if (response.statusCode !== 200 || body.neighbourhood?.code !== code || body.area.name !== expectedArea.get(code)) {
        wrong.push(`${code} → ${response.statusCode} ${body.neighbourhood?.code ?? body.code} ${body.area?.name ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
    // point-on-feature lands on a shared edge for a handful of these rounded polygons; no more than that.
    expect(onEdge).toBeLessThanOrEqual(6);
  });

  it('answers a point in Meilust Noord with the public card of Noordelijke wijken', async () => {
    const response = await t.app.inject({ url: '/api/v1/lookup?lat=51.5095&lon=4.2955' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.municipality).toEqual({ code: 'GM0748', name: 'Bergen op Zoom' });
    expect(body.area.name).toBe('Noordelijke wijken');
    expect(body.card).toMatchObject({
      title: 'wijkverbinder',
      connectors: [{ name: 'Sanne Rijnders', email: 'wijkverbinder@bergenopzoom.demo', phone: '0164 277 101' }],
    });
    expect(body.card.regularChannels.map((c: { name: string }) => c.name)).toContain('BuitenBeter-app');
    // The point answer is JSON text kept per region: the second ask gets the same, as JSON.
    const again = await t.app.inject({ url: '/api/v1/lookup?lat=51.5096&lon=4.2956' });
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(again.json()).toEqual(body);
  });

  it('works across municipalities and answers 404 outside every known area', async () => {
    const denHelder = await t.app.inject({ url: '/api/v1/lookup?q=Julianadorp' });
    const match = denHelder.json().matches[0];
    expect(match.card.municipality.name).toBe('Den Helder');
    expect(match.card.title).toBe('wijkmanager');

    const northSea = await t.app.inject({ url: '/api/v1/lookup?lat=53.5&lon=3.0' });
    expect(northSea.statusCode).toBe(404);
    expect(northSea.json()).toMatchObject({ code: 'not_found' });
    expect(northSea.json().message).toMatch(/ligt niet in een gebied/);
  });

  it('finds areas, districts and neighbourhoods by name, accents and case ignored', async () => {
    const response = await t.app.inject({ url: '/api/v1/lookup?q=tuinw' });
    expect(response.json().matches[0]).toMatchObject({ type: 'neighbourhood', code: 'BU07480102', name: 'Tuinwijk', area: { name: 'Noordelijke wijken' } });
    const kern = await t.app.inject({ url: '/api/v1/lookup?q=LEPELSTRAAT&municipality=GM0748' });
    expect(kern.json().matches[0]).toMatchObject({ type: 'area', name: 'Lepelstraat' });
    expect(kern.json().matches[0].label).toBe('Lepelstraat (kern, Bergen op Zoom)');
    const ridderkerk = await t.app.inject({ url: '/api/v1/lookup?q=bolnes' });
    expect(ridderkerk.json().matches[0].card.title).toBe('wijkregisseur');
  });

  it('rejects bad queries with a readable 400', async () => {
    for (const url of ['/api/v1/lookup', '/api/v1/lookup?lat=999&lon=4', '/api/v1/lookup?q=a', '/api/v1/lookup?lat=51.5', '/api/v1/lookup?q=tuin&evil=1']) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().code).toBe('validation_failed');
      expect(response.json().message.length).toBeGreaterThan(10);
    }
  });

  it('serves each municipality map with every area and only its own neighbourhoods', async () => {
    for (const demo of DEMO_MUNICIPALITIES) {
      const response = await t.app.inject({ url: `/api/v1/public/municipalities/${demo.id}/map` });
      expect(response.statusCode).toBe(200);
      const map = response.json();
      expect(map.regions.every((r: { code: string }) => r.code.slice(2, 6) === demo.id.slice(2))).toBe(true);
      if (demo.areas) expect(map.areas.map((a: { name: string }) => a.name).sort()).toEqual(demo.areas.map((a) => a.name).sort());
    }
    expect((await t.app.inject({ url: '/api/v1/public/municipalities/GM9999/map' })).statusCode).toBe(404);
  });

  it('says clearly that address search is off when no PDOK Locatieserver is configured', async () => {
    const response = await t.app.inject({ url: '/api/v1/lookup/address?q=Grote%20Markt%201%20Bergen%20op%20Zoom' });
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe('address_search_disabled');
  });

  it('reflects an area change in a running server without a restart', async () => {
    const before = t.app.lookup.version();
    await t.database.owner.query(`update areas set name = 'Noordelijke wijken (Noord)' where name = 'Noordelijke wijken'`);
    await expect.poll(() => t.app.lookup.version(), { timeout: 5000 }).toBeGreaterThan(before);
    const response = await t.app.inject({ url: '/api/v1/lookup?lat=51.5095&lon=4.2955' });
    expect(response.json().area.name).toBe('Noordelijke wijken (Noord)');
  });

  it('limits public reads per client, with headers only once the limit is reached', async () => {
    const limited = await buildTestApp({ template: 'demo', config: { rateLimits: { login: 10, publicWrite: 30, publicRead: 2 } } });
    try {
      const responses = [];
      for (let i = 0; i < 3; i++) responses.push(await limited.app.inject({ url: '/api/v1/lookup?lat=51.5095&lon=4.2955' }));
      expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 429]);
      expect(responses[0]?.headers['x-ratelimit-limit']).toBeUndefined();
      expect(responses[2]?.headers['retry-after']).toBeDefined();
      expect(responses[2]?.json().code).toBeTypeOf('string');
      // Public writes keep announcing their tight limit on every answer.
      const write = await limited.app.inject({ url: '/api/v1/lookup/address?q=Grote%20Markt' });
      expect(write.headers['x-ratelimit-limit']).toBe('30');
    } finally {
      await limited.close();
    }
  });
});
