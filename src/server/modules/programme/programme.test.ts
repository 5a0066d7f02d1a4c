import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';

/** The area programme (WOP) on the demo data of Bergen op Zoom: goals, steps, projects, participation, public view. */
describe('area programme (WOP)', () => {
  let t: TestApp;
  let connector: Session;
  let specialist: Session;
  let partner: Session;
  let alderman: Session;
  let areaId = '';
  let otherAreaId = '';
  let specialistId = '';
  let programmeId = '';
  let projectId = '';

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    const area = await t.database.owner.query(`select id from areas where municipality_id = 'GM0748' and name = 'Gageldonk-Warande'`);
    areaId = area.rows[0].id;
    otherAreaId = (await t.database.owner.query(`select id from areas where municipality_id = 'GM0400' limit 1`)).rows[0].id;
    specialistId = (await t.database.owner.query(`select id from users where email = 'specialist@bergenopzoom.demo'`)).rows[0].id;
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    specialist = await signIn(t.app, 'specialist@bergenopzoom.demo', 'demo');
    partner = await signIn(t.app, 'partner@bergenopzoom.demo', 'demo');
    alderman = await signIn(t.app, 'wethouder@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  const call = (session: Session, method: string, url: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers: session.headers, payload: payload as object });

  it('starts a programme with the handbook steps as a checklist', async () => {
    const response = await call(connector, 'POST', '/api/v1/programmes', {
      areaId,
      title: 'Wijkontwikkelingsprogramma Gageldonk-Warande 2026–2029',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
      summary: 'Samen met Stadlander, WijZijn en de wijkcommissie werken aan een groene, veilige wijk.',
      internalNotes: 'Budget nog niet rond met Stadlander.',
    });
    expect(response.statusCode, response.body).toBe(201);
    const programme = response.json();
    programmeId = programme.id;
    expect(programme.area.name).toBe('Gageldonk-Warande');
    expect(programme.handbook.name).toMatch(/Van de wijk voor de wijk/);
    expect(programme.steps.length).toBe(9);
    expect(programme.stepsDone).toBe(0);
    expect(programme.internalNotes).toContain('Stadlander');
  });

  it('adds goals, ticks off steps and records what was realised', async () => {
    const goal = await call(connector, 'POST', `/api/v1/programmes/${programmeId}/goals`, { title: 'Meer groen en ontmoeting in Tuinwijk' });
    expect(goal.statusCode, goal.body).toBe(200);
    const goalId = goal.json().goals[0].id;
    const stepId = goal.json().steps[0].id;
    const step = await call(connector, 'PUT', `/api/v1/programmes/${programmeId}/steps/${stepId}`, { isDone: true, note: 'Startnotitie in het college van 12 januari.' });
    expect(step.json().stepsDone).toBe(1);
    expect(step.json().steps[0]).toMatchObject({ isDone: true, doneBy: 'Sanne Rijnders', note: 'Startnotitie in het college van 12 januari.' });
    const undo = await call(connector, 'PUT', `/api/v1/programmes/${programmeId}/steps/${stepId}`, { isDone: false });
    expect(undo.json().stepsDone).toBe(0);
    const result = await call(connector, 'PATCH', `/api/v1/programmes/${programmeId}/goals/${goalId}`, { result: 'Twee pocketparken aangelegd.' });
    expect(result.json().goals[0].result).toBe('Twee pocketparken aangelegd.');
    const realised = await call(connector, 'PATCH', `/api/v1/programmes/${programmeId}`, { status: 'running', realisedSummary: 'Eerste jaar: speelplek en buurtpreventie.' });
    expect(realised.json()).toMatchObject({ status: 'running', realisedSummary: 'Eerste jaar: speelplek en buurtpreventie.' });
  });

  it('adds a project with owner, partners, budget, milestones and participation', async () => {
    const response = await call(connector, 'POST', `/api/v1/programmes/${programmeId}/projects`, {
      title: 'Speelplek Meilust vernieuwen',
      description: 'De speelplek aan de Meilustlaan opnieuw inrichten, samen met de kinderen uit de buurt.',
      internalNotes: 'Let op: aanbesteding loopt.',
      carriedBy: 'together',
      ownerName: 'Stadlander',
      partners: ['Stadlander', 'WijZijn Traversegroep'],
      budgetCents: 4_500_000,
      startOn: '2026-03-01',
      endOn: '2026-10-31',
      status: 'running',
      participationPlanned: 'coproduceren',
      participationSpecialistId: specialistId,
      milestones: [
        { title: 'Ontwerpavond met kinderen', dueOn: '2026-04-15', percentDone: 100 },
        { title: 'Aanleg', dueOn: '2026-09-30', percentDone: 40 },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    const project = response.json();
    projectId = project.id;
    expect(project).toMatchObject({ budgetCents: 4_500_000, percentDone: 70, carriedBy: 'together', participationSpecialist: { name: 'Ruud Hendrikx' } });
    expect(project.milestones.map((m: { dueOn: string }) => m.dueOn)).toEqual(['2026-04-15', '2026-09-30']);
    const programme = (await call(connector, 'GET', `/api/v1/programmes/${programmeId}`)).json();
    expect(programme.budgetCents).toBe(4_500_000);
    expect(programme.projectCount).toBe(1);
  });

  it('lists where realised participation differs from the plan; the responsible specialist records it', async () => {
    const mineOnly = (list: { projectId: string }[]) => list.filter((d) => d.projectId === projectId);
    expect(mineOnly((await call(connector, 'GET', '/api/v1/participation/deviations')).json())).toEqual([]);
    const recorded = await call(specialist, 'PUT', `/api/v1/projects/${projectId}/participation`, { realised: 'raadplegen', note: 'Door tijdsdruk alleen een enquête.' });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const deviations = (await call(connector, 'GET', `/api/v1/participation/deviations?areaId=${areaId}`)).json();
    expect(deviations).toHaveLength(1);
    expect(deviations[0]).toMatchObject({ projectTitle: 'Speelplek Meilust vernieuwen', planned: 'coproduceren', realised: 'raadplegen', direction: 'lower', specialist: { name: 'Ruud Hendrikx' } });
    // A project done without a realised level also needs attention.
    const done = await call(connector, 'POST', `/api/v1/programmes/${programmeId}/projects`, { title: 'Buurtpreventie-app', status: 'done', participationPlanned: 'informeren' });
    expect(done.statusCode).toBe(201);
    const after = (await call(alderman, 'GET', `/api/v1/participation/deviations?areaId=${areaId}`)).json();
    expect(after.map((d: { direction: string }) => d.direction).sort()).toEqual(['lower', 'unknown']);
    await call(connector, 'DELETE', `/api/v1/projects/${done.json().id}`);
  });

  it('lets only the responsible specialist (not another) record participation', async () => {
    const other = await t.database.owner.query(`select email from users where email = 'f.aarts@bergenopzoom.demo'`);
    const aarts = await signIn(t.app, other.rows[0].email, 'demo');
    const response = await call(aarts, 'PUT', `/api/v1/projects/${projectId}/participation`, { realised: 'meebeslissen' });
    expect(response.statusCode).toBe(403);
    expect((await call(specialist, 'PATCH', `/api/v1/projects/${projectId}`, { title: 'Gekaapt' })).statusCode).toBe(403);
  });

  it('shows partners the joint projects without internal notes', async () => {
    const programme = (await call(partner, 'GET', `/api/v1/programmes/${programmeId}`)).json();
    expect(programme.projects[0].title).toBe('Speelplek Meilust vernieuwen');
    expect(JSON.stringify(programme)).not.toContain('aanbesteding');
    expect(JSON.stringify(programme)).not.toContain('Budget nog niet rond');
    expect((await call(partner, 'POST', '/api/v1/programmes', { areaId, title: 'Van partner', periodStart: '2026-01-01', periodEnd: '2026-12-31' })).statusCode).toBe(403);
  });

  it('shows the public the running programme, without internal notes or colleagues', async () => {
    const response = await t.app.inject({ url: `/api/v1/public/areas/${areaId}/programme` });
    expect(response.statusCode).toBe(200);
    const { programme } = response.json();
    expect(programme.title).toMatch(/Gageldonk-Warande/);
    expect(programme.projects[0]).toMatchObject({ title: 'Speelplek Meilust vernieuwen', percentDone: 70, participation: 'coproduceren' });
    expect(response.body).not.toContain('aanbesteding');
    expect(response.body).not.toContain('Budget nog niet rond');
    expect(response.body).not.toContain('Ruud Hendrikx');
    // A project hidden from the public is not shown.
    await call(connector, 'PATCH', `/api/v1/projects/${projectId}`, { isPublic: false });
    expect((await t.app.inject({ url: `/api/v1/public/areas/${areaId}/programme` })).json().programme.projects).toEqual([]);
    await call(connector, 'PATCH', `/api/v1/projects/${projectId}`, { isPublic: true });
    // A draft programme is not public; an area without one says so.
    const other = (await t.database.owner.query(`select id from areas where municipality_id = 'GM0748' and name = 'Centrum'`)).rows[0].id;
    await call(connector, 'POST', '/api/v1/programmes', { areaId: other, title: 'Concept Centrum', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect((await t.app.inject({ url: `/api/v1/public/areas/${other}/programme` })).json()).toEqual({ programme: null });
    expect((await t.app.inject({ url: '/api/v1/public/areas/00000000-0000-4000-8000-000000000000/programme' })).statusCode).toBe(404);
  });

  it('rejects bad input with readable messages', async () => {
    const period = await call(connector, 'POST', '/api/v1/programmes', { areaId, title: 'Verkeerd', periodStart: '2027-01-01', periodEnd: '2026-01-01' });
    expect(period.statusCode).toBe(400);
    expect(period.json().message).toContain('einde');
    const foreign = await call(connector, 'POST', '/api/v1/programmes', { areaId: otherAreaId, title: 'Den Helder', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect([foreign.statusCode, foreign.json().code]).toEqual([400, 'unknown_area']);
    const percent = await call(connector, 'PATCH', `/api/v1/projects/${projectId}`, { milestones: [{ title: 'Te veel', percentDone: 120 }] });
    expect(percent.statusCode).toBe(400);
    const level = await call(connector, 'PATCH', `/api/v1/projects/${projectId}`, { participationPlanned: 'meepraten' });
    expect(level.statusCode).toBe(400);
    const owner = await call(connector, 'PATCH', `/api/v1/projects/${projectId}`, { ownerUserId: '00000000-0000-4000-8000-000000000000' });
    expect([owner.statusCode, owner.json().code]).toEqual([400, 'unknown_user']);
    const dates = await call(connector, 'PATCH', `/api/v1/projects/${projectId}`, { endOn: '2025-01-01' });
    expect([dates.statusCode, dates.json().code]).toEqual([400, 'invalid_period']);
    const missing = await call(connector, 'GET', '/api/v1/programmes/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });

  it('writes every change to the audit log', async () => {
    const { rows } = await t.database.owner.query(`select distinct action from audit_log where entity_type in ('programme', 'project')`);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['programme.create', 'programme.step', 'project.create', 'project.update']));
  });
});
