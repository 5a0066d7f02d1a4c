import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';

describe('address search through the PDOK Locatieserver adapter', () => {
  let t: TestApp;
  let server: http.Server;
  const queries: string[] = [];

  beforeAll(async () => {
    // A stand-in for the public PDOK API (no internet here), answering in its documented /free shape.
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      queries.push(url.searchParams.get('q') ?? '');
      const isKnown = url.pathname.endsWith('/free') && url.searchParams.get('q')?.includes('Tuinwijk');
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          response: {
            numFound: isKnown ? 1 : 0,
            docs: isKnown ? [{ weergavenaam: 'Vincent van Goghlaan 1, 4615 Bergen op Zoom', centroide_ll: 'POINT(4.2955 51.5095)' }] : [],
          },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    t = await buildTestApp({ template: 'demo', config: { pdokLocatieserverUrl: `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1` } });
  });
  afterAll(async () => {
    await t.close();
    server.close();
  });

  it('turns an address into coordinates and the connector card of its area', async () => {
    const response = await t.app.inject({ url: '/api/v1/lookup/address?q=Vincent%20van%20Goghlaan%201%20Tuinwijk' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      address: 'Vincent van Goghlaan 1, 4615 Bergen op Zoom',
      lat: 51.5095,
      lon: 4.2955,
      result: { area: { name: 'Noordelijke wijken' }, card: { title: 'wijkverbinder' } },
    });
    expect(queries.at(-1)).toBe('Vincent van Goghlaan 1 Tuinwijk');
  });

  it('answers 404 for an address PDOK does not know, and 502 when PDOK is unreachable', async () => {
    expect((await t.app.inject({ url: '/api/v1/lookup/address?q=Nergensstraat%2099' })).statusCode).toBe(404);
    const down = await buildTestApp({ template: 'empty', config: { pdokLocatieserverUrl: 'http://127.0.0.1:9/pdok' } });
    try {
      const response = await down.app.inject({ url: '/api/v1/lookup/address?q=Grote%20Markt%201' });
      expect(response.statusCode).toBe(502);
      expect(response.json().code).toBe('address_search_unavailable');
    } finally {
      await down.close();
    }
  });
});
