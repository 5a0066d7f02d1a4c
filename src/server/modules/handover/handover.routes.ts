import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HandoverInputSchema, HandoverSchema, PortfolioSchema } from '../../../shared/schemas/activity.js';
import { ErrorSchema, IdParamsSchema } from '../../../shared/schemas/common.js';
import { scoped } from '../../platform/db/scope.js';
import { getPortfolio, handOverArea } from './handover.service.js';

const tags = ['overdracht'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

export const handoverRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/areas/:id/handover',
    {
      config: { access: ['coordinator', 'administrator'] },
      schema: {
        tags,
        summary: 'Het werk van een gebied in één keer overdragen aan een opvolger',
        description:
          'Verplaatst de plek als wijkverbinder (de publieke contactkaart verandert meteen), lopende verzoeken, de relaties met organisaties en contactpersonen, en zet een overdrachtsregel bij elk open signaal. Activiteiten blijven op naam van wie ze deed.',
        params: IdParamsSchema,
        body: HandoverInputSchema,
        response: { 201: z.object({ handover: HandoverSchema, portfolio: PortfolioSchema }), ...errors },
      },
    },
    async (request, reply) => {
      const result = await scoped(app, request, (scope) => handOverArea({ ...scope, areaId: request.params.id, input: request.body }));
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/v1/areas/:id/portfolio',
    {
      config: { access: ['connector', 'coordinator', 'administrator', 'alderman'] },
      schema: { tags, summary: 'Het open werk van een gebied en eerdere overdrachten', params: IdParamsSchema, response: { 200: PortfolioSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => getPortfolio({ ...scope, areaId: request.params.id })),
  );
};
