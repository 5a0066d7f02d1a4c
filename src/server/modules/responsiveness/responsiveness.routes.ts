import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ResponsivenessQuerySchema, ResponsivenessSchema } from '../../../shared/schemas/activity.js';
import { ErrorSchema } from '../../../shared/schemas/common.js';
import { currentUser } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { ACTIVITY_READERS } from '../activities/activities.policy.js';
import { getResponsiveness } from './responsiveness.service.js';

export const responsivenessRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/dashboard/responsiveness',
    {
      config: { access: ACTIVITY_READERS },
      schema: {
        tags: ['dashboards'],
        summary: 'Reactiesnelheid van afdelingen op verzoeken: aantal, mediane tijd tot gezien en tot antwoord, aandeel te laat, per kwartaal',
        description: 'Per specialist alleen voor coördinator en beheerder (het gaat over het werk van één collega).',
        querystring: ResponsivenessQuerySchema,
        response: { 200: ResponsivenessSchema, 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    (request) => scoped(app, request, (scope) => getResponsiveness({ ...scope, user: currentUser(request), query: request.query })),
  );
};
