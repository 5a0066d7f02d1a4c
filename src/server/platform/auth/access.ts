import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '../../../shared/schemas/common.js';
import { AppError, forbidden } from '../errors.js';
import { SESSION_COOKIE, type SessionUser, resolveSession } from './sessions.js';

/**
 * Who may call a route. Every /api route must declare it (the app refuses to start otherwise):
 * 'public' — anyone; 'authenticated' — any signed-in user; a list — signed-in users with one of these roles.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SessionUser | undefined;
  }
  interface FastifyInstance {
    /** Every route with its declared access: the role tests walk this list. */
    accessRoutes: { method: string; url: string; access: Access }[];
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const STAFF_ROLES: readonly Role[] = ['administrator', 'coordinator', 'connector', 'specialist', 'alderman'];

/** Resolves the session cookie, then enforces each route's declared access and the CSRF token. */
export const accessPlugin = fp(async (app: FastifyInstance, options: { pool: import('pg').Pool }) => {
  app.decorateRequest('user', undefined);
  app.decorate('accessRoutes', [] as { method: string; url: string; access: Access }[]);

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (route.url.startsWith('/api/') && access === undefined && !isDocumentationRoute(route.url)) {
      throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
    }
    if (access === undefined) return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.accessRoutes.push({ method, url: route.url, access });
    }
  });

  // Callback hooks, not async ones: on a request without a session cookie (every public one) they cost no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return done();
    resolveSession(options.pool, token).then((user) => {
      request.user = user;
      done();
    }, done);
  });

  // Before validation: a caller without access learns nothing about the route's input.
  app.addHook('preValidation', (request, _reply, done) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined || access === 'public') return done();
    const user = request.user;
    if (!user) return done(new AppError(401, 'unauthenticated', 'U bent niet (meer) aangemeld.'));
    if (access !== 'authenticated' && !user.roles.some((role) => access.includes(role))) return done(forbidden());
    if (UNSAFE_METHODS.has(request.method)) {
      try {
        assertCsrf(request, user);
      } catch (error) {
        return done(error as Error);
      }
    }
    done();
  });
});

function assertCsrf(request: FastifyRequest, user: SessionUser): void {
  const header = request.headers['x-csrf-token'];
  const sent = Buffer.from(typeof header === 'string' ? header : '');
  const expected = Buffer.from(user.csrfToken);
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
    throw new AppError(403, 'csrf_failed', 'De beveiligingstoken (x-csrf-token) ontbreekt of klopt niet. Laad de pagina opnieuw.');
  }
}

function isDocumentationRoute(url: string): boolean {
  return url.startsWith('/api/docs');
}

/** The signed-in user of a route that declared non-public access. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError(401, 'unauthenticated', 'U bent niet (meer) aangemeld.');
  return request.user;
}

export const hasRole = (user: SessionUser, ...roles: Role[]) => user.roles.some((role) => roles.includes(role));
