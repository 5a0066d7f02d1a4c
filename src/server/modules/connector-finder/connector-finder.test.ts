import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';

describe('"who is the connector for …" for colleagues', () => {
  let t: TestApp;
  let server: http.Server;
  let specialist: Session;
  let connector: Session;
  const pdokQueries: URLSearchParams[] = [];

  beforeAll(async () => {
    // A stand-in for the PDOK Locatieserver (no internet here), answering streets (type:weg) in its /free shape.
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      pdokQueries.push(url.searchParams);
      const isRavelstraat = url.searchParams.get('q')?.toLowerCase().includes('vincent van gogh');
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          response: {
            docs: isRavelstraat ? [{ weergavenaam: 'Vincent van Goghlaan, Bergen op Zoom', centroide_ll: 'POINT(4.2955 51.5095)' }] : [],
          },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    t = await buildTestApp({ template: 'demo', config: { pdokLocatieserverUrl: `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1` } });
    specialist = await signIn(t.app, 'specialist@bergenopzoom.demo', 'demo');
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
  });
  afterAll(async () => {
    await t.close();
    server.close();
  });

  it('finds the connector of a buurt by its name, with availability and a one-minute summary of the area', async () => {
    const saved = await t.app.inject({ method: 'PUT', url: '/api/v1/connector-profile', headers: connector.headers, payload: { availability: 'Maandag en donderdag' } });
    expect(saved.json()).toEqual({ availability: 'Maandag en donderdag' });
    const response = await t.app.inject({ url: '/api/v1/connector-finder?q=Tuinwijk', headers: specialist.headers });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.matches[0]).toMatchObject({ type: 'neighbourhood', name: 'Tuinwijk' });
    expect(body.areas).toHaveLength(1);
    expect(body.areas[0]).toMatchObject({
      name: 'Noordelijke wijken',
      connectors: [{ name: 'Sanne Rijnders', hoursPerWeek: 4, availability: 'Maandag en donderdag', department: 'Stedelijke Ontwikkeling' }],
      alderman: 'Jolanda Buijs',
      adviser: 'Joost de Vries',
    });
    expect(body.areas[0].neighbourhoods).toContain('Tuinwijk');
    expect(body.areas[0].partners).toBeGreaterThan(0);
  });

  it('finds a street’s buurt through the street seam (PDOK), within the own municipality', async () => {
    const body = (await t.app.inject({ url: '/api/v1/connector-finder?q=Vincent%20van%20Goghlaan', headers: specialist.headers })).json();
    expect(body.streetSearch).toEqual({ available: true, message: null });
    expect(body.matches).toEqual([
      expect.objectContaining({ type: 'street', name: 'Vincent van Goghlaan, Bergen op Zoom', label: expect.stringContaining('in Noordelijke wijken') }),
    ]);
    expect(body.areas.map((a: { name: string }) => a.name)).toEqual(['Noordelijke wijken']);
    const last = pdokQueries.at(-1);
    expect(last?.getAll('fq')).toEqual(['type:weg', 'gemeentecode:0748']);
  });

  it('lists every area without a query, and says honestly when street search is off', async () => {
    const all = (await t.app.inject({ url: '/api/v1/connector-finder', headers: specialist.headers })).json();
    expect(all.areas).toHaveLength(8);
    const off = await buildTestApp({ template: 'demo' });
    try {
      const session = await signIn(off.app, 'specialist@bergenopzoom.demo', 'demo');
      const body = (await off.app.inject({ url: '/api/v1/connector-finder?q=Ravelstraat', headers: session.headers })).json();
      expect(body.matches).toEqual([]);
      expect(body.streetSearch.available).toBe(false);
      expect(body.streetSearch.message).toContain('geen straatgegevens');
      const buurt = (await off.app.inject({ url: '/api/v1/connector-finder?q=Lepelstraat', headers: session.headers })).json();
      expect(buurt.areas[0].stoppedBoards).toEqual([{ organisation: 'Dorpsraad Lepelstraat', takenOverBy: 'opbouwwerker Karin Smits en wijkadviseur Joost de Vries' }]);
    } finally {
      await off.close();
    }
    const partner = await signIn(t.app, 'partner@bergenopzoom.demo', 'demo');
    expect((await t.app.inject({ url: '/api/v1/connector-finder?q=Tuinwijk', headers: partner.headers })).statusCode).toBe(403);
  });
});
