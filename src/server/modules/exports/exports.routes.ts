import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GranularitySchema } from '../../../shared/schemas/activity.js';
import { ErrorSchema, IdSchema } from '../../../shared/schemas/common.js';
import { currentUser } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { ACTIVITY_READERS } from '../activities/activities.policy.js';
import { EXPORT_DATASETS, buildExport } from './exports.service.js';
import { toCsv, toXlsx } from './tables.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/exports/:dataset',
    {
      config: { access: ACTIVITY_READERS },
      schema: {
        tags: ['exports'],
        summary: 'Export als CSV of XLSX: activiteiten, organisaties, contactpersonen, rolinvulling, uren, reactiesnelheid',
        description: 'Dezelfde cijfers als de schermen. Een export van contactpersonen komt in de auditlog.',
        params: z.object({ dataset: z.enum(EXPORT_DATASETS) }),
        querystring: z
          .object({
            format: z.enum(['csv', 'xlsx']).default('csv'),
            from: z.iso.date().optional(),
            to: z.iso.date().optional(),
            granularity: GranularitySchema.default('week'),
            areaId: IdSchema.optional(),
            userId: IdSchema.optional(),
          })
          .strict(),
        response: { 200: z.any(), 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const table = await scoped(app, request, (scope) => buildExport({ ...scope, user: currentUser(request), dataset: request.params.dataset, filter }));
      const fileName = `${table.name}.${format}`;
      reply.header('content-disposition', `attachment; filename="${fileName}"`).header('cache-control', 'no-store');
      if (format === 'xlsx') return reply.header('content-type', XLSX_TYPE).send(await toXlsx(table));
      return reply.header('content-type', 'text/csv; charset=utf-8').send(toCsv(table));
    },
  );
};
