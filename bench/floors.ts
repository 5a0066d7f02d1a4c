import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';

/**
 * Floor A: the cheapest Fastify route there is (same Fastify version as the app, logger off).
 * Every endpoint's throughput is read as a fraction of this one, measured on the same machine in the same run.
 */
export async function buildJsonFloor(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/floor', async () => ({ status: 'ok' }));
  return app;
}

/**
 * Floor B: a bare route doing one trivial query (`select 1`) through a pg Pool as the app's login role,
 * with the app's pool size: what any database-backed endpoint costs at least.
 */
export async function buildPostgresFloor(options: { databaseUrl: string; poolSize?: number }): Promise<FastifyInstance> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
  const app = Fastify({ logger: false });
  app.get('/floor', async () => {
    await pool.query('select 1');
    return { status: 'ok' };
  });
  app.addHook('onClose', () => pool.end());
  return app;
}

/**
 * The intake's floor: a bare route doing one PostgreSQL insert (into `bench_floor_signals`, which the
 * signals bench creates) through a pg Pool, with the app's pool size.
 */
export async function buildInsertFloor(options: { databaseUrl: string; poolSize?: number }): Promise<FastifyInstance> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
  const app = Fastify({ logger: false });
  app.post('/floor', async (request, reply) => {
    const body = request.body as { municipality: string; text: string };
    const { rows } = await pool.query('insert into bench_floor_signals (municipality_id, text) values ($1, $2) returning id', [body.municipality, body.text]);
    return reply.status(201).send({ id: rows[0]?.id });
  });
  app.addHook('onClose', () => pool.end());
  return app;
}
