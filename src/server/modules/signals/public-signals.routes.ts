import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema } from '../../../shared/schemas/common.js';
import {
  PublicSignalCreatedSchema,
  PublicSignalInputSchema,
  TrackingViewSchema,
  TriageRequestSchema,
  TriageResultSchema,
} from '../../../shared/schemas/signal.js';
import { STAFF_ROLES } from '../../platform/auth/access.js';
import { AppError } from '../../platform/errors.js';
import { createIntakeWriter } from './intake-writer.js';
import { forMunicipality, type Located, prepareSignal, triageText } from './intake.service.js';
import { trackSignal } from './tracking.service.js';
import { publicReadLimit, tightLimit } from '../../platform/http/rate-limits.js';

const tags = ['signalen (publiek)'];

export const publicSignalRoutes: FastifyPluginAsyncZod = async (app) => {
  const publicWrite = { access: 'public' as const, rateLimit: tightLimit(app.config.rateLimits.publicWrite) };

  /** Where a signal is: its area and neighbourhood, from a point or a neighbourhood code. */
  const locate = (municipality: string, input: { lat?: number; lon?: number; neighbourhoodCode?: string }): Located => {
    const index = app.lookup.current();
    if (input.lat !== undefined && input.lon !== undefined) {
      const hit = index.findByPoint(input.lat, input.lon);
      if (!hit || hit.municipality.code !== municipality) {
        throw new AppError(400, 'location_outside_municipality', 'Deze plek ligt niet in een gebied van deze gemeente.');
      }
      return { areaId: hit.area.id, neighbourhoodCode: hit.neighbourhood?.code ?? null };
    }
    if (input.neighbourhoodCode) {
      const area = index.areaOfRegion(municipality, input.neighbourhoodCode);
      if (!area) throw new AppError(400, 'unknown_region', 'Deze buurt is onbekend in deze gemeente.');
      return { areaId: area.id, neighbourhoodCode: input.neighbourhoodCode };
    }
    return { areaId: null, neighbourhoodCode: null };
  };
  const assertMunicipality = (code: string) => {
    if (!app.lookup.current().municipality(code)) {
      throw new AppError(404, 'unknown_municipality', 'Deze gemeente is niet aangesloten bij Schakel.');
    }
  };
  const regularChannelsOf = (code: string) => app.lookup.current().municipality(code)?.regularChannels;
  const intake = createIntakeWriter({ pool: app.db.app, publicUrl: app.config.publicUrl });
  app.addHook('onClose', () => intake.drain());

  app.post(
    '/api/v1/signals/triage',
    {
      config: { access: 'public', rateLimit: publicReadLimit(app.config.rateLimits.publicRead) },
      schema: {
        tags,
        summary: 'Wat is dit? Dagelijkse melding, individuele vraag of wijkvraagstuk — met thema’s, specialisten en de reden',
        body: TriageRequestSchema,
        response: { 200: TriageResultSchema, 400: ErrorSchema, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request) => {
      const { municipality, text } = request.body;
      assertMunicipality(municipality);
      const isStaff = request.user?.municipalityId === municipality && request.user.roles.some((r) => STAFF_ROLES.includes(r));
      return triageText({
        read: forMunicipality(app.db.app, municipality),
        municipalityId: municipality,
        text,
        triage: app.triage,
        withPeople: Boolean(isStaff),
        regularChannels: regularChannelsOf(municipality),
      });
    },
  );

  app.post(
    '/api/v1/signals',
    {
      config: publicWrite,
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Een signaal indienen als inwoner, zonder account',
        description: 'Tekst, optioneel een plek (lat/lon of buurtcode), foto’s (base64) en contactgegevens met toestemming. Geeft een volglink.',
        body: PublicSignalInputSchema,
        response: { 201: PublicSignalCreatedSchema, 400: ErrorSchema, 404: ErrorSchema, 413: ErrorSchema, 429: ErrorSchema },
      },
      // The answer is built here from typed values, field by field (StoredSignal without mailQueued): plain
      // JSON.stringify spares checking it against the schema again, which stays for OpenAPI and the types.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request, reply) => {
      const input = request.body;
      assertMunicipality(input.municipality);
      const located = locate(input.municipality, input);
      // Triage and everything else that needs no transaction first; then the intake writer stores it
      // together with whatever other intakes of the municipality arrived meanwhile (group commit).
      const prepared = await prepareSignal({
        read: forMunicipality(app.db.app, input.municipality),
        municipalityId: input.municipality,
        actorId: null,
        input,
        located,
        triage: app.triage,
        regularChannels: regularChannelsOf(input.municipality),
      });
      const { mailQueued, ...created } = await intake.write(input.municipality, prepared);
      if (mailQueued) app.outbox.poke();
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/track/:token',
    {
      config: { access: 'public', rateLimit: tightLimit(app.config.rateLimits.publicWrite * 4) },
      schema: {
        tags,
        summary: 'Volg een signaal met de volglink (status en berichten, nooit interne notities)',
        params: z.object({ token: z.string().min(1).max(100) }),
        response: { 200: TrackingViewSchema, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    (request) => trackSignal(app.db.app, request.params.token),
  );
};
