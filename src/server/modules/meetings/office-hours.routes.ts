import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema, IdSchema } from '../../../shared/schemas/common.js';
import { ScheduleInputSchema, ScheduleSchema, ScheduleUpdateSchema, ThemeSuggestionSchema, VisitInputSchema, VisitSchema } from '../../../shared/schemas/meeting.js';
import { currentUser, STAFF_ROLES } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { takeReference } from '../signals/intake.service.js';
import { createStatisticsStore } from '../statistics/statistics-store.js';
import { loadAgendaFigures } from './area-figures.js';
import { MEETING_EDITORS } from './meetings.routes.js';
import { createSchedule, deleteSchedule, listSchedules, listVisits, logVisit, suggestThemes, updateSchedule } from './office-hours.service.js';

const tags = ['spreekuren'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

export const officeHourRoutes: FastifyPluginAsyncZod = async (app) => {
  const store = createStatisticsStore(app.db.app);

  app.get(
    '/api/v1/office-hours',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Spreekuren per gebied, met de eerstvolgende keren', querystring: z.object({ areaId: IdSchema.optional() }).strict(), response: { 200: z.array(ScheduleSchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listSchedules({ ...scope, areaId: request.query.areaId })),
  );
  app.post(
    '/api/v1/office-hours',
    { config: { access: MEETING_EDITORS }, schema: { tags, summary: 'Een terugkerend spreekuur vastleggen (dag, tijd, om de hoeveel weken, locatie, thema’s)', body: ScheduleInputSchema, response: { 201: ScheduleSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await scoped(app, request, (scope) => createSchedule({ ...scope, input: request.body }))),
  );
  app.patch(
    '/api/v1/office-hours/:id',
    { config: { access: MEETING_EDITORS }, schema: { tags, summary: 'Spreekuur wijzigen of beëindigen', params: IdParamsSchema, body: ScheduleUpdateSchema, response: { 200: ScheduleSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => updateSchedule({ ...scope, scheduleId: request.params.id, update: request.body })),
  );
  app.delete(
    '/api/v1/office-hours/:id',
    { config: { access: MEETING_EDITORS }, schema: { tags, summary: 'Spreekuur verwijderen', params: IdParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await scoped(app, request, (scope) => deleteSchedule({ ...scope, scheduleId: request.params.id }));
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/office-hours/visits',
    {
      config: { access: MEETING_EDITORS },
      schema: { tags, summary: 'Het inlooplogboek van de spreekuren', querystring: z.object({ areaId: IdSchema.optional(), scheduleId: IdSchema.optional() }).strict(), response: { 200: z.array(VisitSchema), ...errors } },
    },
    (request) => scoped(app, request, (scope) => listVisits({ ...scope, ...request.query })),
  );
  app.post(
    '/api/v1/office-hours/visits',
    {
      config: { access: MEETING_EDITORS },
      schema: { tags, summary: 'Een bezoek vastleggen: beantwoord, of in één stap een signaal (en zo nodig een verzoek aan een collega)', body: VisitInputSchema, response: { 201: VisitSchema, ...errors } },
    },
    async (request, reply) => {
      // A visit that becomes a signal gets its reference first, in a transaction of its own.
      const reference = request.body.outcome === 'answered' ? null : await takeReference(app.db.app, currentUser(request).municipalityId);
      const visit = await scoped(app, request, (scope) => logVisit({ ...scope, reference, input: request.body, triage: app.triage, publicUrl: app.config.publicUrl }));
      app.outbox.poke();
      return reply.status(201).send(visit);
    },
  );
  app.get(
    '/api/v1/areas/:id/theme-suggestions',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Spreekuurthema’s die passen bij wat het gebied aandraagt (signalen, bezoeken) en zijn kengetallen', params: IdParamsSchema, response: { 200: ThemeSuggestionSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => suggestThemes({ ...scope, areaId: request.params.id, loadFigures: () => loadAgendaFigures({ ...scope, store, areaId: request.params.id }) })),
  );
};
