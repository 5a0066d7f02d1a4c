import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createArea, createMunicipality, createRegions, createUser, type Session, signIn } from '../../../../test/factories.js';

describe('activity log, role fulfilment and hours (weeks across months and years)', () => {
  let t: TestApp;
  let connector: Session;
  let coordinator: Session;
  let colleague: Session;
  let connectorId = '';
  let colleagueId = '';
  let areaId = '';
  let otherAreaId = '';

  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
    const owner = t.database.owner;
    await createMunicipality(owner, { id: 'GM0001', name: 'Gemeente Rol' });
    const regions = await createRegions(owner, {
      municipalityId: 'GM0001',
      neighbourhoods: [
        { suffix: '00', name: 'Oudebuurt', square: [5, 52, 0.01] },
        { suffix: '01', name: 'Nieuwebuurt', square: [5.02, 52, 0.01] },
      ],
    });
    const connectorUser = await createUser(owner, { municipalityId: 'GM0001', roles: ['connector'], name: 'Wendy Wijk' });
    const colleagueUser = await createUser(owner, { municipalityId: 'GM0001', roles: ['connector'], name: 'Bram Buur' });
    const coordinatorUser = await createUser(owner, { municipalityId: 'GM0001', roles: ['coordinator'], name: 'Coco Coördinator' });
    connectorId = connectorUser.id;
    colleagueId = colleagueUser.id;
    areaId = (await createArea(owner, { municipalityId: 'GM0001', name: 'Oud', regionCodes: [regions.neighbourhoodCodes[0] as string], connectorIds: [connectorId] })).id;
    otherAreaId = (await createArea(owner, { municipalityId: 'GM0001', name: 'Nieuw', regionCodes: [regions.neighbourhoodCodes[1] as string], connectorIds: [colleagueId] })).id;
    // The budget history: 4 hours a week from 1 December 2020, 6 hours from Wednesday 6 January 2021.
    await owner.query('delete from connector_hours where area_id = $1', [areaId]);
    await owner.query(
      `insert into connector_hours (municipality_id, area_id, user_id, hours_per_week, valid_from, valid_to)
       values ('GM0001', $1, $2, 4, '2020-12-01', '2021-01-06'), ('GM0001', $1, $2, 6, '2021-01-06', null)`,
      [areaId, connectorId],
    );
    connector = await signIn(t.app, connectorUser.email);
    colleague = await signIn(t.app, colleagueUser.email);
    coordinator = await signIn(t.app, coordinatorUser.email);
  });
  afterAll(() => t.close());

  const log = (session: Session, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/activities', headers: session.headers, payload });

  it('logs activities with the role the connector confirmed and Schakel’s own suggestion', async () => {
    // Thursday 31 December 2020 and Saturday 2 January 2021 fall in ISO week 53 of 2020; 4 and 10 January in week 1 of 2021.
    const entries = [
      { occurredOn: '2020-12-31', minutes: 90, kind: 'call', role: 'fixing', note: 'Losse kwestie over een boom opgelost.' },
      { occurredOn: '2021-01-02', minutes: 30, kind: 'contact', role: 'informing', participants: 'twee bewoners' },
      { occurredOn: '2021-01-04', minutes: 120, kind: 'meeting', role: 'facilitating', note: 'Wijkoverleg met de woningcorporatie.' },
      { occurredOn: '2021-01-10', minutes: 60, kind: 'visit', role: 'fixing' },
    ];
    for (const entry of entries) {
      const response = await log(connector, { ...entry, areaId });
      expect(response.statusCode, response.body).toBe(201);
    }
    const created = (await t.app.inject({ url: `/api/v1/activities?areaId=${areaId}`, headers: connector.headers })).json();
    expect(created.total).toBe(4);
    expect(created.items[0]).toMatchObject({ occurredOn: '2021-01-10', role: 'fixing', suggestedRole: 'exploring', user: { name: 'Wendy Wijk' }, area: { name: 'Oud' }, canEdit: true });
    expect(created.items.map((a: { suggestedRole: string }) => a.suggestedRole)).toEqual(['exploring', 'facilitating', 'informing', 'informing']);

    // The colleague logs in another area; a date in the future or an unknown link is refused.
    expect((await log(colleague, { occurredOn: '2021-01-05', minutes: 45, kind: 'work', role: 'agenda_setting', areaId: otherAreaId })).statusCode).toBe(201);
    const future = await log(connector, { occurredOn: '2099-01-01', minutes: 10, kind: 'call', role: 'informing' });
    expect(future.json().code).toBe('date_in_future');
    const unknown = await log(connector, { occurredOn: '2021-01-05', minutes: 10, kind: 'call', role: 'informing', organisationIds: ['00000000-0000-4000-8000-000000000000'] });
    expect([unknown.statusCode, unknown.json().code]).toEqual([400, 'unknown_link']);
    for (const payload of [{ occurredOn: '2021-01-05', minutes: 0, kind: 'call', role: 'informing' }, { occurredOn: '2021-01-05', minutes: 10, kind: 'call', role: 'boss' }]) {
      expect((await log(connector, payload)).json().code).toBe('validation_failed');
    }
  });

  it('lets a connector change only their own activities, and a coordinator anyone’s', async () => {
    const mine = (await t.app.inject({ url: '/api/v1/activities?mine=true', headers: colleague.headers })).json().items[0];
    const theirs = (await t.app.inject({ url: `/api/v1/activities?areaId=${areaId}`, headers: colleague.headers })).json().items[0];
    expect(theirs.canEdit).toBe(false);
    const refused = await t.app.inject({ method: 'PATCH', url: `/api/v1/activities/${theirs.id}`, headers: colleague.headers, payload: { note: 'Niet van mij' } });
    expect(refused.statusCode).toBe(403);
    const own = await t.app.inject({ method: 'PATCH', url: `/api/v1/activities/${mine.id}`, headers: colleague.headers, payload: { note: 'Notitie voor de raad' } });
    expect(own.json()).toMatchObject({ note: 'Notitie voor de raad', role: 'agenda_setting' });
    const corrected = await t.app.inject({ method: 'PATCH', url: `/api/v1/activities/${mine.id}`, headers: coordinator.headers, payload: { minutes: 40 } });
    expect(corrected.json().minutes).toBe(40);
  });

  it('shows the share of time per role per ISO week, across the turn of the year, with the fixer trend', async () => {
    const response = await t.app.inject({ url: `/api/v1/dashboard/roles?from=2020-12-30&to=2021-01-08&userId=${connectorId}`, headers: coordinator.headers });
    expect(response.statusCode, response.body).toBe(200);
    const dashboard = response.json();
    expect([dashboard.from, dashboard.to]).toEqual(['2020-12-28', '2021-01-10']);
    expect(dashboard.periods.map((p: { key: string }) => p.key)).toEqual(['2020-W53', '2021-W01']);
    expect(dashboard.periods[0]).toMatchObject({ totalMinutes: 120, minutes: { fixing: 90, informing: 30 }, shares: { fixing: 0.75, informing: 0.25, facilitating: 0 } });
    expect(dashboard.periods[1]).toMatchObject({ totalMinutes: 180, minutes: { facilitating: 120, fixing: 60 }, shares: { fixing: 0.3333, facilitating: 0.6667 } });
    expect(dashboard.fixerTrend).toEqual({ direction: 'falling', slope: -41.67, firstShare: 0.75, lastShare: 0.3333 });
    expect(dashboard.totals).toMatchObject({ totalMinutes: 300, shares: { fixing: 0.5 } });
    expect(dashboard.byConnector).toEqual([expect.objectContaining({ name: 'Wendy Wijk', totalMinutes: 300 })]);
    expect(dashboard.suggestions).toEqual({ total: 4, confirmed: 2 });

    // By month the same days split differently: December 2020 against January 2021.
    const months = (await t.app.inject({ url: '/api/v1/dashboard/roles?from=2020-12-30&to=2021-01-08&granularity=month', headers: connector.headers })).json();
    expect(months.periods.map((p: { key: string; totalMinutes: number }) => [p.key, p.totalMinutes])).toEqual([['2020-12', 90], ['2021-01', 250]]);
    expect(months.periods[0].shares.fixing).toBe(1);
    expect(months.byArea.map((a: { name: string; totalMinutes: number }) => [a.name, a.totalMinutes])).toEqual([['Nieuw', 40], ['Oud', 300]]);
  });

  it('sets hours spent against the budget per ISO week and per month, with the budget that held each day', async () => {
    const weeks = (await t.app.inject({ url: `/api/v1/dashboard/hours?from=2020-12-28&to=2021-01-10&areaId=${areaId}`, headers: coordinator.headers })).json();
    expect(weeks.periods.map((p: { key: string }) => p.key)).toEqual(['2020-W53', '2021-W01']);
    const line = weeks.lines.find((l: { userId: string }) => l.userId === connectorId);
    // Week 53: five working days at 4 hours a week; week 1: two days at 4 and three at 6 hours a week.
    expect(line.perPeriod).toEqual([
      { key: '2020-W53', budgetHours: 4, spentHours: 2 },
      { key: '2021-W01', budgetHours: 5.2, spentHours: 3 },
    ]);
    expect(line).toMatchObject({ areaName: 'Oud', userName: 'Wendy Wijk', budgetHours: 9.2, spentHours: 5 });

    const months = (await t.app.inject({ url: `/api/v1/dashboard/hours?from=2020-12-28&to=2021-01-10&granularity=month&userId=${connectorId}`, headers: connector.headers })).json();
    // December 2020: 23 working days × 0,8; January 2021: 3 days × 0,8 + 18 days × 1,2.
    expect(months.lines[0].perPeriod).toEqual([
      { key: '2020-12', budgetHours: 18.4, spentHours: 1.5 },
      { key: '2021-01', budgetHours: 24, spentHours: 3.5 },
    ]);
  });

  it('keeps the budget history when hours change, and does not break it when the same people are saved again', async () => {
    const area = (await t.app.inject({ url: `/api/v1/areas/${otherAreaId}`, headers: coordinator.headers })).json();
    const save = (hours: number) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/areas/${otherAreaId}/people`, headers: coordinator.headers, payload: { people: [{ userId: colleagueId, role: 'connector', hoursPerWeek: hours }] } });
    expect(area.people[0].hoursPerWeek).toBe(4);
    await t.database.owner.query(`update connector_hours set valid_from = current_date - 30 where area_id = $1`, [otherAreaId]);
    expect((await save(6)).statusCode).toBe(200);
    expect((await save(6)).statusCode).toBe(200);
    const { rows } = await t.database.owner.query(
      `select hours_per_week::float as hours, valid_from = current_date - 30 as from_before, valid_from = current_date as from_today, valid_to is null as open
       from connector_hours where area_id = $1 order by valid_from`,
      [otherAreaId],
    );
    expect(rows).toEqual([
      { hours: 4, from_before: true, from_today: false, open: false },
      { hours: 6, from_before: false, from_today: true, open: true },
    ]);
  });

  it('exports the log and the dashboard figures as CSV and XLSX with the same numbers', async () => {
    const csv = await t.app.inject({ url: `/api/v1/exports/activities?format=csv&from=2020-12-01&to=2021-01-31&areaId=${areaId}`, headers: coordinator.headers });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('datum;ISO-week;wijkverbinder;gebied;soort;rol;voorgestelde rol;minuten;betrokkenen;organisaties;contactpersonen;signaal;notitie');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toContain('2020-12-31;2020-W53;Wendy Wijk;Oud;Telefoongesprek;Oplossen (fixer);Informeren;90;');

    const roles = await t.app.inject({ url: `/api/v1/exports/roles?format=csv&from=2020-12-30&to=2021-01-08&userId=${connectorId}`, headers: coordinator.headers });
    expect(roles.body).toContain('periode;week 53 2020;2020-12-28;2021-01-03;30;0;0;0;90;120;25;0;0;0;75');

    const xlsx = await t.app.inject({ url: `/api/v1/exports/hours?format=xlsx&from=2020-12-28&to=2021-01-10&areaId=${areaId}`, headers: coordinator.headers });
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('uren');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'gebied', 'wijkverbinder', 'ISO-week', 'van', 'tot en met', 'uren budget', 'uren besteed', 'verschil']);
    const week1 = sheet?.getRow(3).values as unknown[];
    expect([week1[1], week1[2], week1[3], week1[6], week1[7], week1[8]]).toEqual(['Oud', 'Wendy Wijk', '2021-W01', 5.2, 3, -2.2]);
  });

  it('deletes an activity, and only the author or a coordinator may', async () => {
    const item = (await t.app.inject({ url: `/api/v1/activities?areaId=${areaId}&role=informing`, headers: connector.headers })).json().items[0];
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/activities/${item.id}`, headers: colleague.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/activities/${item.id}`, headers: connector.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/activities/${item.id}`, headers: connector.headers })).statusCode).toBe(404);
    const audit = await t.database.owner.query(`select action from audit_log where entity_id = $1 order by id`, [item.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['activity.create', 'activity.delete']);
  });
});
