import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TimelineQuerySchema, TimelineSchema } from '../../../shared/schemas/activity.js';
import { ErrorSchema } from '../../../shared/schemas/common.js';
import { scoped } from '../../platform/db/scope.js';
import { ACTIVITY_READERS } from '../activities/activities.policy.js';
import { getTimeline } from './timeline.service.js';

export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/timeline',
    {
      config: { access: ACTIVITY_READERS },
      schema: {
        tags: ['tijdlijn'],
        summary: 'Tijdlijn van een gebied, organisatie of contactpersoon: activiteiten, signalen, verzoeken, afspraken, wensen, bestuur en overdrachten',
        querystring: TimelineQuerySchema,
        response: { 200: TimelineSchema, 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    (request) => scoped(app, request, (scope) => getTimeline({ ...scope, query: request.query })),
  );
};
