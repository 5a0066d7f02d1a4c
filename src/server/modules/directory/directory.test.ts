import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';

describe('wegwijzer: who is responsible for what', () => {
  let t: TestApp;
  let connector: Session;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  const ask = async (q: string) => (await t.app.inject({ url: `/api/v1/directory?q=${encodeURIComponent(q)}`, headers: connector.headers })).json();

  it('answers "wie gaat over speeltoestellen in Halsteren?" with the realisatie & beheer colleague', async () => {
    const answer = await ask('wie gaat over speeltoestellen in Halsteren?');
    expect(answer.areas.map((a: { name: string }) => a.name)).toEqual(['Halsteren']);
    expect(answer.people[0]).toMatchObject({ name: 'Eline Vermeulen', department: 'Stedelijke Ontwikkeling' });
  });

  it('finds by Dutch stems, and through small typos', async () => {
    expect((await ask('eenzame ouderen')).people[0]?.name).toBe('Fatima Aarts');
    expect((await ask('handhaving parkeren')).people[0]?.name).toBe('Naima Bakker');
    expect((await ask('speeltoestelen')).people[0]?.name).toBe('Eline Vermeulen');
    expect((await ask('klimaatadaptatie')).people[0]?.name).toBe('Dirk Hoek');
  });

  it('prefers who covers the named area and leaves out who is limited to other areas', async () => {
    const { rows } = await t.database.owner.query(`select u.id as user_id, a.id as area_id from users u, areas a where u.email = 'e.vermeulen@bergenopzoom.demo' and a.name = 'Lepelstraat'`);
    await t.database.owner.query(`insert into specialist_areas (user_id, area_id, municipality_id) values ($1, $2, 'GM0748')`, [rows[0].user_id, rows[0].area_id]);
    const halsteren = await ask('speeltoestellen in Halsteren');
    expect(halsteren.people.map((p: { name: string }) => p.name)).not.toContain('Eline Vermeulen');
    const lepelstraat = await ask('speeltoestellen in Lepelstraat');
    expect(lepelstraat.people[0]).toMatchObject({ name: 'Eline Vermeulen', coversAreas: ['Lepelstraat'] });
  });

  it('is for staff only', async () => {
    const partner = await signIn(t.app, 'partner@bergenopzoom.demo', 'demo');
    expect((await t.app.inject({ url: '/api/v1/directory?q=groen', headers: partner.headers })).statusCode).toBe(403);
  });
});
