import type { FastifyInstance, FastifyRequest } from 'fastify';
import { currentUser } from '../auth/access.js';
import { type Db, withMunicipality } from './tenant.js';

/** What every service call gets: the tenant-bound connection, the municipality and who acts. */
export interface Scope {
  db: Db;
  municipalityId: string;
  actorId: string;
}

/** Runs `work` for the signed-in user's municipality, in one transaction with row-level security on. */
export function scoped<T>(app: FastifyInstance, request: FastifyRequest, work: (scope: Scope) => Promise<T>): Promise<T> {
  const user = currentUser(request);
  return withMunicipality(app.db.app, user.municipalityId, (db) =>
    work({ db, municipalityId: user.municipalityId, actorId: user.id }),
  );
}
