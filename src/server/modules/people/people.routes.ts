import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, IdParamsSchema } from '../../../shared/schemas/common.js';
import { UserInputSchema, UserSchema, UserUpdateSchema } from '../../../shared/schemas/user.js';
import { scoped } from '../../platform/db/scope.js';
import { createUser, getUser, listUsers, updateUser } from './people.service.js';

const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['mensen'];

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/users',
    {
      config: { access: ['administrator', 'coordinator'] },
      schema: { tags, summary: 'Mensen en rollen van de gemeente', response: { 200: z.array(UserSchema), ...errors } },
    },
    (request) => scoped(app, request, (scope) => listUsers(scope)),
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { access: ['administrator', 'coordinator'] },
      schema: { tags, summary: 'Eén persoon', params: IdParamsSchema, response: { 200: UserSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => getUser({ ...scope, userId: request.params.id })),
  );

  app.post(
    '/api/v1/users',
    {
      config: { access: ['administrator'] },
      schema: { tags, summary: 'Account aanmaken', body: UserInputSchema, response: { 201: UserSchema, ...errors } },
    },
    async (request, reply) => {
      const user = await scoped(app, request, (scope) => createUser({ ...scope, input: request.body }));
      return reply.status(201).send(user);
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { access: ['administrator'] },
      schema: { tags, summary: 'Account wijzigen (rollen, gegevens, actief, wachtwoord)', params: IdParamsSchema, body: UserUpdateSchema, response: { 200: UserSchema, ...errors } },
    },
    (request) => scoped(app, request, (scope) => updateUser({ ...scope, userId: request.params.id, update: request.body })),
  );
};
