import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';

describe('people and roles', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    admin = await signIn(t.app, 'beheerder@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  it('lists the municipality’s people with roles and expertise, never password hashes', async () => {
    const response = await t.app.inject({ url: '/api/v1/users', headers: admin.headers });
    const users = response.json();
    expect(users.find((u: { email: string }) => u.email === 'specialist@bergenopzoom.demo')).toMatchObject({ roles: ['specialist'], expertise: ['veiligheid', 'ondermijning', 'buurtpreventie'] });
    expect(response.body).not.toMatch(/argon2|password/i);
    expect(users.every((u: { municipalityCode: string }) => u.municipalityCode === 'GM0748')).toBe(true);
  });

  it('creates an account that can sign in, changes its roles, and deactivating it ends its sessions', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'Nieuwe.Collega@BergenOpZoom.demo', name: 'Nieuwe Collega', roles: ['specialist'], expertise: ['groen'], password: 'een lang wachtwoord' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'nieuwe.collega@bergenopzoom.demo', roles: ['specialist'], isActive: true });
    const session = await signIn(t.app, 'nieuwe.collega@bergenopzoom.demo', 'een lang wachtwoord');

    const promoted = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${created.json().id}`, headers: admin.headers, payload: { roles: ['specialist', 'connector'] } });
    expect(promoted.json().roles).toEqual(['specialist', 'connector']);

    const deactivated = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${created.json().id}`, headers: admin.headers, payload: { isActive: false } });
    expect(deactivated.json()).toMatchObject({ isActive: false, expertise: ['groen'], roles: ['specialist', 'connector'] });
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: session.headers })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nieuwe.collega@bergenopzoom.demo', password: 'een lang wachtwoord' } });
    expect(login.statusCode).toBe(401);
  });

  it('refuses a duplicate email, a short password, an unknown role, and taking away one’s own admin rights', async () => {
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: { email: 'wijkverbinder@bergenopzoom.demo', name: 'Dubbel', roles: ['connector'] } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('email_taken');
    const short = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: { email: 'kort@x.nl', name: 'Kort', roles: ['connector'], password: 'kort' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().message).toContain('minstens 10 tekens');
    const role = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: { email: 'rol@x.nl', name: 'Rol', roles: ['burgemeester'] } });
    expect(role.statusCode).toBe(400);
    const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: admin.headers })).json();
    const demote = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${me.id}`, headers: admin.headers, payload: { roles: ['connector'] } });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().code).toBe('cannot_demote_self');
  });
});
