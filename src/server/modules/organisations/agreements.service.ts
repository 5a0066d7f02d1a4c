import type {
  Agreement,
  AgreementInput,
  AgreementUpdate,
  ProductWish,
  ProductWishInput,
  ProductWishUpdate,
} from '../../../shared/schemas/organisation.js';
import { recordAudit } from '../../platform/audit.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, notFound } from '../../platform/errors.js';
import { findAgreementRow, findWishRow, insertAgreement, insertWish, updateAgreement as updateAgreementRow, updateWish as updateWishRow } from './agreements.repo.js';
import { countAreas } from './organisations.repo.js';
import { presentAgreement, presentWish } from './organisations.presenter.js';
import { loadVisible } from './organisations.service.js';

type UserScope = Scope & { user: SessionUser };

/** Records an agreement with a partner, for one area or the whole municipality. */
export async function createAgreement(scope: UserScope & { organisationId: string; input: AgreementInput }): Promise<Agreement> {
  const organisation = await loadVisible(scope, scope.organisationId);
  await checkArea(scope, scope.input.areaId);
  const id = await insertAgreement(scope.db, scope.municipalityId, organisation.id, scope.actorId, scope.input);
  await audit(scope, 'agreement.create', 'agreement', id, { organisationId: organisation.id });
  return presentAgreement((await findAgreementRow(scope.db, scope.municipalityId, id)) as NonNullable<Awaited<ReturnType<typeof findAgreementRow>>>);
}

export async function updateAgreement(scope: Scope & { agreementId: string; update: AgreementUpdate }): Promise<Agreement> {
  const row = await findAgreementRow(scope.db, scope.municipalityId, scope.agreementId);
  if (!row) throw notFound('Afspraak niet gevonden.');
  await checkArea(scope, scope.update.areaId);
  const startsOn = scope.update.startsOn ?? row.starts_on;
  const endsOn = scope.update.endsOn === undefined ? row.ends_on : scope.update.endsOn;
  if (endsOn && endsOn < startsOn) throw new AppError(400, 'ends_before_start', 'De einddatum ligt voor de begindatum.');
  await updateAgreementRow(scope.db, scope.municipalityId, row.id, scope.update);
  await audit(scope, 'agreement.update', 'agreement', row.id, { fields: Object.keys(scope.update) });
  return presentAgreement((await findAgreementRow(scope.db, scope.municipalityId, row.id)) as typeof row);
}

/** A wish from an area for a subsidised institution's product agreements (productafspraken). */
export async function createWish(scope: UserScope & { organisationId: string; input: ProductWishInput }): Promise<ProductWish> {
  const organisation = await loadVisible(scope, scope.organisationId);
  if (!organisation.is_subsidised) {
    throw new AppError(400, 'not_subsidised', 'Wensen voor productafspraken horen bij een gesubsidieerde instelling.');
  }
  await checkArea(scope, scope.input.areaId);
  const id = await insertWish(scope.db, scope.municipalityId, organisation.id, scope.actorId, scope.input);
  await audit(scope, 'wish.create', 'product_wish', id, { organisationId: organisation.id, status: scope.input.status });
  return presentWish((await findWishRow(scope.db, scope.municipalityId, id)) as NonNullable<Awaited<ReturnType<typeof findWishRow>>>);
}

export async function updateWish(scope: Scope & { wishId: string; update: ProductWishUpdate }): Promise<ProductWish> {
  const row = await findWishRow(scope.db, scope.municipalityId, scope.wishId);
  if (!row) throw notFound('Wens niet gevonden.');
  await updateWishRow(scope.db, scope.municipalityId, row.id, scope.update);
  await audit(scope, 'wish.update', 'product_wish', row.id, { fields: Object.keys(scope.update), status: scope.update.status });
  return presentWish((await findWishRow(scope.db, scope.municipalityId, row.id)) as typeof row);
}

async function checkArea(scope: Scope, areaId: string | null | undefined): Promise<void> {
  if (areaId && (await countAreas(scope.db, scope.municipalityId, [areaId])) !== 1) {
    throw new AppError(400, 'unknown_area', 'Dit gebied bestaat niet in deze gemeente.');
  }
}

function audit(scope: Scope, action: string, entityType: string, id: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType, entityId: id, details });
}
