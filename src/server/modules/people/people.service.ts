import type { User, UserInput, UserUpdate } from '../../../shared/schemas/user.js';
import { recordAudit } from '../../platform/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, notFound } from '../../platform/errors.js';
import { type UserRow, deleteUserSessions, findUserRow, insertUserRow, listUserRows, updateUserRow } from './people.repo.js';

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    municipalityCode: row.municipality_id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    phone: row.phone,
    department: row.department,
    jobTitle: row.job_title,
    expertise: row.expertise,
    isActive: row.is_active,
  };
}

/** Everyone with an account in the municipality. */
export async function listUsers({ db, municipalityId }: Scope): Promise<User[]> {
  return (await listUserRows(db, municipalityId)).map(presentUser);
}

/** Creates an account; without a password the person cannot sign in until one is set. */
export async function createUser(scope: Scope & { input: UserInput }): Promise<User> {
  const { input } = scope;
  const id = await insertUserRow(scope.db, {
    municipality_id: scope.municipalityId,
    email: input.email,
    name: input.name,
    roles: input.roles,
    phone: input.phone,
    department: input.department,
    job_title: input.jobTitle,
    expertise: input.expertise,
    password_hash: input.password ? await hashPassword(input.password) : null,
  }).catch((error: { code?: string }) => {
    if (error.code === '23505') throw new AppError(409, 'email_taken', 'Er is al een account met dit e-mailadres.');
    throw error;
  });
  await recordAudit(scope.db, {
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    action: 'user.create',
    entityType: 'user',
    entityId: id,
    details: { roles: input.roles },
  });
  return getUser({ ...scope, userId: id });
}

export async function getUser(scope: Scope & { userId: string }): Promise<User> {
  const row = await findUserRow(scope.db, scope.municipalityId, scope.userId);
  if (!row) throw notFound('Persoon niet gevonden.');
  return presentUser(row);
}

/** Changes an account; deactivating it or changing its password ends its sessions. */
export async function updateUser(scope: Scope & { userId: string; update: UserUpdate }): Promise<User> {
  const { update, userId } = scope;
  if (userId === scope.actorId && (update.isActive === false || (update.roles && !update.roles.includes('administrator')))) {
    throw new AppError(400, 'cannot_demote_self', 'U kunt uw eigen beheerrechten niet intrekken of uw eigen account niet uitzetten.');
  }
  const changed = await updateUserRow(scope.db, scope.municipalityId, userId, {
    name: update.name,
    roles: update.roles,
    ...(update.phone !== undefined && { phone: update.phone }),
    ...(update.department !== undefined && { department: update.department }),
    ...(update.jobTitle !== undefined && { job_title: update.jobTitle }),
    expertise: update.expertise,
    is_active: update.isActive,
    password_hash: update.password ? await hashPassword(update.password) : undefined,
  });
  if (!changed) throw notFound('Persoon niet gevonden.');
  if (update.isActive === false || update.password) await deleteUserSessions(scope.db, scope.municipalityId, userId);
  await recordAudit(scope.db, {
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    action: 'user.update',
    entityType: 'user',
    entityId: userId,
    details: { fields: Object.keys(update).map((key) => (key === 'password' ? 'password(changed)' : key)) },
  });
  return getUser(scope);
}
