import type { Contact, ContactChoice, ContactInput, ContactPickerQuery, ContactUpdate } from '../../../shared/schemas/organisation.js';
import { recordAudit } from '../../platform/audit.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, notFound } from '../../platform/errors.js';
import {
  type ContactRow,
  deleteContact as deleteContactRow,
  findContactRow,
  insertContact,
  listContactChoiceRows,
  listContactRows,
  updateContact as updateContactRow,
} from './contacts.repo.js';
import { findActiveUsers } from './organisations.repo.js';
import { presentContact } from './organisations.presenter.js';
import { loadVisible } from './organisations.service.js';

type UserScope = Scope & { user: SessionUser };

/** Contact persons with their personal data (staff only: the route says who); the read is audited. */
export async function listContacts(scope: Scope & { organisationId?: string; q?: string }): Promise<Contact[]> {
  const rows = await listContactRows(scope.db, scope.municipalityId, { organisationId: scope.organisationId, q: scope.q });
  if (rows.length > 0) await auditRead(scope, 'contact.read', rows);
  return rows.map((row) => presentContact(row, true));
}

/** A search by name returns at most this many: a picker needs a few names, not the whole address book. */
const CHOICES_BY_NAME = 20;
const CHOICES_OF_ORGANISATIONS = 200;

/**
 * Contact persons to choose from (for an activity): name, role and organisation only, no e-mail or
 * phone. Still personal data of the municipality's staff only, so the read is audited like any other.
 */
export async function listContactChoices(scope: Scope & { query: ContactPickerQuery }): Promise<ContactChoice[]> {
  const { organisationIds, q } = scope.query;
  const limit = organisationIds ? CHOICES_OF_ORGANISATIONS : CHOICES_BY_NAME;
  const rows = await listContactChoiceRows(scope.db, scope.municipalityId, { organisationIds, q, limit });
  if (rows.length > 0) await auditRead(scope, 'contact.read', rows, { purpose: 'picker' });
  return rows.map((row) => ({ id: row.id, name: row.name, role: row.role, organisationName: row.organisation_name }));
}

export async function getContact(scope: Scope & { contactId: string }): Promise<Contact> {
  const row = await loadContact(scope, scope.contactId);
  await auditRead(scope, 'contact.read', [row]);
  return presentContact(row, true);
}

/** Adds a contact person to an organisation; personal data only with a recorded legal basis. */
export async function createContact(scope: UserScope & { organisationId: string; input: ContactInput }): Promise<Contact> {
  const organisation = await loadVisible(scope, scope.organisationId);
  const input = { ...scope.input, relationHolderId: scope.input.relationHolderId ?? (scope.user.roles.includes('connector') ? scope.actorId : null) };
  await checkHolder(scope, input.relationHolderId);
  const id = await insertContact(scope.db, scope.municipalityId, organisation.id, input);
  await audit(scope, 'contact.create', id, { organisationId: organisation.id, legalBasis: input.legalBasis });
  return presentContact(await loadContact(scope, id), true);
}

export async function updateContact(scope: Scope & { contactId: string; update: ContactUpdate }): Promise<Contact> {
  const row = await loadContact(scope, scope.contactId);
  await checkHolder(scope, scope.update.relationHolderId);
  await updateContactRow(scope.db, scope.municipalityId, row.id, scope.update);
  await audit(scope, 'contact.update', row.id, { fields: Object.keys(scope.update) });
  return presentContact(await loadContact(scope, row.id), true);
}

/** Removes a contact person and their personal data (AVG: erasure); activities keep their other links. */
export async function deleteContact(scope: Scope & { contactId: string }): Promise<void> {
  const row = await loadContact(scope, scope.contactId);
  await deleteContactRow(scope.db, scope.municipalityId, row.id);
  await audit(scope, 'contact.delete', row.id, { organisationId: row.organisation_id });
}

async function loadContact(scope: Scope, id: string): Promise<ContactRow> {
  const row = await findContactRow(scope.db, scope.municipalityId, id);
  if (!row) throw notFound('Contactpersoon niet gevonden.');
  return row;
}

async function checkHolder(scope: Scope, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  if (!(await findActiveUsers(scope.db, scope.municipalityId, [userId])).has(userId)) {
    throw new AppError(400, 'unknown_user', 'De gekozen collega bestaat niet (meer) in deze gemeente.');
  }
}

function auditRead(scope: Scope, action: string, rows: { id: string }[], extra: Record<string, unknown> = {}) {
  return recordAudit(scope.db, {
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    action,
    entityType: 'contact',
    entityId: rows.length === 1 ? (rows[0] as { id: string }).id : null,
    details: { contactIds: rows.map((row) => row.id), ...extra },
  });
}

function audit(scope: Scope, action: string, id: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType: 'contact', entityId: id, details });
}
