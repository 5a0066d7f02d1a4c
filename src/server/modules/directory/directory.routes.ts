import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdSchema, RoleSchema } from '../../../shared/schemas/common.js';
import { STAFF_ROLES } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { listColleagueRows } from './directory.repo.js';
import { findColleagues } from './directory.service.js';

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/directory',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['wegwijzer'],
        summary: 'Wegwijzer: wie gaat waarover? Zoek in gewone taal, bijvoorbeeld "wie gaat over speeltoestellen in Halsteren?"',
        querystring: z.object({ q: z.string().trim().min(2, 'Typ minstens twee letters.').max(200) }).strict(),
        response: {
          200: z.object({
            areas: z.array(z.object({ id: IdSchema, name: z.string() })).describe('Gebieden herkend in de vraag'),
            terms: z.string().describe('Waarop gezocht is'),
            people: z.array(
              z.object({
                id: IdSchema,
                name: z.string(),
                email: z.string(),
                phone: z.string().nullable(),
                jobTitle: z.string().nullable(),
                department: z.string().nullable(),
                roles: z.array(RoleSchema),
                expertise: z.array(z.string()),
                coversAreas: z.array(z.string()).nullable().describe('null: de hele gemeente'),
                connectorOf: z.array(z.string()),
              }),
            ),
          }),
          400: ErrorSchema,
          401: ErrorSchema,
          403: ErrorSchema,
        },
      },
    },
    (request) => scoped(app, request, (scope) => findColleagues({ ...scope, question: request.query.q })),
  );

  app.get(
    '/api/v1/directory/people',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['wegwijzer'],
        summary: 'Alle collega’s (voor het kiezen van een specialist bij een verzoek)',
        response: {
          200: z.array(
            z.object({ id: IdSchema, name: z.string(), email: z.string(), phone: z.string().nullable(), jobTitle: z.string().nullable(), department: z.string().nullable(), roles: z.array(RoleSchema), expertise: z.array(z.string()) }),
          ),
          401: ErrorSchema,
          403: ErrorSchema,
        },
      },
    },
    (request) =>
      scoped(app, request, async (scope) =>
        (await listColleagueRows(scope.db, scope.municipalityId)).map(({ job_title, ...row }) => ({ ...row, jobTitle: job_title })),
      ),
  );
};
