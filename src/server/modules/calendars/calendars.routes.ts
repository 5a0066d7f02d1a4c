import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema, OkSchema } from '../../../shared/schemas/common.js';
import { FeedTokenSchema, PublicAreaCalendarSchema } from '../../../shared/schemas/meeting.js';
import { STAFF_ROLES } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { notFound } from '../../platform/errors.js';
import { createPersonalFeed, personalFeed, personalFeedStatus, publicAreaCalendar, publicAreaFeed, revokePersonalFeed, staffAreaFeed } from './calendars.service.js';
import { publicReadLimit, tightLimit } from '../../platform/http/rate-limits.js';

const tags = ['agenda’s'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };
const ICS = 'text/calendar; charset=utf-8';

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const publicRead = { access: 'public' as const, rateLimit: publicReadLimit(app.config.rateLimits.publicRead) };
  const publicUrl = app.config.publicUrl;
  const areaCard = (id: string) => {
    const card = app.lookup.current().card(id);
    if (!card) throw notFound('Gebied niet gevonden.');
    return card;
  };

  app.get(
    '/api/v1/areas/:id/calendar.ics',
    {
      config: publicRead,
      schema: { tags, summary: 'Publieke agenda (iCalendar) van een gebied: openbare spreekuren en bijeenkomsten', params: IdParamsSchema, produces: [ICS], response: { 200: z.string(), 400: ErrorSchema, 404: ErrorSchema } },
    },
    async (request, reply) => {
      const card = areaCard(request.params.id);
      const feed = await publicAreaFeed({ pool: app.db.app, municipalityId: card.municipality.code, areaId: card.areaId, areaName: card.areaName, publicUrl });
      return reply.header('content-type', ICS).header('cache-control', 'public, max-age=900').header('content-disposition', 'inline; filename="agenda.ics"').send(feed);
    },
  );
  app.get(
    '/api/v1/public/areas/:id/calendar',
    { config: publicRead, schema: { tags: ['publiek'], summary: 'De eerstvolgende spreekuren en het volgende leefbaarheidsgesprek van een gebied', params: IdParamsSchema, response: { 200: PublicAreaCalendarSchema, 400: ErrorSchema, 404: ErrorSchema } } },
    (request) => {
      const card = areaCard(request.params.id);
      return publicAreaCalendar({ pool: app.db.app, municipalityId: card.municipality.code, areaId: card.areaId, publicUrl });
    },
  );
  app.get(
    '/api/v1/calendars/areas/:id/calendar.ics',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Agenda (iCalendar) van een gebied voor medewerkers: alle spreekuren en bijeenkomsten', params: IdParamsSchema, produces: [ICS], response: { 200: z.string(), ...errors } } },
    async (request, reply) => {
      const feed = await scoped(app, request, (scope) => staffAreaFeed({ ...scope, areaId: request.params.id, publicUrl }));
      return reply.header('content-type', ICS).header('cache-control', 'private, no-store').send(feed);
    },
  );
  app.get(
    '/api/v1/calendars/me/feed',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Of ik een persoonlijke agendalink heb', response: { 200: z.object({ createdAt: z.string().nullable() }), ...errors } } },
    (request) => scoped(app, request, (scope) => personalFeedStatus(scope)),
  );
  app.post(
    '/api/v1/calendars/me/feed',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Een (nieuwe) geheime link naar mijn persoonlijke agenda; de vorige werkt dan niet meer', body: z.object({}).strict().optional(), response: { 201: FeedTokenSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await scoped(app, request, (scope) => createPersonalFeed({ ...scope, publicUrl }))),
  );
  app.delete(
    '/api/v1/calendars/me/feed',
    { config: { access: STAFF_ROLES }, schema: { tags, summary: 'Mijn agendalink intrekken', response: { 200: OkSchema, ...errors } } },
    async (request) => {
      await scoped(app, request, (scope) => revokePersonalFeed(scope));
      return { ok: true as const };
    },
  );
  app.get(
    '/api/v1/calendars/feed/:token/calendar.ics',
    {
      config: { access: 'public', rateLimit: tightLimit(app.config.rateLimits.publicWrite * 4) },
      schema: { tags, summary: 'Persoonlijke agenda (iCalendar) via de geheime link, voor agenda-apps', params: z.object({ token: z.string().min(1).max(100) }), produces: [ICS], response: { 200: z.string(), 404: ErrorSchema, 429: ErrorSchema } },
    },
    async (request, reply) => {
      const feed = await personalFeed({ pool: app.db.app, token: request.params.token, publicUrl });
      return reply.header('content-type', ICS).header('cache-control', 'private, no-store').send(feed);
    },
  );
};
