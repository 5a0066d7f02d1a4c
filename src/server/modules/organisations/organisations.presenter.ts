import type { Agreement, Board, Contact, Organisation, OrganisationSummary, ProductWish } from '../../../shared/schemas/organisation.js';
import type { AgreementRow, WishRow } from './agreements.repo.js';
import type { ContactRow } from './contacts.repo.js';
import type { OrganisationRow } from './organisations.repo.js';

const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function presentBoard(row: OrganisationRow): Board {
  const status = row.board_stopped_on ? 'stopped' : (row.board_vacancies ?? 0) > 0 ? 'vacancies' : row.board_seats !== null ? 'complete' : null;
  return {
    status,
    seats: row.board_seats,
    vacancies: row.board_vacancies,
    stoppedOn: row.board_stopped_on,
    fallback: row.board_stopped_on
      ? {
          adviser: named(row.fallback_adviser_id, row.fallback_adviser_name),
          communityWorker: row.fallback_community_worker_id
            ? { id: row.fallback_community_worker_id, name: row.fallback_community_worker_name ?? '', organisation: row.fallback_community_worker_organisation }
            : null,
          tasks: row.fallback_tasks ?? '',
        }
      : null,
  };
}

export function presentOrganisationSummary(row: OrganisationRow): OrganisationSummary {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    sector: row.sector,
    areas: row.areas,
    isSubsidised: row.is_subsidised,
    board: presentBoard(row),
    relationHolder: named(row.relation_holder_id, row.relation_holder_name),
    contactCount: row.contact_count,
  };
}

/** A contact person; `withPersonalData` false leaves out what only the municipality's staff may see. */
export function presentContact(row: ContactRow, withPersonalData: boolean): Contact {
  return {
    id: row.id,
    organisation: named(row.organisation_id, row.organisation_name),
    name: row.name,
    role: row.role,
    email: withPersonalData ? row.email : null,
    phone: withPersonalData ? row.phone : null,
    legalBasis: withPersonalData ? row.legal_basis : null,
    legalBasisNote: withPersonalData ? row.legal_basis_note : null,
    relationHolder: named(row.relation_holder_id, row.relation_holder_name),
  };
}

export function presentAgreement(row: AgreementRow): Agreement {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    area: named(row.area_id, row.area_name),
    title: row.title,
    description: row.description,
    status: row.status,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  };
}

export function presentWish(row: WishRow): ProductWish {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    area: { id: row.area_id, name: row.area_name },
    year: row.year,
    wish: row.wish,
    status: row.status,
    statusNote: row.status_note,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentOrganisation(
  row: OrganisationRow,
  parts: {
    contacts: Contact[];
    agreements: AgreementRow[];
    wishes: WishRow[];
    partnerUsers: { id: string; name: string }[] | null;
    canEdit: boolean;
  },
): Organisation {
  return {
    ...presentOrganisationSummary(row),
    description: row.description,
    email: row.email,
    phone: row.phone,
    website: row.website,
    accountManager: row.account_manager_id ? { id: row.account_manager_id, name: row.account_manager_name ?? '', email: row.account_manager_email } : null,
    contacts: parts.contacts,
    agreements: parts.agreements.map(presentAgreement),
    wishes: parts.wishes.map(presentWish),
    partnerUsers: parts.partnerUsers,
    canEdit: parts.canEdit,
  };
}
