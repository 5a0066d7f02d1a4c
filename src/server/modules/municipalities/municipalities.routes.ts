import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorSchema } from '../../../shared/schemas/common.js';
import { MunicipalitySchema, MunicipalityUpdateSchema } from '../../../shared/schemas/municipality.js';
import { scoped } from '../../platform/db/scope.js';
import { changeMunicipalitySettings, getMunicipality } from './municipalities.service.js';

export const municipalityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/municipality',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['gemeente'],
        summary: 'Instellingen van de eigen gemeente',
        response: { 200: MunicipalitySchema, 401: ErrorSchema },
      },
    },
    (request) => scoped(app, request, (scope) => getMunicipality(scope)),
  );

  app.patch(
    '/api/v1/municipality',
    {
      config: { access: ['administrator'] },
      schema: {
        tags: ['gemeente'],
        summary: 'Instellingen wijzigen (naam, titel contactpersoon, thema, meldkanalen)',
        body: MunicipalityUpdateSchema,
        response: { 200: MunicipalitySchema, 400: ErrorSchema, 403: ErrorSchema },
      },
    },
    (request) => scoped(app, request, (scope) => changeMunicipalitySettings({ ...scope, update: request.body })),
  );
};
