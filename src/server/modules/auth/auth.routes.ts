import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CsrfSchema, LoginSchema, MeSchema } from '../../../shared/schemas/auth.js';
import { ErrorSchema, OkSchema } from '../../../shared/schemas/common.js';
import { currentUser } from '../../platform/auth/access.js';
import { SESSION_COOKIE, type SessionUser, deleteSession, resolveSession } from '../../platform/auth/sessions.js';
import { signIn } from './auth.service.js';
import { tightLimit } from '../../platform/http/rate-limits.js';

const tags = ['aanmelden'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    secure: app.config.cookieSecure,
    sameSite: 'lax' as const,
  };

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public', rateLimit: tightLimit(app.config.rateLimits.login) },
      schema: {
        tags,
        summary: 'Aanmelden met e-mail en wachtwoord; zet een sessiecookie',
        body: LoginSchema,
        response: { 200: MeSchema, 400: ErrorSchema, 401: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { token, expiresAt } = await signIn({
        pool: app.db.app,
        email: request.body.email,
        password: request.body.password,
        sessionHours: app.config.sessionHours,
      });
      const user = await resolveSession(app.db.app, token);
      if (!user) throw new Error('session vanished right after creation');
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt });
      return presentMe(user);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Afmelden: beëindigt de sessie', response: { 200: OkSchema, 401: ErrorSchema, 403: ErrorSchema } },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(app.db.app, user.municipalityId, token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'De aangemelde gebruiker', response: { 200: MeSchema, 401: ErrorSchema } },
    },
    async (request) => {
      return presentMe(currentUser(request));
    },
  );

  app.get(
    '/api/v1/auth/csrf',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'CSRF-token voor wijzigingen (stuur mee als x-csrf-token)', response: { 200: CsrfSchema, 401: ErrorSchema } },
    },
    async (request) => ({ token: currentUser(request).csrfToken }),
  );
};

function presentMe(user: SessionUser) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    municipalityCode: user.municipalityId,
    csrfToken: user.csrfToken,
  };
}
