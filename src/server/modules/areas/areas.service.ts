import type { Area, AreaInput, AreaPeopleInput, AreaUpdate } from '../../../shared/schemas/area.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import { AppError, notFound } from '../../platform/errors.js';
import { presentArea } from './areas.presenter.js';
import {
  deleteAreaRow,
  findActiveUserIds,
  findAreaRow,
  findTakenRegionCodes,
  findUnknownRegionCodes,
  insertAreaRow,
  listAreaRows,
  replaceAreaPeople,
  replaceAreaRegions,
  updateAreaRow,
} from './areas.repo.js';


/** All areas of the municipality, the viewer's own first. */
export async function listAreas({ db, municipalityId, actorId }: Scope): Promise<Area[]> {
  const areas = (await listAreaRows(db, municipalityId)).map((row) => presentArea(row, actorId));
  return areas.sort((a, b) => Number(b.isMine) - Number(a.isMine) || a.name.localeCompare(b.name, 'nl'));
}

export async function getArea({ db, municipalityId, actorId, areaId }: Scope & { areaId: string }): Promise<Area> {
  const row = await findAreaRow(db, municipalityId, areaId);
  if (!row) throw notFound('Gebied niet gevonden.');
  return presentArea(row, actorId);
}

/** Creates an area from CBS neighbourhoods (or whole districts) that belong to no other area yet. */
export async function createArea(scope: Scope & { input: AreaInput }): Promise<Area> {
  await assertRegionsAvailable(scope, scope.input.regionCodes, null);
  const id = await insertAreaRow(scope.db, scope.municipalityId, scope.input);
  await replaceAreaRegions(scope.db, scope.municipalityId, id, scope.input.regionCodes);
  await audit(scope, 'area.create', id, { name: scope.input.name, regionCodes: scope.input.regionCodes });
  return getArea({ ...scope, areaId: id });
}

export async function updateArea(scope: Scope & { areaId: string; update: AreaUpdate }): Promise<Area> {
  const { update, areaId } = scope;
  if (update.regionCodes) await assertRegionsAvailable(scope, update.regionCodes, areaId);
  if (!(await updateAreaRow(scope.db, scope.municipalityId, areaId, update))) throw notFound('Gebied niet gevonden.');
  if (update.regionCodes) await replaceAreaRegions(scope.db, scope.municipalityId, areaId, update.regionCodes);
  await audit(scope, 'area.update', areaId, { fields: Object.keys(update) });
  return getArea(scope);
}

export async function deleteArea(scope: Scope & { areaId: string }): Promise<void> {
  if (!(await deleteAreaRow(scope.db, scope.municipalityId, scope.areaId))) throw notFound('Gebied niet gevonden.');
  await audit(scope, 'area.delete', scope.areaId, {});
}

/** Sets who works for an area: connectors (with hours per week), the wijkwethouder, the adviser. */
export async function setAreaPeople(scope: Scope & { areaId: string; input: AreaPeopleInput }): Promise<Area> {
  const { people } = scope.input;
  if (!(await findAreaRow(scope.db, scope.municipalityId, scope.areaId))) throw notFound('Gebied niet gevonden.');
  const known = await findActiveUserIds(scope.db, scope.municipalityId, people.map((person) => person.userId));
  const unknown = people.filter((person) => !known.has(person.userId));
  if (unknown.length > 0) {
    throw new AppError(400, 'unknown_user', 'Een gekozen persoon bestaat niet (meer) in deze gemeente.');
  }
  if (people.filter((person) => person.role === 'alderman').length > 1) {
    throw new AppError(400, 'one_alderman', 'Een gebied heeft één wijkwethouder.');
  }
  const keys = people.map((person) => `${person.userId}/${person.role}`);
  if (new Set(keys).size !== keys.length) {
    throw new AppError(400, 'duplicate_person', 'Dezelfde persoon staat dubbel in dezelfde rol.');
  }
  await replaceAreaPeople(scope.db, scope.municipalityId, scope.areaId, people);
  await audit(scope, 'area.people', scope.areaId, { people: people.map(({ userId, role }) => ({ userId, role })) });
  return getArea(scope);
}

async function assertRegionsAvailable(scope: Scope, codes: string[], areaId: string | null): Promise<void> {
  const unknown = await findUnknownRegionCodes(scope.db, scope.municipalityId, codes);
  if (unknown.length > 0) {
    throw new AppError(400, 'unknown_region', `Onbekende buurt- of wijkcode in deze gemeente: ${unknown.join(', ')}.`);
  }
  const taken = await findTakenRegionCodes(scope.db, scope.municipalityId, codes, areaId);
  if (taken.length > 0) {
    const list = taken.map((t) => `${t.code} (hoort bij ${t.area_name})`).join(', ');
    throw new AppError(409, 'region_taken', `Deze buurten horen al bij een ander gebied: ${list}.`);
  }
}

function audit(scope: Scope, action: string, areaId: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, {
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    action,
    entityType: 'area',
    entityId: areaId,
    details,
  });
}
