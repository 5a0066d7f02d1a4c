import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';

describe('serving the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
  });
  afterAll(() => t.close());

  it('serves index.html for client-side routes and the built assets, 404 for missing files and API paths', async () => {
    expect(existsSync(path.join(t.config.webDistDir, 'index.html'))).toBe(true);
    const page = await t.app.inject({ url: '/werk/gebieden/123' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="nl"');
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const asset = readdirSync(path.join(t.config.webDistDir, 'assets')).find((f) => f.endsWith('.js'));
    const js = await t.app.inject({ url: `/assets/${asset}` });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');

    expect((await t.app.inject({ url: '/assets/bestaat-niet.js' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/..%2Fpackage.json' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/nope' })).json().code).toBe('not_found');
  });

  it('upgrades insecure requests only when cookies are secure (served over https)', async () => {
    const csp = (await t.app.inject({ url: '/' })).headers['content-security-policy'] as string;
    expect(csp).toContain('upgrade-insecure-requests');
    const plain = await buildTestApp({ template: 'empty', config: { cookieSecure: false } });
    try {
      expect((await plain.app.inject({ url: '/' })).headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    } finally {
      await plain.close();
    }
  });
});
