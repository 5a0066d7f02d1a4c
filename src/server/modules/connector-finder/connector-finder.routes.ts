import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ConnectorFinderQuerySchema, ConnectorFinderResultSchema, ConnectorProfileSchema } from '../../../shared/schemas/activity.js';
import { ErrorSchema } from '../../../shared/schemas/common.js';
import { STAFF_ROLES } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { findConnector, getConnectorProfile, saveConnectorProfile } from './connector-finder.service.js';

const tags = ['wie is de wijkverbinder'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema };

export const connectorFinderRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/connector-finder',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Wie is de wijkverbinder voor … (gebied, buurt, wijk of straat), met bereikbaarheid en een samenvatting per gebied',
        querystring: ConnectorFinderQuerySchema,
        response: { 200: ConnectorFinderResultSchema, ...errors },
      },
    },
    (request) =>
      scoped(app, request, (scope) =>
        findConnector({ ...scope, q: request.query.q, lookup: app.lookup.current(), pdokUrl: app.config.pdokLocatieserverUrl }),
      ),
  );

  app.get(
    '/api/v1/connector-profile',
    {
      config: { access: ['connector'] },
      schema: { tags, summary: 'Mijn bereikbaarheid voor collega’s', response: { 200: ConnectorProfileSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => getConnectorProfile(scope)),
  );

  app.put(
    '/api/v1/connector-profile',
    {
      config: { access: ['connector'] },
      schema: { tags, summary: 'Mijn bereikbaarheid voor collega’s bijwerken', body: ConnectorProfileSchema.strict(), response: { 200: ConnectorProfileSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => saveConnectorProfile({ ...scope, availability: request.body.availability })),
  );
};
