import {
  type Organisation,
  type OrganisationInput,
  type OrganisationListQuery,
  type OrganisationSummary,
  type OrganisationUpdate,
  PARTNER_EDITABLE_FIELDS,
} from '../../../shared/schemas/organisation.js';
import { recordAudit } from '../../platform/audit.js';
import { hasRole } from '../../platform/auth/access.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { listAgreementRows, listWishRows } from './agreements.repo.js';
import { contactExists, listContactRows } from './contacts.repo.js';
import { canEditOrganisations, isPartnerOnly } from './organisations.policy.js';
import { presentContact, presentOrganisation, presentOrganisationSummary } from './organisations.presenter.js';
import {
  countAreas,
  deleteOrganisation as deleteOrganisationRow,
  findActiveUsers,
  findOrganisationRow,
  findUserOrganisationId,
  insertOrganisation,
  listOrganisationRows,
  listPartnerUsers,
  type OrganisationRow,
  replaceOrganisationAreas,
  replacePartnerUsers,
  updateOrganisation as updateOrganisationRow,
} from './organisations.repo.js';

type UserScope = Scope & { user: SessionUser };

/** The partner network, filtered; a partner sees only its own organisation. */
export async function listOrganisations(scope: UserScope & { query: OrganisationListQuery }): Promise<OrganisationSummary[]> {
  let onlyId: string | undefined;
  if (isPartnerOnly(scope.user)) {
    const own = await findUserOrganisationId(scope.db, scope.municipalityId, scope.actorId);
    if (!own) return [];
    onlyId = own;
  }
  const rows = await listOrganisationRows(scope.db, scope.municipalityId, { ...scope.query, onlyId });
  return rows.map(presentOrganisationSummary);
}

/**
 * One organisation with contacts, agreements and wishes. Contact persons' personal data only for the
 * municipality's staff, and that read is audited; a partner sees its own organisation without them.
 */
export async function getOrganisation(scope: UserScope & { organisationId: string }): Promise<Organisation> {
  const row = await loadVisible(scope, scope.organisationId);
  const isPartner = isPartnerOnly(scope.user);
  const contactRows = isPartner ? [] : await listContactRows(scope.db, scope.municipalityId, { organisationId: row.id });
  const agreements = await listAgreementRows(scope.db, scope.municipalityId, row.id);
  const wishes = await listWishRows(scope.db, scope.municipalityId, row.id);
  if (contactRows.length > 0) {
    await recordAudit(scope.db, {
      municipalityId: scope.municipalityId,
      actorId: scope.actorId,
      action: 'contact.read',
      entityType: 'organisation',
      entityId: row.id,
      details: { contactIds: contactRows.map((contact) => contact.id) },
    });
  }
  return presentOrganisation(row, {
    contacts: contactRows.map((contact) => presentContact(contact, true)),
    agreements,
    wishes,
    partnerUsers: isPartner ? null : await listPartnerUsers(scope.db, scope.municipalityId, row.id),
    canEdit: canEditOrganisations(scope.user) || isPartner,
  });
}

/** Adds an organisation to the partner network; a connector who adds it keeps the relation unless someone else is named. */
export async function createOrganisation(scope: UserScope & { input: OrganisationInput }): Promise<Organisation> {
  const { areaIds, ...input } = scope.input;
  if (input.relationHolderId === null && hasRole(scope.user, 'connector')) input.relationHolderId = scope.actorId;
  await checkReferences(scope, { ...input, areaIds });
  const id = await insertOrganisation(scope.db, scope.municipalityId, input);
  await replaceOrganisationAreas(scope.db, scope.municipalityId, id, areaIds);
  await audit(scope, 'organisation.create', id, { name: input.name, type: input.type });
  return getOrganisation({ ...scope, organisationId: id });
}

/** Changes an organisation; a partner may change only its own general details and board seats. */
export async function updateOrganisation(scope: UserScope & { organisationId: string; update: OrganisationUpdate }): Promise<Organisation> {
  const row = await loadVisible(scope, scope.organisationId);
  const { areaIds, ...update } = scope.update;
  if (isPartnerOnly(scope.user)) {
    const notAllowed = Object.keys(scope.update).filter((key) => !(PARTNER_EDITABLE_FIELDS as readonly string[]).includes(key));
    if (notAllowed.length > 0) throw forbidden(`Als partner kunt u dit niet wijzigen: ${notAllowed.join(', ')}. Vraag het de wijkverbinder.`);
  }
  const seats = update.boardSeats === undefined ? row.board_seats : update.boardSeats;
  const vacancies = update.boardVacancies === undefined ? row.board_vacancies : update.boardVacancies;
  if (seats !== null && vacancies !== null && vacancies > seats) {
    throw new AppError(400, 'vacancies_exceed_seats', 'Er zijn niet meer vacatures dan zetels.');
  }
  await checkReferences(scope, { ...update, areaIds });
  await updateOrganisationRow(scope.db, scope.municipalityId, row.id, update);
  if (areaIds) await replaceOrganisationAreas(scope.db, scope.municipalityId, row.id, areaIds);
  await audit(scope, 'organisation.update', row.id, { fields: Object.keys(scope.update) });
  return getOrganisation(scope);
}

export async function deleteOrganisation(scope: UserScope & { organisationId: string }): Promise<void> {
  if (!(await deleteOrganisationRow(scope.db, scope.municipalityId, scope.organisationId))) throw notFound('Organisatie niet gevonden.');
  await audit(scope, 'organisation.delete', scope.organisationId, {});
}

/** Links partner accounts to the organisation: they then see its records (and only those). */
export async function setPartnerUsers(scope: UserScope & { organisationId: string; userIds: string[] }): Promise<Organisation> {
  const row = await loadVisible(scope, scope.organisationId);
  const partners = await findActiveUsers(scope.db, scope.municipalityId, scope.userIds, ['partner']);
  if (partners.size !== scope.userIds.length) {
    throw new AppError(400, 'not_a_partner', 'Alleen partneraccounts van deze gemeente kunnen aan een organisatie worden gekoppeld.');
  }
  await replacePartnerUsers(scope.db, scope.municipalityId, row.id, scope.userIds);
  await audit(scope, 'organisation.partner_users', row.id, { userIds: scope.userIds });
  return getOrganisation(scope);
}

/** The organisation, if this user may see it (else 404, so a partner learns nothing of others). */
export async function loadVisible(scope: UserScope, organisationId: string): Promise<OrganisationRow> {
  const row = await findOrganisationRow(scope.db, scope.municipalityId, organisationId);
  if (!row) throw notFound('Organisatie niet gevonden.');
  if (isPartnerOnly(scope.user) && (await findUserOrganisationId(scope.db, scope.municipalityId, scope.actorId)) !== row.id) {
    throw notFound('Organisatie niet gevonden.');
  }
  return row;
}

async function checkReferences(scope: Scope, input: Partial<OrganisationInput>): Promise<void> {
  const areaIds = input.areaIds ?? [];
  if (areaIds.length > 0 && (await countAreas(scope.db, scope.municipalityId, areaIds)) !== areaIds.length) {
    throw new AppError(400, 'unknown_area', 'Een gekozen gebied bestaat niet in deze gemeente.');
  }
  const userIds = [input.accountManagerId, input.relationHolderId, input.fallbackAdviserId].filter((id): id is string => Boolean(id));
  const known = await findActiveUsers(scope.db, scope.municipalityId, userIds);
  if (userIds.some((id) => !known.has(id))) throw new AppError(400, 'unknown_user', 'Een gekozen persoon bestaat niet (meer) in deze gemeente.');
  if (input.fallbackCommunityWorkerId) {
    if (!(await contactExists(scope.db, scope.municipalityId, input.fallbackCommunityWorkerId))) throw new AppError(400, 'unknown_contact', 'De gekozen opbouwwerker staat niet bij de contactpersonen.');
  }
}

function audit(scope: Scope, action: string, id: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType: 'organisation', entityId: id, details });
}
