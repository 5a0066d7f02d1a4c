import { ROLES } from '../../../shared/schemas/common.js';
import { STAFF_ROLES, hasRole } from '../../platform/auth/access.js';
import type { SessionUser } from '../../platform/auth/sessions.js';

/** Everyone signed in reads the partner network; a partner only its own organisation. */
export const ORGANISATION_READERS = ROLES;
/** Who keep the partner network. A partner keeps only its own organisation's general details. */
export const ORGANISATION_EDITORS = ['connector', 'coordinator', 'administrator'] as const;
/** Contact persons' personal data: only the municipality's own staff (never partners), every read audited. */
export const CONTACT_READERS = STAFF_ROLES;

/** A partner account without any staff role: sees only its own organisation's records. */
export const isPartnerOnly = (user: SessionUser) => hasRole(user, 'partner') && !hasRole(user, ...STAFF_ROLES);

export const canEditOrganisations = (user: SessionUser) => hasRole(user, ...ORGANISATION_EDITORS);
