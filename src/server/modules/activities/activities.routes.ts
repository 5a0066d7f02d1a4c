import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActivityInputSchema,
  ActivityListQuerySchema,
  ActivitySchema,
  ActivityUpdateSchema,
  DashboardQuerySchema,
  HoursOverviewSchema,
  HoursQuerySchema,
  RoleDashboardSchema,
} from '../../../shared/schemas/activity.js';
import { ErrorSchema, IdParamsSchema } from '../../../shared/schemas/common.js';
import { currentUser } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { ACTIVITY_READERS, ACTIVITY_WRITERS } from './activities.policy.js';
import { createActivity, deleteActivity, getActivity, listActivities, updateActivity } from './activities.service.js';
import { createDashboardCache } from './dashboard-cache.js';
import { getHoursOverviewJson, getRoleDashboardJson } from './dashboard.service.js';

const tags = ['activiteiten'];

// The dashboards are built field by field from typed figures (no row is passed through) and sent as JSON text
// (plain JSON.stringify, kept in the answer cache): the schema stays for OpenAPI and the types.
const JSON_TYPE = 'application/json; charset=utf-8';
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  // One per app: each server process keeps its own, exact because the version it checks is in the database.
  const dashboardCache = createDashboardCache({ maxEntries: app.config.dashboardCacheSize });

  app.get(
    '/api/v1/activities',
    {
      config: { access: ACTIVITY_READERS },
      schema: {
        tags,
        summary: 'Het activiteitenlogboek, nieuwste eerst, met filters (periode, wijkverbinder, gebied, rol, soort, organisatie, contact, signaal)',
        querystring: ActivityListQuerySchema,
        response: { 200: z.object({ items: z.array(ActivitySchema), total: z.number() }), ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => listActivities({ ...scope, user: currentUser(request), query: request.query })),
  );

  app.post(
    '/api/v1/activities',
    {
      config: { access: ACTIVITY_WRITERS },
      schema: {
        tags,
        summary: 'Een activiteit vastleggen: datum, duur, soort, gebied, betrokkenen, notitie en de rol die ze diende',
        description: 'Schakel stelt een rol voor op grond van de soort en het gekoppelde signaal; de wijkverbinder bevestigt die of kiest een andere (`role`).',
        body: ActivityInputSchema,
        response: { 201: ActivitySchema, ...errors },
      },
    },
    async (request, reply) => {
      const activity = await scoped(app, request, (scope) => createActivity({ ...scope, user: currentUser(request), input: request.body }));
      return reply.status(201).send(activity);
    },
  );

  app.get(
    '/api/v1/activities/:id',
    {
      config: { access: ACTIVITY_READERS },
      schema: { tags, summary: 'Eén activiteit', params: IdParamsSchema, response: { 200: ActivitySchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => getActivity({ ...scope, user: currentUser(request), activityId: request.params.id })),
  );

  app.patch(
    '/api/v1/activities/:id',
    {
      config: { access: ACTIVITY_WRITERS },
      schema: { tags, summary: 'Eigen activiteit wijzigen (de coördinator mag elke)', params: IdParamsSchema, body: ActivityUpdateSchema, response: { 200: ActivitySchema, ...errors } },
    },
    (request) =>
      scoped(app, request, (scope) => updateActivity({ ...scope, user: currentUser(request), activityId: request.params.id, update: request.body })),
  );

  app.delete(
    '/api/v1/activities/:id',
    {
      config: { access: ACTIVITY_WRITERS },
      schema: { tags, summary: 'Eigen activiteit verwijderen', params: IdParamsSchema, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await scoped(app, request, (scope) => deleteActivity({ ...scope, user: currentUser(request), activityId: request.params.id }));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/dashboard/roles',
    {
      config: { access: ACTIVITY_READERS },
      schema: {
        tags: ['dashboards'],
        summary: 'Rolinvulling: aandeel tijd per rol per week, maand of kwartaal, per wijkverbinder en gebied, met de trend van het aandeel oplossen',
        querystring: DashboardQuerySchema,
        response: { 200: RoleDashboardSchema, ...errors },
      },
    },
    async (request, reply) => {
      const json = await scoped(app, request, (scope) => getRoleDashboardJson({ ...scope, query: request.query, cache: dashboardCache }));
      return reply.type(JSON_TYPE).send(json as never); // already JSON text: Fastify sends strings as they are
    },
  );

  app.get(
    '/api/v1/dashboard/hours',
    {
      config: { access: ACTIVITY_READERS },
      schema: {
        tags: ['dashboards'],
        summary: 'Uren besteed tegenover de uren per week voor de rol, per (ISO-)week of maand, per gebied en wijkverbinder',
        querystring: HoursQuerySchema,
        response: { 200: HoursOverviewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const json = await scoped(app, request, (scope) => getHoursOverviewJson({ ...scope, query: request.query, cache: dashboardCache }));
      return reply.type(JSON_TYPE).send(json as never);
    },
  );
};
