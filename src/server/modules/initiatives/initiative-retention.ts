import type pg from 'pg';

/**
 * Erases initiators' contact details once an initiative has been closed (rejected, completed, withdrawn)
 * for longer than the municipality's retention period; the initiative and its history stay, anonymous.
 * A platform job across municipalities (as owner), like the signals' retention.
 */
export async function runInitiativeRetention(options: { ownerPool: pg.Pool; now?: Date }): Promise<{ contacts: number }> {
  const now = options.now ?? new Date();
  const client = await options.ownerPool.connect();
  try {
    await client.query('begin');
    const erased = await client.query<{ municipality_id: string; initiative_id: string }>(
      `update initiative_contacts c set name = null, email = null, phone = null, erased_at = $1
       from initiatives i join municipalities m on m.id = i.municipality_id
       where c.initiative_id = i.id and c.erased_at is null and i.closed_at is not null
         and i.closed_at < $1::timestamptz - make_interval(months => m.retention_months)
       returning c.municipality_id, c.initiative_id`,
      [now],
    );
    for (const row of erased.rows) {
      await client.query(
        `insert into audit_log (municipality_id, action, entity_type, entity_id, details) values ($1, 'retention.erase', 'initiative', $2, jsonb_build_object('at', $3::timestamptz))`,
        [row.municipality_id, row.initiative_id, now],
      );
    }
    await client.query('commit');
    return { contacts: erased.rowCount ?? 0 };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
