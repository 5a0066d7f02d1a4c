import type { Db } from './db/tenant.js';

export interface AuditEntry {
  municipalityId: string;
  actorId: string | null;
  /** What happened, as `<entity>.<verb>`: area.create, user.update, resident.read, … */
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

/** Records who changed (or read personal data of) what, inside the caller's transaction. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.query(
    `insert into audit_log (municipality_id, actor_id, action, entity_type, entity_id, details)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      entry.municipalityId,
      entry.actorId,
      entry.action,
      entry.entityType,
      entry.entityId ?? null,
      JSON.stringify(entry.details ?? {}),
    ],
  );
}
