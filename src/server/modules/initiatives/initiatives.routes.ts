import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema } from '../../../shared/schemas/common.js';
import {
  AdviceSchema,
  BudgetInputSchema,
  BudgetSchema,
  DecisionInputSchema,
  FollowUpSchema,
  InitiativeCreatedSchema,
  InitiativeListItemSchema,
  InitiativeListQuerySchema,
  InitiativeMessageSchema,
  InitiativePublicationSchema,
  InitiativeSchema,
  InitiativeTrackingSchema,
  IntakeSchema,
  PublicInitiativeInputSchema,
  PublicInitiativeSchema,
  StaffInitiativeInputSchema,
  ToProjectSchema,
} from '../../../shared/schemas/initiative.js';
import { currentUser, STAFF_ROLES } from '../../platform/auth/access.js';
import { type Scope, scoped } from '../../platform/db/scope.js';
import { withMunicipality } from '../../platform/db/tenant.js';
import { AppError, notFound } from '../../platform/errors.js';
import { createBudget, listBudgets } from './budgets.service.js';
import { listPublicInitiatives, trackInitiative } from './initiative-tracking.service.js';
import {
  getInitiative,
  listInitiatives,
  publishInitiative,
  recordAdvice,
  recordDecision,
  recordFollowUp,
  recordIntake,
  sendInitiativeMessage,
  submitInitiative,
  turnIntoProject,
} from './initiatives.service.js';
import { publicReadLimit, tightLimit } from '../../platform/http/rate-limits.js';

const tags = ['bewonersinitiatieven'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const HANDLERS = ['connector', 'coordinator'] as const;

export const initiativeRoutes: FastifyPluginAsyncZod = async (app) => {
  const publicUrl = app.config.publicUrl;

  app.post(
    '/api/v1/initiatives',
    {
      config: { access: 'public', rateLimit: tightLimit(app.config.rateLimits.publicWrite) },
      schema: {
        tags,
        summary: 'Een bewonersinitiatief indienen, zonder account',
        description: 'Titel, beschrijving, wat u vraagt en contactgegevens met toestemming. Geeft een volglink.',
        body: PublicInitiativeInputSchema,
        response: { 201: InitiativeCreatedSchema, 400: ErrorSchema, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { municipality, ...input } = request.body;
      const index = app.lookup.current();
      if (!index.municipality(municipality)) throw new AppError(404, 'unknown_municipality', 'Deze gemeente is niet aangesloten bij Schakel.');
      if (input.areaId && index.card(input.areaId)?.municipality.code !== municipality) throw new AppError(400, 'unknown_area', 'Dit gebied hoort niet bij deze gemeente.');
      const created = await withMunicipality(app.db.app, municipality, (db) => submitInitiative({ db, municipalityId: municipality, actorId: null, input, publicUrl }));
      app.outbox.poke();
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/initiatives/track/:token',
    {
      config: { access: 'public', rateLimit: tightLimit(app.config.rateLimits.publicWrite * 4) },
      schema: { tags, summary: 'Volg een initiatief met de volglink (stappen, besluit en berichten; nooit interne notities)', params: z.object({ token: z.string().min(1).max(100) }), response: { 200: InitiativeTrackingSchema, 404: ErrorSchema, 429: ErrorSchema } },
    },
    (request) => trackInitiative(app.db.app, request.params.token),
  );

  app.get(
    '/api/v1/public/areas/:id/initiatives',
    {
      config: { access: 'public', rateLimit: publicReadLimit(app.config.rateLimits.publicRead) },
      schema: { tags: ['publiek'], summary: 'Bewonersinitiatieven in het gebied die openbaar zijn gemaakt', params: IdParamsSchema, response: { 200: z.array(PublicInitiativeSchema), 400: ErrorSchema, 404: ErrorSchema } },
    },
    async (request) => {
      const card = app.lookup.current().card(request.params.id);
      if (!card) throw notFound('Gebied niet gevonden.');
      return listPublicInitiatives(app.db.app, card.municipality.code, request.params.id);
    },
  );

  app.post(
    '/api/v1/initiatives/staff',
    { config: { access: HANDLERS }, schema: { tags, summary: 'Een initiatief vastleggen namens bewoners (na een gesprek of spreekuur)', body: StaffInitiativeInputSchema, response: { 201: InitiativeCreatedSchema, ...errors } } },
    async (request, reply) => {
      const created = await scoped(app, request, (scope) => submitInitiative({ ...scope, input: request.body, publicUrl }));
      app.outbox.poke();
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/initiatives',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Bewonersinitiatieven (filter op gebied en status; "open" = nog lopend)', querystring: InitiativeListQuerySchema, response: { 200: z.array(InitiativeListItemSchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listInitiatives({ ...scope, ...request.query })),
  );

  app.get(
    '/api/v1/initiatives/:id',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Eén initiatief met zijn geschiedenis', params: IdParamsSchema, response: { 200: InitiativeSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => getInitiative({ ...scope, initiativeId: request.params.id, user: currentUser(request) })),
  );

  const action = <S extends z.ZodType>(path: string, summary: string, body: S, run: (scope: Scope & { initiativeId: string; user: ReturnType<typeof currentUser>; publicUrl: string }, input: z.infer<S>) => Promise<unknown>) =>
    app.post(
      `/api/v1/initiatives/:id/${path}`,
      { config: { access: HANDLERS }, schema: { tags, summary, params: IdParamsSchema, body, response: { 200: InitiativeSchema, ...errors } } },
      async (request) => {
        const result = await scoped(app, request, (scope) => run({ ...scope, initiativeId: request.params.id, user: currentUser(request), publicUrl }, request.body as z.infer<S>));
        app.outbox.poke();
        return result as z.infer<typeof InitiativeSchema>;
      },
    );

  action('intake', 'Kennismakingsgesprek vastleggen', IntakeSchema, (scope, input) => recordIntake({ ...scope, input }));
  action('advice', 'Advies en passend budget of passende subsidie (met bedrag)', AdviceSchema, (scope, input) => recordAdvice({ ...scope, input }));
  action('decision', 'Besluit: toegekend (met bedrag) of niet, met reden', DecisionInputSchema, (scope, input) => recordDecision({ ...scope, input }));
  action('follow-up', 'Vervolg: in uitvoering, afgerond of ingetrokken', FollowUpSchema, (scope, input) => recordFollowUp({ ...scope, input }));
  action('messages', 'Bericht aan de initiatiefnemer (volgpagina en e-mail)', InitiativeMessageSchema, (scope, input) => sendInitiativeMessage({ ...scope, text: input.text }));
  action('publication', 'Tonen op de publieke gebiedspagina (met samenvatting zonder persoonsgegevens)', InitiativePublicationSchema, (scope, input) => publishInitiative({ ...scope, input }));
  action('project', 'Het initiatief opnemen als project in het wijkprogramma', ToProjectSchema, (scope, input) => turnIntoProject({ ...scope, input }));

  app.get(
    '/api/v1/budgets',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Budgetten en subsidies voor initiatieven, met wat is toegekend en wat over is', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(), response: { 200: z.array(BudgetSchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listBudgets({ ...scope, year: request.query.year })),
  );
  app.post(
    '/api/v1/budgets',
    { config: { access: ['administrator', 'coordinator'] }, schema: { tags, summary: 'Een budget vastleggen, bijvoorbeeld het leefbaarheidsbudget van dit jaar', body: BudgetInputSchema, response: { 201: BudgetSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await scoped(app, request, (scope) => createBudget({ ...scope, input: request.body }))),
  );
};
