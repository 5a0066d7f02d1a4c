import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema } from '../../../shared/schemas/common.js';
import {
  AreaComparisonSchema,
  AreaFiguresSchema,
  DatasetSchema,
  IndicatorIdSchema,
  IndicatorListQuerySchema,
  IndicatorSchema,
  IndicatorSelectionQuerySchema,
  IndicatorValuesQuerySchema,
  IndicatorValuesSchema,
  PrioritySelectionInputSchema,
  PrioritySelectionSchema,
  RankingRequestSchema,
  RankingSchema,
  RegionIndicatorSchema,
  RegionIndicatorsQuerySchema,
  StatisticsImportSummarySchema,
  StatisticsRegionCodeSchema,
  StatisticsUploadSchema,
  YearParamsSchema,
} from '../../../shared/schemas/statistics.js';
import { STAFF_ROLES, currentUser } from '../../platform/auth/access.js';
import { scoped } from '../../platform/db/scope.js';
import { compareAreas, getAreaFigures } from './area-statistics.service.js';
import { renderAreaReport } from './area-report.service.js';
import {
  buildRanking,
  deletePrioritySelection,
  getPrioritySelection,
  listPrioritySelections,
  savePrioritySelection,
} from './priority-index.service.js';
import { listDatasets, listIndicators, listIndicatorValues, listRegionIndicators } from './public-statistics.service.js';
import { createStatisticsStore } from './statistics-store.js';
import { uploadStatistics } from './upload-statistics.service.js';
import { publicReadLimit } from '../../platform/http/rate-limits.js';

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['statistieken'];
const COORDINATION = ['administrator', 'coordinator'] as const;
const UPLOAD_LIMIT = 64 * 1024 * 1024;

export const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const store = createStatisticsStore(app.db.app);
  const publicRead = { access: 'public' as const, rateLimit: publicReadLimit(app.config.rateLimits.publicRead) };

  app.get(
    '/api/v1/regions/:code/indicators',
    {
      config: publicRead,
      schema: {
        tags,
        summary: 'Alle indicatoren van een CBS-regio zoals de bronnen ze geven (CBS, RIVM), per jaar',
        description:
          'Code: GMxxxx, WKxxxxxx of BUxxxxxxxx (ook met letters, zoals WK0363AA), of NL01. Eén regel per indicator en jaar van elke ' +
          'geïmporteerde tabel die de regio bevat; `value` is null waar de bron geen waarde heeft. Openbare gegevens.',
        params: z.object({ code: StatisticsRegionCodeSchema }),
        querystring: RegionIndicatorsQuerySchema,
        response: { 200: z.array(RegionIndicatorSchema), 400: ErrorSchema, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    (request) => listRegionIndicators({ store, pool: app.db.app, code: request.params.code, year: request.query.year }),
  );

  app.get(
    '/api/v1/statistics/datasets',
    {
      config: publicRead,
      schema: { tags, summary: 'Geïmporteerde tabellen (CBS, RIVM) per jaar, met aantallen regio’s', response: { 200: z.array(DatasetSchema), 429: ErrorSchema } },
    },
    () => listDatasets({ store }),
  );

  app.get(
    '/api/v1/statistics/indicators',
    {
      config: publicRead,
      schema: {
        tags,
        summary: 'Indicatoren met titel, eenheid, omschrijving en bron (CBS/RIVM), en hoe ze voor een gebied samengaan',
        querystring: IndicatorListQuerySchema,
        response: { 200: z.array(IndicatorSchema), 400: ErrorSchema, 429: ErrorSchema },
      },
    },
    (request) => listIndicators({ store, year: request.query.year, level: request.query.level }),
  );

  app.get(
    '/api/v1/statistics/indicators/:indicatorId/values',
    {
      config: publicRead,
      schema: {
        tags,
        summary: 'Waarden van één indicator per gemeente, wijk of buurt — van één gemeente of heel Nederland (kaartgegevens)',
        params: z.object({ indicatorId: IndicatorIdSchema }),
        querystring: IndicatorValuesQuerySchema,
        response: { 200: IndicatorValuesSchema, 400: ErrorSchema, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { indicatorId } = request.params;
      const { level, municipality } = request.query;
      const snapshot = await store.current();
      const json = await snapshot.cachedJson(`values|${indicatorId}|${level}|${municipality ?? ''}`, () =>
        listIndicatorValues({ snapshot, indicatorId, level, municipality }),
      );
      return reply.type('application/json; charset=utf-8').send(json as never); // already JSON text: Fastify sends strings as they are
    },
  );

  app.get(
    '/api/v1/statistics/areas',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Gebieden van de gemeente naast elkaar: waarden per indicator, met gemeente en Nederland',
        description: 'Indicatoren van CBS/RIVM en eigen cijfers (`schakel.JJJJ[.thema].SignalenPer1000`, signalen per 1.000 inwoners) door elkaar.',
        querystring: IndicatorSelectionQuerySchema,
        response: { 200: AreaComparisonSchema, ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => compareAreas({ ...scope, store, indicatorIds: request.query.indicators })),
  );

  app.get(
    '/api/v1/statistics/areas/:id',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Kengetallen van een gebied naast gemeente en Nederland, met bron, jaar en berekening; alle jaren voor trends',
        description:
          'Met de eigen cijfers (`own`): signalen per 1.000 inwoners per thema en in totaal, van het gekozen jaar (`year`, zonder: dit jaar). ' +
          'Jaar in de toekomst: 400 `year_not_started`.',
        params: IdParamsSchema,
        querystring: IndicatorSelectionQuerySchema,
        response: { 200: AreaFiguresSchema, ...errors },
      },
    },
    (request) =>
      scoped(app, request, (scope) =>
        getAreaFigures({ ...scope, store, areaId: request.params.id, indicatorIds: request.query.indicators, year: request.query.year }),
      ),
  );

  app.get(
    '/api/v1/statistics/areas/:id/report.pdf',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Gebiedsrapportage als PDF (A4), in de vorm van een raadsinformatiebrief',
        description: 'Antwoord: application/pdf.',
        params: IdParamsSchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const report = await scoped(app, request, (scope) => renderAreaReport({ ...scope, store, areaId: request.params.id }));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${report.fileName}"`)
        .header('cache-control', 'no-store')
        .send(report.pdf as never);
    },
  );

  app.post(
    '/api/v1/statistics/ranking',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Prioriteitsindex: gebieden, CBS-wijken of -buurten gerangschikt op gekozen indicatoren en gewichten',
        description:
          'Met de bijdrage van elke indicator. Verandert niets. `scope: country` rangschikt alle CBS-wijken (of -buurten) van Nederland. ' +
          'Eigen cijfers (`schakel.JJJJ[.thema].SignalenPer1000`) gaan alleen per gebied (`level: area`); anders 400 `own_figure_per_area`.',
        body: RankingRequestSchema,
        response: { 200: RankingSchema, ...errors },
      },
    },
    async (request, reply) => {
      if (request.body.scope !== 'country') return scoped(app, request, (scope) => buildRanking({ store, request: request.body, scope }));
      // A national ranking reads public figures only: the same question gets the same answer until the next import.
      const municipalityId = currentUser(request).municipalityId;
      const snapshot = await store.current();
      const json = await snapshot.cachedJson(`ranking|${municipalityId}|${JSON.stringify(request.body)}`, () =>
        buildRanking({ store, snapshot, request: request.body, municipalityId }),
      );
      return reply.type('application/json; charset=utf-8').send(json as never); // already JSON text: Fastify sends strings as they are
    },
  );

  app.get(
    '/api/v1/statistics/priorities',
    {
      config: { access: STAFF_ROLES },
      schema: { tags, summary: 'De gebiedsgerichte aanpak van de gemeente per jaar', response: { 200: z.array(PrioritySelectionSchema), ...errors } },
    },
    (request) => scoped(app, request, (scope) => listPrioritySelections(scope)),
  );

  app.get(
    '/api/v1/statistics/priorities/:year',
    {
      config: { access: STAFF_ROLES },
      schema: { tags, summary: 'De gebiedsgerichte aanpak van één jaar', params: YearParamsSchema, response: { 200: PrioritySelectionSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => getPrioritySelection({ ...scope, year: request.params.year })),
  );

  app.put(
    '/api/v1/statistics/priorities/:year',
    {
      config: { access: COORDINATION },
      schema: {
        tags,
        summary: 'Gebiedsgerichte aanpak voor een jaar opslaan: indicatoren, gewichten, prioriteitsgebieden (met de rangorde van nu)',
        params: YearParamsSchema,
        body: PrioritySelectionInputSchema,
        response: { 200: PrioritySelectionSchema, ...errors },
      },
    },
    (request) => scoped(app, request, (scope) => savePrioritySelection({ ...scope, store, year: request.params.year, input: request.body })),
  );

  app.delete(
    '/api/v1/statistics/priorities/:year',
    {
      config: { access: COORDINATION },
      schema: { tags, summary: 'Gebiedsgerichte aanpak van een jaar verwijderen', params: YearParamsSchema, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await scoped(app, request, (scope) => deletePrioritySelection({ ...scope, year: request.params.year }));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/statistics/imports',
    {
      config: { access: ['administrator'] },
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary: 'CBS/RIVM-bestanden uploaden en importeren (zelfde controles als `npx schakel import-statistics`)',
        description:
          'Bestanden als tekst: de cijfers (JSON per regiocode of OData CSV/JSON), met DataProperties en TableInfos van dezelfde tabel, ' +
          'of de CBS-regiolijst. Alles of niets: een fout bestand verandert niets. De cijfers zijn openbaar en gelden voor alle gemeenten.',
        body: StatisticsUploadSchema,
        response: { 200: StatisticsImportSummarySchema, ...errors, 413: ErrorSchema },
      },
    },
    (request) => scoped(app, request, (scope) => uploadStatistics({ ...scope, upload: request.body })),
  );
};
