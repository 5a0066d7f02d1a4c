import type { Role } from '../../../shared/schemas/common.js';
import type { User, UserInput, UserUpdate } from '../../../shared/schemas/user.js';
import { recordAudit } from '../../platform/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, notFound } from '../../platform/errors.js';
import { type UserRow, deleteUserSessions, findOrganisationName, findUserRow, insertUserRow, listUserRows, updateUserRow } from './people.repo.js';

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
    organisation: row.organisation_id ? { id: row.organisation_id, name: row.organisation_name ?? '' } : null,
  };
}

/** Everyone with an account in the municipality. */
export async function listUsers({ db, municipalityId }: Scope): Promise<User[]> {
  return (await listUserRows(db, municipalityId)).map(presentUser);
}

/** Creates an account; without a password the person cannot sign in until one is set. */
export async function createUser(scope: Scope & { input: UserInput }): Promise<User> {
  const { input } = scope;
  if (input.organisationId) await checkOrganisationLink(scope, input.roles, input.organisationId);
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
    organisation_id: input.organisationId,
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
    details: { roles: input.roles, ...(input.organisationId && { organisationId: input.organisationId }) },
  });
  return getUser({ ...scope, userId: id });
}

export async function getUser(scope: Scope & { userId: string }): Promise<User> {
  const row = await findUserRow(scope.db, scope.municipalityId, scope.userId);
  if (!row) throw notFound('Persoon niet gevonden.');
  return presentUser(row);
}

/**
 * Changes an account; deactivating it or changing its password ends its sessions. The link to an
 * organisation belongs to the partner role: it is refused for other accounts and cleared when the role goes.
 */
export async function updateUser(scope: Scope & { userId: string; update: UserUpdate }): Promise<User> {
  const { update, userId } = scope;
  if (userId === scope.actorId && (update.isActive === false || (update.roles && !update.roles.includes('administrator')))) {
    throw new AppError(400, 'cannot_demote_self', 'U kunt uw eigen beheerrechten niet intrekken of uw eigen account niet uitzetten.');
  }
  const row = await findUserRow(scope.db, scope.municipalityId, userId);
  if (!row) throw notFound('Persoon niet gevonden.');
  const roles = update.roles ?? row.roles;
  if (update.organisationId) await checkOrganisationLink(scope, roles, update.organisationId);
  const organisationId = roles.includes('partner') ? (update.organisationId === undefined ? row.organisation_id : update.organisationId) : null;
  await updateUserRow(scope.db, scope.municipalityId, userId, {
    name: update.name,
    roles: update.roles,
    ...(update.phone !== undefined && { phone: update.phone }),
    ...(update.department !== undefined && { department: update.department }),
    ...(update.jobTitle !== undefined && { job_title: update.jobTitle }),
    expertise: update.expertise,
    is_active: update.isActive,
    password_hash: update.password ? await hashPassword(update.password) : undefined,
    ...(organisationId !== row.organisation_id && { organisation_id: organisationId }),
  });
  if (update.isActive === false || update.password) await deleteUserSessions(scope.db, scope.municipalityId, userId);
  await recordAudit(scope.db, {
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    action: 'user.update',
    entityType: 'user',
    entityId: userId,
    details: {
      fields: Object.keys(update).map((key) => (key === 'password' ? 'password(changed)' : key)),
      ...(organisationId !== row.organisation_id && { organisation: { from: row.organisation_id, to: organisationId } }),
    },
  });
  return getUser(scope);
}

/** A partner account is linked only to an organisation of its own municipality, and only with the partner role. */
async function checkOrganisationLink(scope: Scope, roles: Role[], organisationId: string): Promise<void> {
  if (!roles.includes('partner')) {
    throw new AppError(400, 'not_a_partner', 'Alleen een account met de rol Partner kan aan een organisatie worden gekoppeld.', [
      { path: 'body.organisationId', message: 'Kies eerst de rol Partner, of laat de organisatie leeg.' },
    ]);
  }
  if (!(await findOrganisationName(scope.db, scope.municipalityId, organisationId))) {
    throw new AppError(400, 'unknown_organisation', 'De gekozen organisatie bestaat niet (meer) in deze gemeente.', [
      { path: 'body.organisationId', message: 'Kies een organisatie van deze gemeente.' },
    ]);
  }
}
