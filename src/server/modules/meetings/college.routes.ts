import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema, IdSchema } from '../../../shared/schemas/common.js';
import { AldermanOverviewSchema, CollegeAgendaSchema, CollegeItemInputSchema, CollegeItemSchema, CollegeItemUpdateSchema, CollegeTermInputSchema, CollegeTermSchema, CollegeTermUpdateSchema, CollegeVisitCoverageSchema } from '../../../shared/schemas/college.js';
import { currentUser, STAFF_ROLES } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { aldermanOverview, collegeAgenda, collegeVisitCoverage, createTerm, listTerms, markForCollege, updateCollegeItem, updateTerm } from './college.service.js';

const tags = ['wijkwethouder en college'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const MARKERS = ['connector', 'coordinator', 'alderman'] as const;

export const collegeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/college-agenda',
    {
      config: { access: STAFF_ROLES },
      schema: { tags, summary: 'Thema’s voor de collegeagenda, per collegevergadering', querystring: z.object({ includeClosed: z.enum(['true', 'false']).default('false') }).strict(), response: { 200: CollegeAgendaSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => collegeAgenda({ ...scope, includeClosed: request.query.includeClosed === 'true' })),
  );
  app.post(
    '/api/v1/college-agenda',
    { config: { access: MARKERS }, schema: { tags, summary: 'Een thema markeren "voor de collegeagenda", met een korte toelichting', body: CollegeItemInputSchema, response: { 201: CollegeItemSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await scoped(app, request, (scope) => markForCollege({ ...scope, input: request.body }))),
  );
  app.patch(
    '/api/v1/college-agenda/:id',
    { config: { access: MARKERS }, schema: { tags, summary: 'Agendapunt inplannen op een collegevergadering, of de uitkomst vastleggen', params: IdParamsSchema, body: CollegeItemUpdateSchema, response: { 200: CollegeItemSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => updateCollegeItem({ ...scope, itemId: request.params.id, update: request.body })),
  );
  app.get(
    '/api/v1/alderman/overview',
    { config: { access: ['alderman', 'coordinator', 'administrator'] }, schema: { tags, summary: 'Wat de aandacht van het college vraagt in de gebieden van de wijkwethouder', response: { 200: AldermanOverviewSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => aldermanOverview({ ...scope, user: currentUser(request) })),
  );
  app.get(
    '/api/v1/college-terms',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Collegeperiodes', response: { 200: z.array(CollegeTermSchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listTerms(scope)),
  );
  app.post(
    '/api/v1/college-terms',
    { config: { access: ['administrator', 'coordinator'] }, schema: { tags, summary: 'Een collegeperiode vastleggen', body: CollegeTermInputSchema, response: { 201: CollegeTermSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await scoped(app, request, (scope) => createTerm({ ...scope, input: request.body }))),
  );
  app.patch(
    '/api/v1/college-terms/:id',
    {
      config: { access: ['administrator', 'coordinator'] },
      schema: { tags, summary: 'Naam of data van een collegeperiode corrigeren', params: IdParamsSchema, body: CollegeTermUpdateSchema, response: { 200: CollegeTermSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => updateTerm({ ...scope, termId: request.params.id, update: request.body })),
  );
  app.get(
    '/api/v1/college-visits/coverage',
    {
      config: { access: STAFF_ROLES },
      schema: { tags, summary: 'Collegebezoeken per collegeperiode: welke gebieden bezocht zijn', querystring: z.object({ termId: IdSchema.optional() }).strict(), response: { 200: CollegeVisitCoverageSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => collegeVisitCoverage({ ...scope, termId: request.query.termId })),
  );
};
