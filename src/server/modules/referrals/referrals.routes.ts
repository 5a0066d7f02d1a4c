import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema, IdSchema } from '../../../shared/schemas/common.js';
import { ReferralSummarySchema } from '../../../shared/schemas/signal.js';
import { currentUser } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { acknowledgeReferral, answerReferral, cancelReferral, createReferral, followUpReferral, getReferral, listMyReferrals } from './referrals.service.js';

const tags = ['verzoeken'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const ReferralSchema = ReferralSummarySchema.extend({
  signal: z.object({ id: IdSchema, reference: z.string(), text: z.string(), area: z.string().nullable() }),
  requestedBy: z.string().nullable(),
  createdAt: z.string(),
});
const ASKED = ['specialist', 'connector', 'coordinator', 'administrator', 'alderman'] as const;

export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/signals/:id/referrals',
    {
      config: { access: ['connector', 'coordinator'] },
      schema: {
        tags,
        summary: 'Een specialist inschakelen: vraag en termijn; de specialist krijgt een e-mail met link',
        params: IdParamsSchema,
        body: z.object({ specialistId: IdSchema, question: z.string().trim().min(5).max(5000), dueOn: z.iso.date() }).strict(),
        response: { 201: ReferralSchema, ...errors },
      },
    },
    async (request, reply) => {
      const referral = await scoped(app, request, (scope) =>
        createReferral({ ...scope, signalId: request.params.id, ...request.body, publicUrl: app.config.publicUrl }),
      );
      app.outbox.poke();
      return reply.status(201).send(referral);
    },
  );

  app.get(
    '/api/v1/referrals/mine',
    {
      config: { access: ASKED },
      schema: { tags, summary: 'Mijn verzoeken: open eerst, op termijn', querystring: z.object({ open: z.enum(['true', 'false']).default('false') }).strict(), response: { 200: z.array(ReferralSchema), ...errors } },
    },
    (request) => scoped(app, request, (scope) => listMyReferrals({ ...scope, openOnly: request.query.open === 'true' })),
  );

  app.get(
    '/api/v1/referrals/:id',
    { config: { access: ASKED }, schema: { tags, summary: 'Eén verzoek', params: IdParamsSchema, response: { 200: ReferralSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => getReferral({ ...scope, user: currentUser(request), referralId: request.params.id })),
  );

  app.post(
    '/api/v1/referrals/:id/seen',
    { config: { access: ASKED }, schema: { tags, summary: 'Gezien', params: IdParamsSchema, body: z.object({}).strict().optional(), response: { 200: ReferralSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => acknowledgeReferral({ ...scope, user: currentUser(request), referralId: request.params.id })),
  );

  app.post(
    '/api/v1/referrals/:id/answer',
    {
      config: { access: ASKED },
      schema: { tags, summary: 'Antwoord geven', params: IdParamsSchema, body: z.object({ answer: z.string().trim().min(2).max(5000) }).strict(), response: { 200: ReferralSchema, ...errors } },
    },
    async (request) => {
      const referral = await scoped(app, request, (scope) =>
        answerReferral({ ...scope, user: currentUser(request), referralId: request.params.id, answer: request.body.answer, publicUrl: app.config.publicUrl }),
      );
      app.outbox.poke();
      return referral;
    },
  );

  app.post(
    '/api/v1/referrals/:id/follow-up',
    {
      config: { access: ['connector', 'coordinator'] },
      schema: {
        tags,
        summary: 'Vervolg vastleggen (en het verzoek sluiten)',
        params: IdParamsSchema,
        body: z.object({ followUp: z.string().trim().min(2).max(5000), close: z.boolean().default(false) }).strict(),
        response: { 200: ReferralSchema, ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => followUpReferral({ ...scope, user: currentUser(request), referralId: request.params.id, ...request.body })),
  );

  app.post(
    '/api/v1/referrals/:id/cancel',
    {
      config: { access: ['connector', 'coordinator'] },
      schema: { tags, summary: 'Een open verzoek intrekken (met reden; de specialist krijgt bericht)', params: IdParamsSchema, body: z.object({ reason: z.string().trim().min(3).max(2000) }).strict(), response: { 200: ReferralSchema, ...errors } },
    },
    async (request) => {
      const referral = await scoped(app, request, (scope) => cancelReferral({ ...scope, user: currentUser(request), referralId: request.params.id, reason: request.body.reason }));
      app.outbox.poke();
      return referral;
    },
  );
};
