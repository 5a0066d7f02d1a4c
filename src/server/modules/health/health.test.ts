import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';

describe('health and API documentation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
  });
  afterAll(() => t.close());

  it('reports ok when the database answers', async () => {
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3 document generated from the shared schemas, with every API route', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    const { validate } = await import('@seriousme/openapi-schema-validator').then((m) => ({ validate: (doc: unknown) => new m.Validator().validate(doc as never) }));
    const result = await validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const path of ['/api/v1/lookup', '/api/v1/areas', '/api/v1/areas/{id}', '/api/v1/auth/login', '/api/v1/auth/csrf', '/api/health']) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    expect(document.paths['/api/v1/areas'].post.requestBody.content['application/json'].schema.properties.regionCodes.type).toBe('array');
  });

  it('serves Swagger UI at /api/docs', async () => {
    const response = await t.app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger-ui');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await t.app.inject({ url: '/api/v1/bestaat-niet' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'not_found', message: 'Onbekend adres: GET /api/v1/bestaat-niet' });
  });
});
