import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, MunicipalityCodeSchema } from '../../../shared/schemas/common.js';
import {
  AddressLookupResultSchema,
  ConnectorCardSchema,
  LookupQuerySchema,
  PointLookupResultSchema,
  TextLookupResultSchema,
} from '../../../shared/schemas/lookup.js';
import { PublicMunicipalitySchema, PublicMunicipalityMapSchema } from '../../../shared/schemas/public.js';
import { notFound } from '../../platform/errors.js';
import { geocodeAddress } from './pdok-locatieserver.js';
import { publicReadLimit, tightLimit } from '../../platform/http/rate-limits.js';

const tags = ['vind je wijkverbinder'];

export const lookupRoutes: FastifyPluginAsyncZod = async (app) => {
  const publicRead = { access: 'public' as const, rateLimit: publicReadLimit(app.config.rateLimits.publicRead) };

  app.get(
    '/api/v1/lookup',
    {
      config: publicRead,
      schema: {
        tags,
        summary: 'Vind het gebied en de contactpersoon bij een punt (lat, lon) of een naam (q)',
        description:
          'Met `lat` en `lon` (WGS84): de gemeente, buurt, wijk, het gebied en de publieke contactkaart; 404 buiten een bekend gebied. ' +
          'Met `q`: passende gebieden, buurten en wijken met hun kaart. Werkt over alle gemeenten van deze installatie.',
        querystring: LookupQuerySchema,
        response: { 200: z.union([PointLookupResultSchema, TextLookupResultSchema]), 400: ErrorSchema, 404: ErrorSchema, 429: ErrorSchema },
      },
      // The answers come from the index, built from validated data: plain JSON.stringify (the schema stays for
      // OpenAPI and the types) spares re-checking every response on the busiest public route.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request, reply) => {
      const { lat, lon, q, municipality, limit } = request.query;
      const index = app.lookup.current();
      if (lat !== undefined && lon !== undefined) {
        // The answer per region is serialised once; a string is sent as it is.
        const json = index.findByPointJson(lat, lon);
        if (!json) throw notFound('Dit punt ligt niet in een gebied dat wij kennen. Kies een plek binnen een aangesloten gemeente.');
        return reply.type('application/json; charset=utf-8').send(json as never);
      }
      return { matches: index.search(q ?? '', { municipality, limit }) };
    },
  );

  app.get(
    '/api/v1/lookup/address',
    {
      config: { access: 'public', rateLimit: tightLimit(app.config.rateLimits.publicWrite) },
      schema: {
        tags,
        summary: 'Zoek op adres via de PDOK Locatieserver (alleen als die is ingesteld)',
        querystring: z.object({ q: z.string().trim().min(3).max(200) }).strict(),
        response: { 200: AddressLookupResultSchema, 400: ErrorSchema, 404: ErrorSchema, 502: ErrorSchema, 503: ErrorSchema },
      },
    },
    async (request) => {
      const address = await geocodeAddress({ baseUrl: app.config.pdokLocatieserverUrl, query: request.query.q });
      if (!address) throw notFound('Dit adres is niet gevonden.');
      return { ...address, result: app.lookup.current().findByPoint(address.lat, address.lon) ?? null };
    },
  );

  app.get(
    '/api/v1/public/municipalities',
    {
      config: publicRead,
      schema: { tags, summary: 'Aangesloten gemeenten met thema en meldkanalen', response: { 200: z.array(PublicMunicipalitySchema) } },
    },
    async () =>
      app.lookup
        .current()
        .municipalities()
        .map(({ id, ...rest }) => ({ code: id, ...rest })),
  );

  app.get(
    '/api/v1/public/municipalities/:code/map',
    {
      config: publicRead,
      schema: {
        tags,
        summary: 'Kaart van een gemeente: gebieden met contactkaart en buurtvlakken (GeoJSON)',
        params: z.object({ code: MunicipalityCodeSchema }),
        response: { 200: PublicMunicipalityMapSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const map = app.lookup.current().municipalityMap(request.params.code);
      if (!map) throw notFound('Deze gemeente is niet aangesloten.');
      const { id, ...municipality } = map.municipality;
      return { ...map, municipality: { code: id, ...municipality } };
    },
  );

  app.get(
    '/api/v1/public/areas/:id',
    {
      config: publicRead,
      schema: {
        tags,
        summary: 'Publieke contactkaart van een gebied',
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ card: ConnectorCardSchema }), 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const card = app.lookup.current().card(request.params.id);
      if (!card) throw notFound('Gebied niet gevonden.');
      return { card };
    },
  );
};
