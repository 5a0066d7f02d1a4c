import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createMunicipality, createUser, type Session, signIn } from '../../../../test/factories.js';
import { ROLES, type Role } from '../../../shared/schemas/common.js';

const withParams = (url: string) =>
  url.replace(':code', 'GM0748').replace(':key', 'received').replace(':token', 'a'.repeat(32)).replace(/:\w+/g, () => randomUUID());

describe('access: a role check on every route', () => {
  let t: TestApp;
  const sessions = new Map<Role, Session>();
  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
    await createMunicipality(t.database.owner, { id: 'GM0748', name: 'Bergen op Zoom' });
    for (const role of ROLES) {
      const user = await createUser(t.database.owner, { municipalityId: 'GM0748', roles: [role] });
      sessions.set(role, await signIn(t.app, user.email));
    }
  });
  afterAll(() => t.close());

  it('has declared access on every API route', () => {
    const apiRoutes = t.app.accessRoutes.filter((route) => route.url.startsWith('/api/'));
    expect(apiRoutes.length).toBeGreaterThan(15);
    expect(apiRoutes.filter((route) => route.access === undefined)).toEqual([]);
  });

  it('answers 401 to an anonymous caller on every non-public route', async () => {
    const closed = t.app.accessRoutes.filter((route) => route.access !== 'public');
    for (const route of closed) {
      const response = await t.app.inject({ method: route.method as 'GET', url: withParams(route.url), payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.json().code).toBe('unauthenticated');
    }
  });

  it('answers 403 to each role on every route that is not for that role', async () => {
    let checked = 0;
    for (const route of t.app.accessRoutes) {
      if (!Array.isArray(route.access)) continue;
      for (const role of ROLES) {
        if (route.access.includes(role)) continue;
        const session = sessions.get(role) as Session;
        const response = await t.app.inject({
          method: route.method as 'GET',
          url: withParams(route.url),
          headers: session.headers,
          payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        });
        expect(response.statusCode, `${role} → ${route.method} ${route.url}`).toBe(403);
        expect(response.json().code).toBe('forbidden');
        checked++;
      }
    }
    // Partners and specialists are shut out of administration: this count only drops if a route opens up.
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it('lets each role through on its own routes (no 401/403)', async () => {
    for (const route of t.app.accessRoutes) {
      if (!Array.isArray(route.access) || route.method !== 'GET') continue;
      for (const role of route.access) {
        const response = await t.app.inject({ url: withParams(route.url), headers: sessions.get(role)?.headers });
        expect([401, 403], `${role} → ${route.url}`).not.toContain(response.statusCode);
      }
    }
  });

  it('sends strict security headers: pages a CSP without inline scripts, API answers one that runs and frames nothing', async () => {
    const page = await t.app.inject({ url: '/' });
    const pageCsp = page.headers['content-security-policy'] as string;
    expect(pageCsp).toContain("script-src 'self'");
    expect(pageCsp).toContain("frame-ancestors 'none'");
    expect(pageCsp).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    const api = await t.app.inject({ url: '/api/health' });
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['x-frame-options']).toBe('DENY');
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['strict-transport-security']).toBeDefined();
  });
});
