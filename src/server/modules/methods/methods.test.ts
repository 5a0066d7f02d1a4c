import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';

/** Shared methods: a municipality publishes its templates; another adopts a copy — never any data. */
describe('method templates shared across municipalities', () => {
  let t: TestApp;
  let ridderkerk: Session;
  let bergen: Session;
  let bergenConnector: Session;
  let handbookId = '';

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    ridderkerk = await signIn(t.app, 'beheerder@ridderkerk.demo', 'demo');
    bergen = await signIn(t.app, 'coordinator@bergenopzoom.demo', 'demo');
    bergenConnector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  const call = (session: Session, method: string, url: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers: session.headers, payload: payload as object });

  it('starts every municipality with the built-in handbook, conversation formats and participation framework', async () => {
    const templates = (await call(bergen, 'GET', '/api/v1/methods/templates')).json();
    expect(templates.map((t: { kind: string }) => t.kind).sort()).toEqual([
      'conversation_format', 'conversation_format', 'conversation_format', 'conversation_format', 'participation_framework', 'wop_handbook',
    ]);
    expect(templates.every((t: { isDefault: boolean; isBuiltIn: boolean }) => t.isDefault && t.isBuiltIn)).toBe(true);
    const framework = templates.find((t: { kind: string }) => t.kind === 'participation_framework');
    expect(framework.content.levels.map((l: { level: string }) => l.level)).toEqual(['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen']);
  });

  it('lets Ridderkerk write its own handbook and publish it', async () => {
    const created = await call(ridderkerk, 'POST', '/api/v1/methods/templates', {
      kind: 'wop_handbook',
      name: 'Van de wijk voor de wijk (Ridderkerk)',
      description: 'Handleiding opstellen wijkontwikkelingsprogramma, Bolnes en Drievliet – Het Zand.',
      content: { steps: [{ title: 'Startbijeenkomst met het wijkoverleg' }, { title: 'Wijkschouw met bewoners' }, { title: 'Conceptprogramma en reacties' }, { title: 'Vaststelling' }] },
      isDefault: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    handbookId = created.json().id;
    const own = (await call(ridderkerk, 'GET', '/api/v1/methods/templates')).json();
    expect(own.filter((t: { kind: string; isDefault: boolean }) => t.kind === 'wop_handbook' && t.isDefault).map((t: { id: string }) => t.id)).toEqual([handbookId]);
    expect((await call(bergen, 'GET', '/api/v1/methods/published')).json()).toEqual([]);
    const published = await call(ridderkerk, 'PATCH', `/api/v1/methods/templates/${handbookId}`, { isPublished: true });
    expect(published.json().isPublished).toBe(true);
  });

  it('lets Bergen op Zoom adopt a copy and use it for a programme, without seeing any of Ridderkerk’s data', async () => {
    const shared = (await call(bergenConnector, 'GET', '/api/v1/methods/published')).json();
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatchObject({ municipality: { code: 'GM0597', name: 'Ridderkerk' }, name: 'Van de wijk voor de wijk (Ridderkerk)' });
    expect(JSON.stringify(shared)).not.toContain('ridderkerk.demo');
    expect((await call(bergenConnector, 'POST', `/api/v1/methods/published/${handbookId}/adopt`, {})).statusCode).toBe(403);
    const adopted = await call(bergen, 'POST', `/api/v1/methods/published/${handbookId}/adopt`, { makeDefault: true });
    expect(adopted.statusCode, adopted.body).toBe(201);
    expect(adopted.json()).toMatchObject({ adoptedFrom: { id: handbookId, municipality: 'Ridderkerk' }, isDefault: true, isPublished: false, isBuiltIn: false });
    const areaId = (await t.database.owner.query(`select id from areas where municipality_id = 'GM0748' limit 1`)).rows[0].id;
    const programme = await call(bergenConnector, 'POST', '/api/v1/programmes', { areaId, title: 'WOP volgens Ridderkerk', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(programme.json().steps.map((s: { title: string }) => s.title)).toEqual(['Startbijeenkomst met het wijkoverleg', 'Wijkschouw met bewoners', 'Conceptprogramma en reacties', 'Vaststelling']);
    // The copy is Bergen op Zoom's own: Ridderkerk changing or withdrawing its template changes nothing here.
    await call(ridderkerk, 'PATCH', `/api/v1/methods/templates/${handbookId}`, { isPublished: false, content: { steps: [{ title: 'Anders' }] } });
    const copy = (await call(bergen, 'GET', '/api/v1/methods/templates')).json().find((t: { id: string }) => t.id === adopted.json().id);
    expect(copy.content.steps).toHaveLength(4);
    expect((await call(bergen, 'GET', '/api/v1/methods/published')).json()).toEqual([]);
    const again = await call(bergen, 'POST', `/api/v1/methods/published/${handbookId}/adopt`, {});
    expect(again.statusCode).toBe(404);
  });

  it('does not let one municipality change or delete another’s template', async () => {
    expect((await call(bergen, 'PATCH', `/api/v1/methods/templates/${handbookId}`, { name: 'Gekaapt' })).statusCode).toBe(404);
    expect((await call(bergen, 'DELETE', `/api/v1/methods/templates/${handbookId}`)).statusCode).toBe(404);
    const own = await t.database.owner.query('select name from method_templates where id = $1', [handbookId]);
    expect(own.rows[0].name).toBe('Van de wijk voor de wijk (Ridderkerk)');
  });

  it('checks a template’s content against its kind, and keeps one default per kind', async () => {
    const bad = await call(bergen, 'POST', '/api/v1/methods/templates', { kind: 'participation_framework', name: 'Drie treden', content: { levels: [{ level: 'informeren', description: 'x' }] } });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'invalid_template_content']);
    const wrongLevel = await call(bergen, 'POST', '/api/v1/methods/templates', { kind: 'wop_handbook', name: 'Leeg', content: { steps: [] } });
    expect(wrongLevel.statusCode).toBe(400);
    const templates = (await call(bergen, 'GET', '/api/v1/methods/templates')).json();
    const builtIn = templates.find((t: { kind: string; isBuiltIn: boolean }) => t.kind === 'wop_handbook' && t.isBuiltIn);
    expect(builtIn.isDefault).toBe(false);
    const deleteDefault = await call(bergen, 'DELETE', `/api/v1/methods/templates/${templates.find((t: { kind: string; isDefault: boolean }) => t.kind === 'wop_handbook' && t.isDefault).id}`);
    expect([deleteDefault.statusCode, deleteDefault.json().code]).toEqual([409, 'default_template']);
    const format = await call(bergen, 'POST', '/api/v1/methods/templates', {
      kind: 'conversation_format',
      name: 'Kort leefbaarheidsgesprek',
      content: { meetingKind: 'leefbaarheidsgesprek', sections: [{ key: 'discover', title: 'Wat gaat goed' }, { key: 'deliver', title: 'Afspraken' }] },
      isDefault: true,
    });
    expect(format.statusCode, format.body).toBe(201);
    const after = (await call(bergen, 'GET', '/api/v1/methods/templates')).json();
    const defaults = after.filter((t: { kind: string; isDefault: boolean; content: { meetingKind?: string } }) => t.kind === 'conversation_format' && t.isDefault);
    expect(defaults.map((t: { content: { meetingKind: string } }) => t.content.meetingKind).sort()).toEqual(['collegebezoek', 'leefbaarheidsgesprek', 'wijkideeteam', 'wijkoverleg']);
    expect(defaults.find((t: { content: { meetingKind: string } }) => t.content.meetingKind === 'leefbaarheidsgesprek').name).toBe('Kort leefbaarheidsgesprek');
  });
});
