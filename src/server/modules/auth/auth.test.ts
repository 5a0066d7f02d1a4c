import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createMunicipality, createUser, signIn, TEST_PASSWORD } from '../../../../test/factories.js';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
  });
  afterAll(() => t.close());

  it('signs in with a session cookie (HttpOnly, Secure, SameSite) and answers /me', async () => {
    const m = await createMunicipality(t.database.owner, { id: 'GM0748', name: 'Bergen op Zoom' });
    const user = await createUser(t.database.owner, { municipalityId: m.id, roles: ['connector'] });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'schakel_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `schakel_session=${cookie?.value}` } });
    expect(me.json()).toMatchObject({ email: user.email, roles: ['connector'], municipalityCode: 'GM0748' });
    const stored = await t.database.owner.query('select password_hash from users where id = $1', [user.id]);
    expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password, an unknown email and an inactive account with the same message', async () => {
    const user = await createUser(t.database.owner, { municipalityId: 'GM0748', roles: ['connector'] });
    const inactive = await createUser(t.database.owner, { municipalityId: 'GM0748', roles: ['connector'], isActive: false });
    for (const payload of [
      { email: user.email, password: 'wrong password' },
      { email: 'nobody@test.example', password: TEST_PASSWORD },
      { email: inactive.email, password: TEST_PASSWORD },
    ]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ code: 'invalid_credentials', message: 'E-mailadres of wachtwoord klopt niet.' });
    }
  });

  it('requires the CSRF token for writes, and logout ends the session', async () => {
    const user = await createUser(t.database.owner, { municipalityId: 'GM0748', roles: ['administrator'] });
    const session = await signIn(t.app, user.email);
    const csrf = await t.app.inject({ url: '/api/v1/auth/csrf', headers: { cookie: session.cookie } });
    expect(csrf.json()).toEqual({ token: session.csrfToken });

    const withoutToken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: session.cookie } });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().code).toBe('csrf_failed');
    const wrongToken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: session.cookie, 'x-csrf-token': 'x'.repeat(32) } });
    expect(wrongToken.statusCode).toBe(403);

    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(logout.statusCode).toBe(200);
    const after = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: session.cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });

  it('validates the login body with a readable message', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@b.nl' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
    expect(response.json().message).toContain('password');
    const broken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('invalid_body');
  });

  it('rate-limits login attempts per client', async () => {
    const limited = await buildTestApp({ template: 'empty', config: { rateLimits: { login: 3, publicWrite: 30, publicRead: 1000 } } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'x@y.nl', password: 'nope' } });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
