import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { activityRoutes } from './modules/activities/activities.routes.js';
import { connectorFinderRoutes } from './modules/connector-finder/connector-finder.routes.js';
import { exportRoutes } from './modules/exports/exports.routes.js';
import { handoverRoutes } from './modules/handover/handover.routes.js';
import { organisationRoutes } from './modules/organisations/organisations.routes.js';
import { responsivenessRoutes } from './modules/responsiveness/responsiveness.routes.js';
import { timelineRoutes } from './modules/timeline/timeline.routes.js';
import { directoryRoutes } from './modules/directory/directory.routes.js';
import { areaRoutes } from './modules/areas/areas.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { type LiveLookupIndex, startLiveLookupIndex } from './modules/lookup/live-lookup-index.js';
import { lookupRoutes } from './modules/lookup/lookup.routes.js';
import { municipalityRoutes } from './modules/municipalities/municipalities.routes.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { methodRoutes } from './modules/methods/methods.routes.js';
import { programmeRoutes } from './modules/programme/programme.routes.js';
import { initiativeRoutes } from './modules/initiatives/initiatives.routes.js';
import { collegeRoutes } from './modules/meetings/college.routes.js';
import { meetingRoutes } from './modules/meetings/meetings.routes.js';
import { officeHourRoutes } from './modules/meetings/office-hours.routes.js';
import { calendarRoutes } from './modules/calendars/calendars.routes.js';
import { statisticsRoutes } from './modules/statistics/statistics.routes.js';
import { runReferralReminders } from './modules/referrals/referral-reminders.js';
import { referralRoutes } from './modules/referrals/referrals.routes.js';
import { publicSignalRoutes } from './modules/signals/public-signals.routes.js';
import { recurringRoutes } from './modules/signals/recurring.routes.js';
import { runRetention } from './modules/signals/retention.js';
import { runInitiativeRetention } from './modules/initiatives/initiative-retention.js';
import { signalRoutes } from './modules/signals/signals.routes.js';
import { accessPlugin } from './platform/auth/access.js';
import type { Config } from './platform/config.js';
import { type Database, openDatabase } from './platform/db/database.js';
import { registerErrorHandling } from './platform/errors.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { type OutboxWorker, startOutboxWorker } from './platform/mail/outbox-worker.js';
import { createTriage, type Triage } from './modules/signals/triage/triage-service.js';
import { runActionReminders } from './modules/meetings/action-reminders.js';
import { postgresStemmer } from './modules/signals/triage/triage.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Database;
    lookup: LiveLookupIndex;
    outbox: OutboxWorker;
    triage: Triage;
  }
}

/**
 * Builds the whole app — database, plugins, every module — without listening.
 * The server (main.ts), the tests and the benchmarks all start Schakel through this.
 */
export async function buildApp(config: Config, options: { database?: Database; logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    trustProxy: true,
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const database = options.database ?? (await openDatabase(config, { log: (message) => app.log.info(message) }));
  app.decorate('config', config);
  app.decorate('db', database);
  const lookup = await startLiveLookupIndex({
    pool: database.app,
    listenUrl: database.appUrl,
    log: (message, error) => app.log.warn({ err: error }, message),
  });
  app.decorate('lookup', lookup);
  const outbox = startOutboxWorker({
    ownerPool: database.owner,
    smtpUrl: config.mail.smtpUrl,
    from: config.mail.from,
    intervalMs: config.mail.outboxIntervalMs,
    log: (message, error) => app.log.warn({ err: error }, message),
  });
  app.decorate('outbox', outbox);
  // Words are stemmed in PostgreSQL only the first time this process sees them; the query reads no table.
  app.decorate('triage', createTriage({ stem: postgresStemmer(database.app), sharedDataDir: config.sharedDataDir }));
  const jobs = setInterval(() => {
    runReferralReminders({ appPool: database.app, ownerPool: database.owner, publicUrl: config.publicUrl })
      .then(() => outbox.poke())
      .catch((error) => app.log.warn({ err: error }, 'herinneringen voor verzoeken mislukt'));
    runActionReminders({ appPool: database.app, ownerPool: database.owner, publicUrl: config.publicUrl })
      .then(() => outbox.poke())
      .catch((error) => app.log.warn({ err: error }, 'herinneringen voor verlopen afspraken mislukt'));
    runRetention({ ownerPool: database.owner }).catch((error) => app.log.warn({ err: error }, 'bewaartermijnen toepassen mislukt'));
    runInitiativeRetention({ ownerPool: database.owner }).catch((error) => app.log.warn({ err: error }, 'bewaartermijnen initiatieven toepassen mislukt'));
  }, config.jobIntervalMs);
  jobs.unref();
  app.addHook('onClose', async () => {
    clearInterval(jobs);
    await outbox.stop();
    await lookup.close();
    if (!options.database) await database.close();
  });

  registerErrorHandling(app);
  registerSecurityHeaders(app, { https: config.cookieSecure });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(accessPlugin, { pool: database.app });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Schakel API',
        version: '1',
        description:
          'Het werkplatform voor wijkgericht werken. Aanmelden: POST /api/v1/auth/login (sessiecookie); ' +
          'wijzigingen sturen de token van GET /api/v1/auth/csrf mee als x-csrf-token.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'schakel_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(municipalityRoutes);
  await app.register(areaRoutes);
  await app.register(peopleRoutes);
  await app.register(auditRoutes);
  await app.register(lookupRoutes);
  await app.register(statisticsRoutes);
  await app.register(publicSignalRoutes);
  await app.register(recurringRoutes);
  await app.register(signalRoutes);
  await app.register(referralRoutes);
  await app.register(directoryRoutes);
  await app.register(activityRoutes);
  await app.register(organisationRoutes);
  await app.register(responsivenessRoutes);
  await app.register(timelineRoutes);
  await app.register(handoverRoutes);
  await app.register(connectorFinderRoutes);
  await app.register(exportRoutes);
  await app.register(methodRoutes);
  await app.register(programmeRoutes);
  await app.register(initiativeRoutes);
  await app.register(meetingRoutes);
  await app.register(officeHourRoutes);
  await app.register(collegeRoutes);
  await app.register(calendarRoutes);

  await registerWebApp(app, config.webDistDir);
  return app;
}

/** Serves the built React app; any non-API path without a file gets index.html (client-side routing). */
async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    app.log.warn(`Geen gebouwde webapp in ${distDir}: draai 'npm run build:web'. De API werkt wel.`);
    return;
  }
  // Files are looked up per request (serve: false), so a rebuilt web app is served without a restart.
  await app.register(fastifyStatic, { root: distDir, serve: false });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    const pathname = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (pathname.startsWith('/api/')) return reply.callNotFound();
    if (/\.[a-z0-9]+$/i.test(pathname)) {
      const file = path.join(distDir, path.normalize(pathname));
      if (!file.startsWith(distDir + path.sep) || !existsSync(file)) return reply.callNotFound();
      // Vite's hashed assets never change under the same name.
      const immutable = pathname.startsWith('/assets/');
      return reply.sendFile(path.relative(distDir, file), immutable ? { maxAge: '365d', immutable: true } : { maxAge: 0 });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
