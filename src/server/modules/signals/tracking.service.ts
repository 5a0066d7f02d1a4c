import type pg from 'pg';
import { CLOSING_STATE_LABELS, SIGNAL_STATUS_LABELS } from '../../../shared/schemas/signal.js';
import { withMunicipality } from '../../platform/db/tenant.js';
import { notFound } from '../../platform/errors.js';
import { hashTrackingToken } from './intake.service.js';
import { findSignalIdByTokenHash, findSignalRow } from './signals.repo.js';

/**
 * What the resident sees behind their tracking link: status and the messages the connector chose to
 * send — never internal notes, assessments or names of colleagues. A linked duplicate shows its original.
 */
export async function trackSignal(pool: pg.Pool, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw notFound('Deze volglink is onbekend of verlopen.');
  const found = await findSignalIdByTokenHash(pool, hashTrackingToken(token));
  if (!found) throw notFound('Deze volglink is onbekend of verlopen.');
  return withMunicipality(pool, found.municipality_id, async (db) => {
    const own = await findSignalRow(db, found.municipality_id, found.id);
    if (!own) throw notFound('Deze volglink is onbekend of verlopen.');
    const followed = own.duplicate_of ? ((await findSignalRow(db, found.municipality_id, own.duplicate_of)) ?? own) : own;
    const { rows: messages } = await db.query<{ at: Date; public_message: string }>(
      `select at, public_message from signal_events
       where municipality_id = $1 and signal_id = any($2::uuid[]) and public_message is not null order by at, id`,
      [found.municipality_id, [...new Set([own.id, followed.id])]],
    );
    const { rows: municipality } = await db.query<{ name: string }>('select name from municipalities where id = $1', [found.municipality_id]);
    const isClosed = followed.status === 'closed';
    return {
      reference: own.reference,
      municipalityCode: found.municipality_id,
      result: isClosed ? followed.result : null,
      closingReason: isClosed && ['not_resolved', 'not_municipal_task'].includes(followed.closing_state ?? '') ? followed.closing_reason : null,
      status: followed.status,
      statusLabel: SIGNAL_STATUS_LABELS[followed.status],
      closingState: followed.closing_state as keyof typeof CLOSING_STATE_LABELS | null,
      closingStateLabel: followed.closing_state ? CLOSING_STATE_LABELS[followed.closing_state as keyof typeof CLOSING_STATE_LABELS] : null,
      receivedOn: own.received_on,
      area: followed.area_name,
      municipality: municipality[0]?.name ?? '',
      excerpt: own.text.length > 200 ? `${own.text.slice(0, 197)}…` : own.text,
      messages: messages.map((m) => ({ at: m.at.toISOString(), text: m.public_message })),
    };
  });
}
