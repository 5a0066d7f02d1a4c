import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema } from '../../../shared/schemas/common.js';
import { PublishedTemplateSchema, TemplateInputSchema, TemplateSchema, TemplateUpdateSchema } from '../../../shared/schemas/programme.js';
import { STAFF_ROLES } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { adoptTemplate, createTemplate, deleteTemplate, listPublishedTemplates, listTemplates, updateTemplate } from './methods.service.js';

const tags = ['werkwijzen'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const MANAGERS = ['administrator', 'coordinator'] as const;

export const methodRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/methods/templates',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Sjablonen van de gemeente: WOP-stappenplan, gespreksformats, afwegingskader participatie', response: { 200: z.array(TemplateSchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listTemplates(scope)),
  );
  app.post(
    '/api/v1/methods/templates',
    { config: { access: MANAGERS }, schema: { tags, summary: 'Een sjabloon maken', body: TemplateInputSchema, response: { 201: TemplateSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await scoped(app, request, (scope) => createTemplate({ ...scope, input: request.body }))),
  );
  app.patch(
    '/api/v1/methods/templates/:id',
    { config: { access: MANAGERS }, schema: { tags, summary: 'Een sjabloon wijzigen, standaard maken of delen met andere gemeenten', params: IdParamsSchema, body: TemplateUpdateSchema, response: { 200: TemplateSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => updateTemplate({ ...scope, templateId: request.params.id, update: request.body })),
  );
  app.delete(
    '/api/v1/methods/templates/:id',
    { config: { access: MANAGERS }, schema: { tags, summary: 'Een sjabloon verwijderen', params: IdParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await scoped(app, request, (scope) => deleteTemplate({ ...scope, templateId: request.params.id }));
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/methods/published',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Sjablonen die andere gemeenten delen (alleen het sjabloon, nooit gegevens)', response: { 200: z.array(PublishedTemplateSchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listPublishedTemplates(scope)),
  );
  app.post(
    '/api/v1/methods/published/:id/adopt',
    {
      config: { access: MANAGERS },
      schema: { tags, summary: 'Een kopie overnemen van een gedeeld sjabloon', params: IdParamsSchema, body: z.object({ makeDefault: z.boolean().default(false) }).strict(), response: { 201: TemplateSchema, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await scoped(app, request, (scope) => adoptTemplate({ ...scope, publishedId: request.params.id, makeDefault: request.body.makeDefault }))),
  );
};
