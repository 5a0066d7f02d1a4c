import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AreaInputSchema, AreaPeopleInputSchema, AreaSchema, AreaUpdateSchema } from '../../../shared/schemas/area.js';
import { ErrorSchema, IdParamsSchema } from '../../../shared/schemas/common.js';
import { RegionSchema } from '../../../shared/schemas/region.js';
import { scoped } from '../../platform/db/scope.js';
import { listRegions } from './regions.service.js';
import { createArea, deleteArea, getArea, listAreas, setAreaPeople, updateArea } from './areas.service.js';

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['gebieden'];

export const areaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/areas',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Alle gebieden (wijken en kernen) van de gemeente, eigen gebieden eerst', response: { 200: z.array(AreaSchema), ...errors } },
    },
    (request) => scoped(app, request, (scope) => listAreas(scope)),
  );

  app.get(
    '/api/v1/areas/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Eén gebied', params: IdParamsSchema, response: { 200: AreaSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => getArea({ ...scope, areaId: request.params.id })),
  );

  app.post(
    '/api/v1/areas',
    {
      config: { access: ['administrator'] },
      schema: { tags, summary: 'Gebied maken uit CBS-buurten', body: AreaInputSchema, response: { 201: AreaSchema, ...errors } },
    },
    async (request, reply) => {
      const area = await scoped(app, request, (scope) => createArea({ ...scope, input: request.body }));
      return reply.status(201).send(area);
    },
  );

  app.patch(
    '/api/v1/areas/:id',
    {
      config: { access: ['administrator'] },
      schema: { tags, summary: 'Gebied wijzigen', params: IdParamsSchema, body: AreaUpdateSchema, response: { 200: AreaSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => updateArea({ ...scope, areaId: request.params.id, update: request.body })),
  );

  app.delete(
    '/api/v1/areas/:id',
    {
      config: { access: ['administrator'] },
      schema: { tags, summary: 'Gebied verwijderen', params: IdParamsSchema, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await scoped(app, request, (scope) => deleteArea({ ...scope, areaId: request.params.id }));
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/areas/:id/people',
    {
      config: { access: ['administrator', 'coordinator'] },
      schema: {
        tags,
        summary: 'Wie werkt voor het gebied: wijkverbinders (met uren per week), wijkwethouder, adviseur',
        params: IdParamsSchema,
        body: AreaPeopleInputSchema,
        response: { 200: AreaSchema, ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => setAreaPeople({ ...scope, areaId: request.params.id, input: request.body })),
  );

  app.get(
    '/api/v1/regions',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'CBS-wijken en -buurten van de gemeente (nieuwste jaar, of het gevraagde), met gebied en geometrie',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(),
        response: { 200: z.object({ year: z.number().nullable(), years: z.array(z.number()), regions: z.array(RegionSchema) }), ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => listRegions({ ...scope, year: request.query.year })),
  );
};
