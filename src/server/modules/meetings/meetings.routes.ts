import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema, IdSchema } from '../../../shared/schemas/common.js';
import {
  ActionInputSchema,
  ActionListQuerySchema,
  ActionSchema,
  ActionUpdateSchema,
  ConversationCoverageSchema,
  InvitationInputSchema,
  InviteSuggestionSchema,
  MeetingInputSchema,
  MeetingListQuerySchema,
  MeetingSchema,
  MeetingSummarySchema,
  MeetingUpdateSchema,
} from '../../../shared/schemas/meeting.js';
import { currentUser, STAFF_ROLES } from '../../platform/auth/access.js';
import { type Scope, scoped } from '../../platform/db/scope.js';
import { createStatisticsStore } from '../statistics/statistics-store.js';
import { loadAgendaFigures } from './area-figures.js';
import {
  addAction,
  conversationCoverage,
  createMeeting,
  deleteMeeting,
  getMeeting,
  inviteColleague,
  listActions,
  listMeetings,
  removeInvitation,
  suggestInvitations,
  updateAction,
  updateMeeting,
} from './meetings.service.js';

const tags = ['bijeenkomsten'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
/** Who plans and records meetings: the connector, and the coordinator who stands in. */
export const MEETING_EDITORS = ['connector', 'coordinator'] as const;

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  // The agenda's key figures come from the statistics module (CBS/RIVM), read through its own store.
  const store = createStatisticsStore(app.db.app);
  const figuresFor = (scope: Scope, areaId: string) => () => loadAgendaFigures({ ...scope, store, areaId });

  app.get(
    '/api/v1/meetings',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Bijeenkomsten: leefbaarheidsgesprek, wijkoverleg, wijkideeteam, collegebezoek, spreekuur', querystring: MeetingListQuerySchema, response: { 200: z.array(MeetingSummarySchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listMeetings({ ...scope, ...request.query })),
  );
  app.post(
    '/api/v1/meetings',
    {
      config: { access: MEETING_EDITORS },
      schema: { tags, summary: 'Een bijeenkomst plannen; de agenda volgt het gespreksformat en wordt gevuld met kengetallen, open signalen en het programma', body: MeetingInputSchema, response: { 201: MeetingSchema, ...errors } },
    },
    async (request, reply) =>
      reply.status(201).send(await scoped(app, request, (scope) => createMeeting({ ...scope, input: request.body, loadFigures: figuresFor(scope, request.body.areaId) }))),
  );
  app.get(
    '/api/v1/meetings/:id',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Eén bijeenkomst met agenda, verslag, uitnodigingen en acties', params: IdParamsSchema, response: { 200: MeetingSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => getMeeting({ ...scope, meetingId: request.params.id })),
  );
  app.patch(
    '/api/v1/meetings/:id',
    { config: { access: MEETING_EDITORS }, schema: { tags, summary: 'Bijeenkomst wijzigen: agenda, deelnemers, verslag, uitkomsten, status', params: IdParamsSchema, body: MeetingUpdateSchema, response: { 200: MeetingSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => updateMeeting({ ...scope, meetingId: request.params.id, update: request.body })),
  );
  app.delete(
    '/api/v1/meetings/:id',
    { config: { access: MEETING_EDITORS }, schema: { tags, summary: 'Bijeenkomst verwijderen', params: IdParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await scoped(app, request, (scope) => deleteMeeting({ ...scope, meetingId: request.params.id }));
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/meetings/:id/actions',
    { config: { access: MEETING_EDITORS }, schema: { tags, summary: 'Een afspraak vastleggen als actie met eigenaar en termijn', params: IdParamsSchema, body: ActionInputSchema, response: { 200: MeetingSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => addAction({ ...scope, meetingId: request.params.id, input: request.body })),
  );
  app.post(
    '/api/v1/meetings/:id/invitations',
    { config: { access: MEETING_EDITORS }, schema: { tags, summary: 'Een collega uitnodigen om op een thema informatie te geven', params: IdParamsSchema, body: InvitationInputSchema, response: { 200: MeetingSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => inviteColleague({ ...scope, meetingId: request.params.id, input: request.body })),
  );
  app.delete(
    '/api/v1/meetings/:id/invitations/:invitationId',
    { config: { access: MEETING_EDITORS }, schema: { tags, summary: 'Uitnodiging intrekken', params: z.object({ id: IdSchema, invitationId: IdSchema }), response: { 200: MeetingSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => removeInvitation({ ...scope, meetingId: request.params.id, invitationId: request.params.invitationId })),
  );
  app.get(
    '/api/v1/meetings/:id/invitation-suggestions',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Wie uit te nodigen op welk thema: de thema’s van de open signalen met passende collega’s', params: IdParamsSchema, response: { 200: z.array(InviteSuggestionSchema), ...errors } } },
    (request) => scoped(app, request, (scope) => suggestInvitations({ ...scope, meetingId: request.params.id })),
  );
  app.get(
    '/api/v1/actions',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Acties uit afspraken (open eerst, op termijn); "mine" = waar ik eigenaar van ben', querystring: ActionListQuerySchema, response: { 200: z.array(ActionSchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listActions({ ...scope, areaId: request.query.areaId, mine: request.query.mine === 'true', status: request.query.status })),
  );
  app.patch(
    '/api/v1/actions/:id',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Actie bijwerken of afronden (door de wijkverbinder of de eigenaar)', params: IdParamsSchema, body: ActionUpdateSchema, response: { 200: ActionSchema, ...errors } } },
    (request) => scoped(app, request, (scope) => updateAction({ ...scope, user: currentUser(request), actionId: request.params.id, update: request.body })),
  );
  app.get(
    '/api/v1/conversations/coverage',
    {
      config: { access: STAFF_ROLES },
      schema: { tags, summary: 'Welke gebieden hun jaarlijkse leefbaarheidsgesprek hadden, en welke aan de beurt zijn', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(), response: { 200: ConversationCoverageSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => conversationCoverage({ ...scope, year: request.query.year ?? new Date().getFullYear() })),
  );
};
