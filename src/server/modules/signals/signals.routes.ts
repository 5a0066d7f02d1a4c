import { stringify } from 'csv-stringify/sync';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema, OkSchema } from '../../../shared/schemas/common.js';
import {
  AssessmentSchema,
  CHANNEL_LABELS,
  CLOSING_STATE_LABELS,
  LinkInputSchema,
  MessageInputSchema,
  NoteInputSchema,
  SIGNAL_STATUS_LABELS,
  SignalDetailSchema,
  SignalListItemSchema,
  SignalListQuerySchema,
  StaffSignalInputSchema,
  StatusChangeSchema,
  PublicSignalCreatedSchema,
} from '../../../shared/schemas/signal.js';
import { SIGNAL_KIND_LABELS } from '../../../shared/schemas/signal-vocabulary.js';
import { currentUser, STAFF_ROLES } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { AppError, notFound } from '../../platform/errors.js';
import { createSignal, takeReference } from './intake.service.js';
import { DEFAULT_TEMPLATES, listTemplates, saveTemplate, type TemplateKey } from './message-templates.js';
import { findPhoto, listSignalPointsJson } from './signals.repo.js';
import { getSignal, listSignals } from './signals-query.service.js';
import { addNote, assessSignal, changeStatus, handOffDailyReport, linkDuplicate, sendMessage } from './workflow.service.js';

const tags = ['signalen'];
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const HANDLERS = ['connector', 'coordinator'] as const;
const READERS = [...STAFF_ROLES, 'partner'] as const;

export const signalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/signals',
    {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Signalen-inbox met filters (gebied, status, thema, soort, verlopen, zoektekst)',
        querystring: SignalListQuerySchema,
        response: {
          200: z.object({
            items: z.array(SignalListItemSchema),
            total: z.number().describe('Aantal gevonden, tot 500'),
            isTotalCapped: z.boolean().describe('Er zijn er meer dan 500'),
          }),
          ...errors,
        },
      },
      // presentListItem builds every item field by field (no row passes through), so plain JSON.stringify: the
      // schema stays for OpenAPI and the types, and the connector's busiest page is not checked a second time.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    (request) => scoped(app, request, (scope) => listSignals({ ...scope, user: currentUser(request), query: request.query })),
  );

  app.get(
    '/api/v1/signals/map',
    {
      config: { access: ['connector', 'coordinator', 'administrator', 'alderman'] },
      schema: {
        tags,
        summary: 'Signalen met een plek, voor de kaart van een gebied',
        querystring: z.object({ areaId: z.uuid().optional(), open: z.enum(['true', 'false']).default('true'), limit: z.coerce.number().int().min(1).max(5000).default(1000) }).strict(),
        response: {
          200: z.array(z.object({ id: z.uuid(), reference: z.string(), lat: z.number(), lon: z.number(), kind: z.string(), status: z.string(), themes: z.array(z.string()) })),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      // Up to thousands of points, as the JSON text PostgreSQL built (a string is sent as it is).
      const points = await scoped(app, request, (scope) =>
        listSignalPointsJson(scope.db, scope.municipalityId, { areaId: request.query.areaId, openOnly: request.query.open === 'true', limit: request.query.limit }),
      );
      // The schema describes the parsed array; the body is that array's JSON text.
      return reply.type('application/json; charset=utf-8').send(points as never);
    },
  );

  app.get(
    '/api/v1/signals/export.csv',
    {
      config: { access: READERS },
      schema: { tags, summary: 'De inbox als CSV (dezelfde filters)', querystring: SignalListQuerySchema.omit({ limit: true, offset: true }), response: { 200: z.string(), ...errors } },
    },
    async (request, reply) => {
      const { items } = await scoped(app, request, (scope) =>
        listSignals({ ...scope, user: currentUser(request), query: { ...request.query, limit: 100_000, offset: 0 } }),
      );
      const csv = stringify(
        items.map((s) => [s.reference, s.receivedOn, CHANNEL_LABELS[s.channel], SIGNAL_KIND_LABELS[s.kind], SIGNAL_STATUS_LABELS[s.status], s.closingState ? CLOSING_STATE_LABELS[s.closingState] : '', s.area?.name ?? '', s.themes.join('; '), s.priority ?? '', s.openReferrals, s.isOverdue ? 'ja' : 'nee', s.excerpt]),
        { header: true, columns: ['kenmerk', 'ontvangen', 'kanaal', 'soort', 'status', 'afsluiting', 'gebied', 'thema’s', 'prioriteit', 'open verzoeken', 'verlopen', 'tekst'], delimiter: ';', bom: true },
      );
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="signalen.csv"').send(csv);
    },
  );

  app.post(
    '/api/v1/signals/staff',
    {
      config: { access: [...HANDLERS, 'administrator', 'specialist', 'partner'] },
      schema: {
        tags,
        summary: 'Een signaal vastleggen namens iemand (na een spreekuur, gesprek, telefoontje of e-mail)',
        body: StaffSignalInputSchema,
        response: { 201: PublicSignalCreatedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const input = request.body;
      const user = currentUser(request);
      if (user.roles.includes('partner') && input.channel !== 'partner' && !user.roles.some((r) => r !== 'partner')) {
        throw new AppError(400, 'partner_channel', 'Een partnerorganisatie legt signalen vast met kanaal "partner".');
      }
      let located = { areaId: input.areaId ?? null, neighbourhoodCode: input.neighbourhoodCode ?? null };
      if (input.lat !== undefined && input.lon !== undefined) {
        const hit = app.lookup.current().findByPoint(input.lat, input.lon);
        if (!hit || hit.municipality.code !== user.municipalityId) throw new AppError(400, 'location_outside_municipality', 'Deze plek ligt niet in deze gemeente.');
        located = { areaId: input.areaId ?? hit.area.id, neighbourhoodCode: hit.neighbourhood?.code ?? null };
      } else if (input.neighbourhoodCode && !input.areaId) {
        located.areaId = app.lookup.current().areaOfRegion(user.municipalityId, input.neighbourhoodCode)?.id ?? null;
      }
      const reference = await takeReference(app.db.app, user.municipalityId);
      const created = await scoped(app, request, async (scope) => {
        if (located.areaId) {
          const { rowCount } = await scope.db.query('select 1 from areas where municipality_id = $1 and id = $2', [scope.municipalityId, located.areaId]);
          if (!rowCount) throw new AppError(400, 'unknown_area', 'Dit gebied bestaat niet in deze gemeente.');
        }
        return createSignal({ ...scope, reference, input, located, triage: app.triage, publicUrl: app.config.publicUrl });
      });
      if (created.mailQueued) app.outbox.poke();
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/signals/:id',
    {
      config: { access: READERS },
      schema: { tags, summary: 'Eén signaal met beoordeling, verzoeken en geschiedenis', params: IdParamsSchema, response: { 200: SignalDetailSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => getSignal({ ...scope, user: currentUser(request), signalId: request.params.id })),
  );

  app.get(
    '/api/v1/signals/:id/photos/:photoId',
    {
      config: { access: READERS },
      schema: { tags, summary: 'Een foto bij een signaal', params: z.object({ id: z.uuid(), photoId: z.uuid() }), response: errors },
    },
    async (request, reply) => {
      const photo = await scoped(app, request, async (scope) => {
        await getSignal({ ...scope, user: currentUser(request), signalId: request.params.id });
        return findPhoto(scope.db, scope.municipalityId, request.params.id, request.params.photoId);
      });
      if (!photo) throw notFound('Foto niet gevonden.');
      return reply.header('content-type', photo.content_type).header('cache-control', 'private, max-age=3600').send(photo.bytes as never);
    },
  );

  const action = <S extends z.ZodType>(path: string, summary: string, body: S, run: (scope: Parameters<Parameters<typeof scoped>[2]>[0], id: string, body: z.infer<S>) => Promise<unknown>) =>
    app.post(
      `/api/v1/signals/:id/${path}`,
      { config: { access: HANDLERS }, schema: { tags, summary, params: IdParamsSchema, body, response: { 200: SignalDetailSchema, ...errors, 502: ErrorSchema } } },
      async (request) => {
        const detail = await scoped(app, request, async (scope) => {
          await run(scope, request.params.id, request.body as z.infer<S>);
          return getSignal({ ...scope, user: currentUser(request), signalId: request.params.id });
        });
        app.outbox.poke();
        return detail;
      },
    );

  action('assessment', 'Beoordelen: inhoud, maatschappelijke relevantie, prioriteit met reden, kaders, aanpak, verwacht resultaat', AssessmentSchema, (scope, id, assessment) => assessSignal({ ...scope, signalId: id, assessment }));
  action('status', 'Status wijzigen, afsluiten (met afsluitreden) of heropenen', StatusChangeSchema, (scope, id, change) => changeStatus({ ...scope, signalId: id, change }));
  action('messages', 'Bericht aan de melder (op de volgpagina en per e-mail)', MessageInputSchema, (scope, id, body) => sendMessage({ ...scope, signalId: id, text: body.text }));
  action('notes', 'Interne notitie (nooit zichtbaar voor de melder)', NoteInputSchema, (scope, id, body) => addNote({ ...scope, signalId: id, text: body.text }));
  action('handoff', 'Dagelijkse melding doorzetten naar het reguliere meldkanaal (en Open311 waar ingesteld)', z.object({}).strict(), (scope, id) => handOffDailyReport({ ...scope, signalId: id }));
  action('link', 'Koppelen aan een eerder signaal over hetzelfde (dubbel)', LinkInputSchema, (scope, id, body) => linkDuplicate({ ...scope, signalId: id, duplicateOf: body.duplicateOf }));

  const TemplateSchema = z.object({ key: z.string(), title: z.string(), body: z.string(), isDefault: z.boolean() });
  app.get(
    '/api/v1/message-templates',
    { config: { access: [...HANDLERS, 'administrator'] }, schema: { tags, summary: 'Standaardberichten aan inwoners', response: { 200: z.array(TemplateSchema), ...errors } } },
    (request) => scoped(app, request, (scope) => listTemplates(scope.db, scope.municipalityId)),
  );
  app.put(
    '/api/v1/message-templates/:key',
    {
      config: { access: ['administrator', 'coordinator'] },
      schema: {
        tags,
        summary: 'Een standaardbericht aanpassen',
        params: z.object({ key: z.enum(Object.keys(DEFAULT_TEMPLATES) as [TemplateKey, ...TemplateKey[]]) }),
        body: z.object({ body: z.string().trim().min(10).max(5000) }).strict(),
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      await scoped(app, request, (scope) => saveTemplate(scope.db, scope.municipalityId, request.params.key, request.body.body));
      return { ok: true as const };
    },
  );
};
