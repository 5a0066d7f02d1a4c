import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Role } from '../../../shared/schemas/common.js';
import { withMunicipality } from '../db/tenant.js';

export interface SessionUser {
  id: string;
  municipalityId: string;
  email: string;
  name: string;
  roles: Role[];
  csrfToken: string;
}

export const SESSION_COOKIE = 'schakel_session';

// Only the hash of the session token is stored: a leaked table does not leak live sessions.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a server-side session for a signed-in user; returns the cookie value. */
export async function createSession(options: {
  pool: pg.Pool;
  userId: string;
  municipalityId: string;
  hours: number;
}): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + options.hours * 3_600_000);
  await withMunicipality(options.pool, options.municipalityId, async (db) => {
    await db.query(
      `insert into sessions (id_hash, user_id, municipality_id, csrf_token, expires_at) values ($1, $2, $3, $4, $5)`,
      [hashToken(token), options.userId, options.municipalityId, csrfToken, expiresAt],
    );
    await db.query(
      `delete from sessions where municipality_id = $1 and user_id = $2 and expires_at < now()`,
      [options.municipalityId, options.userId],
    );
    await db.query('update users set last_login_at = now() where municipality_id = $1 and id = $2', [
      options.municipalityId,
      options.userId,
    ]);
  });
  return { token, expiresAt };
}

/** The user behind a session cookie, or undefined when it is unknown, expired, or the account is inactive. */
export async function resolveSession(pool: pg.Pool, token: string): Promise<SessionUser | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const { rows } = await pool.query<{
    user_id: string;
    municipality_id: string;
    email: string;
    name: string;
    roles: Role[];
    csrf_token: string;
  }>('select * from auth_session($1)', [hashToken(token)]);
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row.user_id,
    municipalityId: row.municipality_id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    csrfToken: row.csrf_token,
  };
}

export async function deleteSession(pool: pg.Pool, municipalityId: string, token: string): Promise<void> {
  await withMunicipality(pool, municipalityId, (db) =>
    db.query('delete from sessions where municipality_id = $1 and id_hash = $2', [municipalityId, hashToken(token)]),
  );
}
