import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEntrySchema } from '../../../shared/schemas/audit.js';
import { ErrorSchema } from '../../../shared/schemas/common.js';
import { scoped } from '../../platform/db/scope.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/audit-log',
    {
      config: { access: ['administrator'] },
      schema: {
        tags: ['systeem'],
        summary: 'Auditlog: wie wijzigde wat (en wie las persoonsgegevens van inwoners)',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict(),
        response: { 200: z.array(AuditEntrySchema), 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    (request) =>
      scoped(app, request, async ({ db, municipalityId }) => {
        const { rows } = await db.query(
          `select l.id, l.created_at, u.name as actor, l.action, l.entity_type, l.entity_id, l.details
           from audit_log l left join users u on u.id = l.actor_id
           where l.municipality_id = $1 order by l.created_at desc, l.id desc limit $2`,
          [municipalityId, request.query.limit],
        );
        return rows.map((row) => ({
          id: row.id,
          at: row.created_at.toISOString(),
          actor: row.actor,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          details: row.details,
        }));
      }),
  );
};
