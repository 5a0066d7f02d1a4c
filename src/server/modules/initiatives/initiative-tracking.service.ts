import type pg from 'pg';
import { INITIATIVE_STATUS_LABELS, type InitiativeStatus, type InitiativeTracking } from '../../../shared/schemas/initiative.js';
import { withMunicipality } from '../../platform/db/tenant.js';
import { notFound } from '../../platform/errors.js';
import { hashInitiativeToken } from './initiatives.service.js';
import { findInitiativeByTokenHash, findInitiativeRow, listInitiativeEvents, listPublicInitiativeRows } from './initiatives.repo.js';

/** The road of an initiative as the initiator sees it; a rejection or withdrawal ends it there. */
function stepsFor(status: InitiativeStatus): InitiativeTracking['steps'] {
  const road: InitiativeStatus[] = ['submitted', 'intake', 'advice', 'decision', status === 'rejected' ? 'rejected' : 'approved', 'running', 'completed'];
  const ending = status === 'rejected' ? 4 : status === 'withdrawn' ? -1 : road.length;
  const current = status === 'withdrawn' ? -1 : road.indexOf(status);
  return road.slice(0, ending === -1 ? road.length : ending + 1).map((s, i) => ({
    status: s,
    label: INITIATIVE_STATUS_LABELS[s],
    state: status === 'completed' || i < current ? 'done' : i === current ? 'current' : 'todo',
  }));
}

/** What the initiator sees behind the tracking link: status, decision and messages — never internal notes. */
export async function trackInitiative(pool: pg.Pool, token: string): Promise<InitiativeTracking> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw notFound('Deze volglink is onbekend of verlopen.');
  const found = await findInitiativeByTokenHash(pool, hashInitiativeToken(token));
  if (!found) throw notFound('Deze volglink is onbekend of verlopen.');
  return withMunicipality(pool, found.municipality_id, async (db) => {
    const row = await findInitiativeRow(db, found.municipality_id, found.id);
    if (!row) throw notFound('Deze volglink is onbekend of verlopen.');
    const events = await listInitiativeEvents(db, found.municipality_id, row.id);
    const { rows } = await db.query<{ name: string }>('select name from municipalities where id = $1', [found.municipality_id]);
    return {
      reference: row.reference,
      title: row.title,
      status: row.status,
      statusLabel: INITIATIVE_STATUS_LABELS[row.status],
      receivedOn: row.received_on,
      area: row.area_name,
      municipality: rows[0]?.name ?? '',
      decision: row.decision,
      amountGrantedCents: row.amount_granted_cents === null ? null : Number(row.amount_granted_cents),
      steps: stepsFor(row.status),
      messages: events.filter((e) => e.public_message).map((e) => ({ at: e.at.toISOString(), text: e.public_message as string })),
    };
  });
}

/** Initiatives the connector chose to show on the area's public page (approved, running or done). */
export async function listPublicInitiatives(pool: pg.Pool, municipalityId: string, areaId: string) {
  return withMunicipality(pool, municipalityId, async (db) =>
    (await listPublicInitiativeRows(db, municipalityId, areaId)).map((row) => ({
      reference: row.reference,
      title: row.title,
      summary: row.public_summary,
      status: row.status,
      statusLabel: INITIATIVE_STATUS_LABELS[row.status],
    })),
  );
}
