import type { Municipality, MunicipalityUpdate } from '../../../shared/schemas/municipality.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import type { Db } from '../../platform/db/tenant.js';
import { notFound } from '../../platform/errors.js';
import { presentMunicipality } from './municipalities.presenter.js';
import { findMunicipality, updateMunicipality } from './municipalities.repo.js';

/** The settings of one municipality. */
export async function getMunicipality(options: { db: Db; municipalityId: string }): Promise<Municipality> {
  const row = await findMunicipality(options.db, options.municipalityId);
  if (!row) throw notFound('Gemeente niet gevonden.');
  return presentMunicipality(row);
}

/** Changes a municipality's settings (name, connector title, theme, regular channels) and audits it. */
export async function changeMunicipalitySettings(options: Scope & { update: MunicipalityUpdate }): Promise<Municipality> {
  const row = await updateMunicipality(options.db, options.municipalityId, options.update);
  if (!row) throw notFound('Gemeente niet gevonden.');
  await recordAudit(options.db, {
    municipalityId: options.municipalityId,
    actorId: options.actorId,
    action: 'municipality.update',
    entityType: 'municipality',
    entityId: options.municipalityId,
    details: { fields: Object.keys(options.update) },
  });
  return presentMunicipality(row);
}
