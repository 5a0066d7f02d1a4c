import type pg from 'pg';
import { verifyPassword } from '../../platform/auth/passwords.js';
import { createSession } from '../../platform/auth/sessions.js';
import { AppError } from '../../platform/errors.js';

/** Checks email and password; on success starts a session. The error never says which of the two was wrong. */
export async function signIn(options: {
  pool: pg.Pool;
  email: string;
  password: string;
  sessionHours: number;
}): Promise<{ token: string; expiresAt: Date }> {
  const { rows } = await options.pool.query<{
    id: string;
    municipality_id: string;
    password_hash: string | null;
    is_active: boolean;
  }>('select * from auth_user_for_login($1)', [options.email]);
  const user = rows[0];
  const isValid = await verifyPassword(user?.password_hash, options.password);
  if (!user || !isValid || !user.is_active) {
    throw new AppError(401, 'invalid_credentials', 'E-mailadres of wachtwoord klopt niet.');
  }
  return createSession({
    pool: options.pool,
    userId: user.id,
    municipalityId: user.municipality_id,
    hours: options.sessionHours,
  });
}
