import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema, IdSchema } from '../../../shared/schemas/common.js';
import {
  GoalInputSchema,
  GoalUpdateSchema,
  ParticipationDeviationSchema,
  ParticipationLevelSchema,
  ProgrammeInputSchema,
  ProgrammeListQuerySchema,
  ProgrammeSchema,
  ProgrammeSummarySchema,
  ProgrammeUpdateSchema,
  ProjectInputSchema,
  ProjectSchema,
  ProjectUpdateSchema,
  PublicProgrammeSchema,
  StepUpdateSchema,
} from '../../../shared/schemas/programme.js';
import { currentUser, hasRole, STAFF_ROLES } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { withMunicipality } from '../../platform/db/tenant.js';
import { notFound } from '../../platform/errors.js';
import {
  addGoal,
  createProgramme,
  createProject,
  deleteGoal,
  deleteProgramme,
  deleteProject,
  getProgramme,
  getProject,
  getPublicProgramme,
  listParticipationDeviations,
  listProgrammes,
  recordParticipation,
  setStep,
  updateGoal,
  updateProgramme,
  updateProject,
} from './programme.service.js';
import { publicReadLimit } from '../../platform/http/rate-limits.js';

const tags = ['wijkprogramma'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
/** Who keeps the programme: the connector, and the coordinator who stands in. */
export const PROGRAMME_EDITORS = ['connector', 'coordinator'] as const;
// Partners see the joint projects, without the municipality's internal notes.
const READERS = [...STAFF_ROLES, 'partner'] as const;
const GoalParamsSchema = z.object({ id: IdSchema, goalId: IdSchema });

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  const isInternal = (request: Parameters<typeof currentUser>[0]) => hasRole(currentUser(request), ...STAFF_ROLES);

  app.get(
    '/api/v1/programmes',
    { config: { access: READERS }, schema: { tags, summary: 'Wijkontwikkelingsprogramma’s (WOP) per gebied en periode', querystring: ProgrammeListQuerySchema, response: { 200: z.array(ProgrammeSummarySchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listProgrammes({ ...scope, areaId: request.query.areaId })),
  );
  app.post(
    '/api/v1/programmes',
    { config: { access: PROGRAMME_EDITORS }, schema: { tags, summary: 'Een programma starten; de processtappen komen uit het stappenplan van de gemeente', body: ProgrammeInputSchema, response: { 201: ProgrammeSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await scoped(app, request, (scope) => createProgramme({ ...scope, input: request.body }))),
  );
  app.get(
    '/api/v1/programmes/:id',
    { config: { access: READERS }, schema: { tags, summary: 'Eén programma: doelen, processtappen, projecten, resultaat', params: IdParamsSchema, response: { 200: ProgrammeSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => getProgramme({ ...scope, programmeId: request.params.id, isInternal: isInternal(request) })),
  );
  app.patch(
    '/api/v1/programmes/:id',
    { config: { access: PROGRAMME_EDITORS }, schema: { tags, summary: 'Programma wijzigen (status, samenvatting, wat is gerealiseerd)', params: IdParamsSchema, body: ProgrammeUpdateSchema, response: { 200: ProgrammeSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => updateProgramme({ ...scope, programmeId: request.params.id, update: request.body })),
  );
  app.delete(
    '/api/v1/programmes/:id',
    { config: { access: PROGRAMME_EDITORS }, schema: { tags, summary: 'Programma verwijderen (met projecten)', params: IdParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await scoped(app, request, (scope) => deleteProgramme({ ...scope, programmeId: request.params.id }));
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/programmes/:id/goals',
    { config: { access: PROGRAMME_EDITORS }, schema: { tags, summary: 'Doel toevoegen', params: IdParamsSchema, body: GoalInputSchema, response: { 200: ProgrammeSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => addGoal({ ...scope, programmeId: request.params.id, goal: request.body })),
  );
  app.patch(
    '/api/v1/programmes/:id/goals/:goalId',
    { config: { access: PROGRAMME_EDITORS }, schema: { tags, summary: 'Doel wijzigen of het resultaat vastleggen', params: GoalParamsSchema, body: GoalUpdateSchema, response: { 200: ProgrammeSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => updateGoal({ ...scope, programmeId: request.params.id, goalId: request.params.goalId, goal: request.body })),
  );
  app.delete(
    '/api/v1/programmes/:id/goals/:goalId',
    { config: { access: PROGRAMME_EDITORS }, schema: { tags, summary: 'Doel verwijderen', params: GoalParamsSchema, response: { 200: ProgrammeSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => deleteGoal({ ...scope, programmeId: request.params.id, goalId: request.params.goalId })),
  );
  app.put(
    '/api/v1/programmes/:id/steps/:stepId',
    {
      config: { access: PROGRAMME_EDITORS },
      schema: { tags, summary: 'Processtap afvinken (of weer openzetten), met notitie', params: z.object({ id: IdSchema, stepId: IdSchema }), body: StepUpdateSchema, response: { 200: ProgrammeSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => setStep({ ...scope, programmeId: request.params.id, stepId: request.params.stepId, ...request.body })),
  );
  app.post(
    '/api/v1/programmes/:id/projects',
    { config: { access: PROGRAMME_EDITORS }, schema: { tags, summary: 'Project toevoegen: trekker, partners, budget, planning, mijlpalen, participatieniveau', params: IdParamsSchema, body: ProjectInputSchema, response: { 201: ProjectSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await scoped(app, request, (scope) => createProject({ ...scope, programmeId: request.params.id, input: request.body }))),
  );
  app.get(
    '/api/v1/projects/:id',
    { config: { access: READERS }, schema: { tags, summary: 'Eén project', params: IdParamsSchema, response: { 200: ProjectSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => getProject({ ...scope, projectId: request.params.id, isInternal: isInternal(request) })),
  );
  app.patch(
    '/api/v1/projects/:id',
    { config: { access: PROGRAMME_EDITORS }, schema: { tags, summary: 'Project wijzigen (status, mijlpalen, participatie, resultaat)', params: IdParamsSchema, body: ProjectUpdateSchema, response: { 200: ProjectSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => updateProject({ ...scope, projectId: request.params.id, update: request.body })),
  );
  app.put(
    '/api/v1/projects/:id/participation',
    {
      config: { access: [...PROGRAMME_EDITORS, 'specialist'] },
      schema: {
        tags,
        summary: 'Gerealiseerde participatie vastleggen — door de verantwoordelijke vakspecialist of de wijkverbinder',
        params: IdParamsSchema,
        body: z.object({ realised: ParticipationLevelSchema.nullable(), note: z.string().trim().max(3000).optional() }).strict(),
        response: { 200: ProjectSchema, ...errors },
      },
    },
    (request) =>
      scoped(app, request, (scope) =>
        recordParticipation({ ...scope, user: currentUser(request), projectId: request.params.id, realised: request.body.realised, note: request.body.note }),
      ),
  );
  app.delete(
    '/api/v1/projects/:id',
    { config: { access: PROGRAMME_EDITORS }, schema: { tags, summary: 'Project verwijderen', params: IdParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await scoped(app, request, (scope) => deleteProject({ ...scope, projectId: request.params.id }));
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/participation/deviations',
    {
      config: { access: STAFF_ROLES },
      schema: { tags, summary: 'Projecten waar de gerealiseerde participatie afwijkt van de geplande', querystring: z.object({ areaId: IdSchema.optional() }).strict(), response: { 200: z.array(ParticipationDeviationSchema), ...errors } },
    },
    (request) => scoped(app, request, (scope) => listParticipationDeviations({ ...scope, areaId: request.query.areaId })),
  );

  app.get(
    '/api/v1/public/areas/:id/programme',
    {
      config: { access: 'public', rateLimit: publicReadLimit(app.config.rateLimits.publicRead) },
      schema: {
        tags: ['publiek'],
        summary: 'Het huidige wijkprogramma van een gebied, zoals inwoners het zien (zonder interne notities)',
        params: IdParamsSchema,
        response: { 200: z.object({ programme: PublicProgrammeSchema.nullable() }), 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const card = app.lookup.current().card(request.params.id);
      if (!card) throw notFound('Gebied niet gevonden.');
      const programme = await withMunicipality(app.db.app, card.municipality.code, (db) =>
        getPublicProgramme({ db, municipalityId: card.municipality.code, areaId: request.params.id }),
      );
      return { programme };
    },
  );
};
