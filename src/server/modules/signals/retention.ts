import type pg from 'pg';

/**
 * Erases residents' personal data once a signal has been closed for longer than the municipality's
 * retention period: contact details are blanked (the signal and its history stay, anonymous) and
 * photos are deleted. Also drops expired sessions. A platform job across municipalities (as owner).
 */
export async function runRetention(options: { ownerPool: pg.Pool; now?: Date }): Promise<{ reporters: number; photos: number; sessions: number }> {
  const now = options.now ?? new Date();
  const client = await options.ownerPool.connect();
  try {
    await client.query('begin');
    const closedLongAgo = `
      select s.id from signals s join municipalities m on m.id = s.municipality_id
      where s.status = 'closed' and s.closed_at < $1::timestamptz - make_interval(months => m.retention_months)`;
    const reporters = await client.query(
      `update signal_reporters set name = null, email = null, phone = null, erased_at = $1
       where erased_at is null and signal_id in (${closedLongAgo})`,
      [now],
    );
    const photos = await client.query(`delete from signal_photos where signal_id in (${closedLongAgo})`, [now]);
    const sessions = await client.query('delete from sessions where expires_at < $1', [now]);
    await client.query(
      `insert into audit_log (municipality_id, action, entity_type, details)
       select distinct s.municipality_id, 'retention.erase', 'signal', jsonb_build_object('at', $1::timestamptz)
       from signal_reporters r join signals s on s.id = r.signal_id where r.erased_at = $1`,
      [now],
    );
    await client.query('commit');
    return { reporters: reporters.rowCount ?? 0, photos: photos.rowCount ?? 0, sessions: sessions.rowCount ?? 0 };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
