import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema, IdSchema } from '../../../shared/schemas/common.js';
import { scoped } from '../../platform/db/scope.js';
import { findRecurringProblems, findRisingThemes, listApproaches, proposeApproach, setApproachStatus } from './recurring.service.js';

const tags = ['signalen'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };
const STAFF = ['connector', 'coordinator', 'administrator', 'alderman'] as const;
const ApproachSchema = z.object({
  id: IdSchema,
  title: z.string(),
  proposal: z.string(),
  status: z.string(),
  area: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  signalReferences: z.array(z.string()),
});

export const recurringRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/signals/recurring',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Terugkerende problemen: gelijksoortige signalen (tekst, thema, plek) in hetzelfde gebied binnen een periode',
        querystring: z.object({ areaId: IdSchema.optional(), days: z.coerce.number().int().min(7).max(730).default(120), minSize: z.coerce.number().int().min(2).max(50).default(3) }).strict(),
        response: {
          200: z.array(
            z.object({
              area: z.object({ id: z.string(), name: z.string() }),
              themes: z.array(z.string()),
              firstAt: z.string(),
              lastAt: z.string(),
              signals: z.array(z.object({ id: IdSchema, reference: z.string(), excerpt: z.string(), status: z.string() })),
            }),
          ),
          ...errors,
        },
      },
    },
    (request) => scoped(app, request, (scope) => findRecurringProblems({ ...scope, ...request.query })),
  );

  app.get(
    '/api/v1/signals/trends',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Stadsniveau: thema’s die in meerdere gebieden tegelijk toenemen',
        querystring: z.object({ days: z.coerce.number().int().min(7).max(365).default(60) }).strict(),
        response: { 200: z.array(z.object({ theme: z.string(), risingIn: z.array(z.string()), recent: z.number(), before: z.number() })), ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => findRisingThemes({ ...scope, days: request.query.days })),
  );

  app.get(
    '/api/v1/approaches',
    { config: { access: STAFF }, schema: { tags, summary: 'Voorstellen voor een bredere aanpak', response: { 200: z.array(ApproachSchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listApproaches(scope)),
  );

  app.post(
    '/api/v1/approaches',
    {
      config: { access: ['connector', 'coordinator'] },
      schema: {
        tags,
        summary: 'Een bredere aanpak voorstellen voor een cluster van signalen',
        body: z.object({ title: z.string().trim().min(3).max(200), proposal: z.string().trim().min(3).max(10_000), signalIds: z.array(IdSchema).min(2).max(200) }).strict(),
        response: { 201: ApproachSchema, ...errors },
      },
    },
    async (request, reply) => {
      const approach = await scoped(app, request, (scope) => proposeApproach({ ...scope, ...request.body }));
      return reply.status(201).send(approach);
    },
  );

  app.patch(
    '/api/v1/approaches/:id',
    {
      config: { access: ['connector', 'coordinator'] },
      schema: {
        tags,
        summary: 'De status van een voorstel voor een bredere aanpak wijzigen',
        params: IdParamsSchema,
        body: z.object({ status: z.enum(['proposed', 'agreed', 'rejected', 'done']) }).strict(),
        response: { 200: ApproachSchema, ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => setApproachStatus({ ...scope, approachId: request.params.id, status: request.body.status })),
  );
};
