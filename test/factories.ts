import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { Role } from '../src/shared/schemas/common.js';
import { hashPassword } from '../src/server/platform/auth/passwords.js';

// Factories write as the owner (like a migration or seed would), so they can set up any municipality.

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));
const unique = () => randomBytes(4).toString('hex');

export async function createMunicipality(
  owner: pg.Pool,
  overrides: { id?: string; name?: string; connectorTitle?: string } = {},
): Promise<{ id: string; name: string }> {
  const id = overrides.id ?? `GM9${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  const name = overrides.name ?? `Testgemeente ${id}`;
  await owner.query(
    `insert into municipalities (id, name, connector_title) values ($1, $2, $3) on conflict (id) do nothing`,
    [id, name, overrides.connectorTitle ?? 'wijkverbinder'],
  );
  return { id, name };
}

export async function createUser(
  owner: pg.Pool,
  options: { municipalityId: string; roles: Role[]; email?: string; name?: string; phone?: string; isActive?: boolean },
): Promise<{ id: string; email: string; municipalityId: string }> {
  const email = options.email ?? `${options.roles[0]}-${unique()}@test.example`;
  const { rows } = await owner.query<{ id: string }>(
    `insert into users (municipality_id, email, name, roles, password_hash, phone, is_active)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [options.municipalityId, email, options.name ?? `Test ${options.roles.join('/')}`, options.roles, await passwordHash(), options.phone ?? null, options.isActive ?? true],
  );
  return { id: rows[0]?.id as string, email, municipalityId: options.municipalityId };
}

/** A district with neighbourhoods as simple squares, so tests can place points exactly. */
export async function createRegions(
  owner: pg.Pool,
  options: { municipalityId: string; year?: number; districtNumber?: string; neighbourhoods: { suffix: string; name: string; square: [number, number, number] }[] },
): Promise<{ districtCode: string; neighbourhoodCodes: string[] }> {
  const digits = options.municipalityId.slice(2);
  const districtCode = `WK${digits}${options.districtNumber ?? '01'}`;
  const year = options.year ?? 2022;
  await owner.query(
    `insert into regions (municipality_id, year, code, kind, name) values ($1, $2, $3, 'district', $4) on conflict do nothing`,
    [options.municipalityId, year, districtCode, `Wijk ${options.districtNumber ?? '01'} Test`],
  );
  const codes: string[] = [];
  for (const n of options.neighbourhoods) {
    const code = `BU${digits}${options.districtNumber ?? '01'}${n.suffix}`;
    const [lon, lat, size] = n.square;
    const geometry = {
      type: 'Polygon',
      coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]],
    };
    await owner.query(
      `insert into regions (municipality_id, year, code, kind, name, district_code, geometry)
       values ($1, $2, $3, 'neighbourhood', $4, $5, $6) on conflict do nothing`,
      [options.municipalityId, year, code, n.name, districtCode, geometry],
    );
    codes.push(code);
  }
  return { districtCode, neighbourhoodCodes: codes };
}

export async function createArea(
  owner: pg.Pool,
  options: { municipalityId: string; name?: string; regionCodes: string[]; connectorIds?: string[] },
): Promise<{ id: string; name: string }> {
  const name = options.name ?? `Gebied ${unique()}`;
  const { rows } = await owner.query<{ id: string }>(
    `insert into areas (municipality_id, name) values ($1, $2) returning id`,
    [options.municipalityId, name],
  );
  const id = rows[0]?.id as string;
  await owner.query(
    `insert into area_regions (area_id, municipality_id, region_code) select $1, $2, unnest($3::text[])`,
    [id, options.municipalityId, options.regionCodes],
  );
  for (const userId of options.connectorIds ?? []) {
    await owner.query(
      `insert into area_people (area_id, user_id, municipality_id, role, hours_per_week) values ($1, $2, $3, 'connector', 4)`,
      [id, userId, options.municipalityId],
    );
  }
  return { id, name };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  /** Headers for a request as this user: the cookie, and the CSRF token for writes. */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Signs in through the real login route and returns what a browser would hold. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed for ${email}: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'schakel_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `schakel_session=${setCookie.value}`;
  const csrfToken = response.json().csrfToken as string;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
