import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';

describe('handover of an area’s portfolio to a successor', () => {
  let t: TestApp;
  let coordinator: Session;
  let sanne: Session;
  let hans: Session;
  const id = { sanne: '', hans: '', specialist: '', north: '', centre: '' };
  const made = {
    openSignal: '',
    closedSignal: '',
    centreSignal: '',
    openReferral: '',
    answeredReferral: '',
    closedReferral: '',
    centreReferral: '',
    northOrganisation: '',
    centreOrganisation: '',
    othersOrganisation: '',
    northContact: '',
    centreContact: '',
    metContact: '',
  };

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    const owner = t.database.owner;
    const users = await owner.query(
      `select email, id from users where email in ('wijkverbinder@bergenopzoom.demo', 'h.bastiaansen@bergenopzoom.demo', 'specialist@bergenopzoom.demo')`,
    );
    const user = (email: string) => users.rows.find((r) => r.email === email).id;
    id.sanne = user('wijkverbinder@bergenopzoom.demo');
    id.hans = user('h.bastiaansen@bergenopzoom.demo');
    id.specialist = user('specialist@bergenopzoom.demo');
    const areas = await owner.query(`select name, id from areas where municipality_id = 'GM0748' and name in ('Noordelijke wijken', 'Centrum')`);
    id.north = areas.rows.find((r) => r.name === 'Noordelijke wijken').id;
    id.centre = areas.rows.find((r) => r.name === 'Centrum').id;
    coordinator = await signIn(t.app, 'coordinator@bergenopzoom.demo', 'demo');
    sanne = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    hans = await signIn(t.app, 'h.bastiaansen@bergenopzoom.demo', 'demo');

    const signal = async (areaId: string, text: string) =>
      (await t.app.inject({ method: 'POST', url: '/api/v1/signals/staff', headers: sanne.headers, payload: { text, channel: 'gesprek', areaId } })).json().id as string;
    const refer = async (signalId: string, question: string) =>
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/signals/${signalId}/referrals`,
          headers: sanne.headers,
          payload: { specialistId: id.specialist, question, dueOn: '2099-01-01' },
        })
      ).json().id as string;
    made.openSignal = await signal(id.north, 'Jongeren hangen ’s avonds rond bij het winkelcentrum in de Tuinwijk.');
    made.closedSignal = await signal(id.north, 'Bewoners willen een buurtbarbecue organiseren in het park.');
    made.centreSignal = await signal(id.centre, 'Parkeeroverlast rond de Grote Markt tijdens evenementen.');
    made.openReferral = await refer(made.openSignal, 'Kan de wijkagent hier eens langs?');
    made.answeredReferral = await refer(made.openSignal, 'Zijn er eerder meldingen geweest?');
    made.closedReferral = await refer(made.closedSignal, 'Mag dit in het park?');
    made.centreReferral = await refer(made.centreSignal, 'Kan handhaving controleren?');
    await owner.query(`update referrals set status = 'answered', answered_at = now(), answer = 'Ja, twee keer.' where id = $1`, [made.answeredReferral]);
    await owner.query(`update referrals set status = 'closed' where id = $1`, [made.closedReferral]);
    await owner.query(`update signals set status = 'closed', closing_state = 'resolved', closed_at = now() where id = $1`, [made.closedSignal]);

    const organisation = async (name: string, areaId: string, relationHolderId: string) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/organisations',
          headers: coordinator.headers,
          payload: { name, type: 'association', sector: 'volunteer', areaIds: [areaId], relationHolderId },
        })
      ).json().id as string;
    made.northOrganisation = await organisation('Speeltuinvereniging Tuinwijk', id.north, id.sanne);
    made.centreOrganisation = await organisation('Ondernemersvereniging Centrum', id.centre, id.sanne);
    made.othersOrganisation = await organisation('Buurtpreventie Noord', id.north, id.hans);
    const contact = async (organisationId: string, name: string) =>
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/organisations/${organisationId}/contacts`,
          headers: sanne.headers,
          payload: { name, legalBasis: 'consent', relationHolderId: id.sanne },
        })
      ).json().id as string;
    made.northContact = await contact(made.northOrganisation, 'Ria Speeltuin');
    made.centreContact = await contact(made.centreOrganisation, 'Otto Ondernemer');
    // A contact of an organisation elsewhere, met in an activity in the area: part of the area's portfolio too.
    made.metContact = await contact(made.centreOrganisation, 'Mia Marktkoopman');
    for (const payload of [
      { occurredOn: '2026-01-12', minutes: 60, kind: 'meeting', role: 'facilitating', areaId: id.north, contactIds: [made.metContact] },
      { occurredOn: '2026-01-13', minutes: 30, kind: 'call', role: 'fixing', areaId: id.north },
      { occurredOn: '2026-01-14', minutes: 45, kind: 'visit', role: 'exploring', areaId: id.centre },
    ]) {
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/activities', headers: sanne.headers, payload })).statusCode).toBe(201);
    }
  });
  afterAll(() => t.close());

  /** Everything that must not change: rows outside the area's portfolio, as text. */
  const untouched = async () => {
    const { rows } = await t.database.owner.query(
      `select
         (select json_agg(json_build_object('id', id, 'by', created_by, 'status', status) order by id) from referrals where id = any($1::uuid[])) as referrals,
         (select json_agg(json_build_object('id', id, 'holder', relation_holder_id) order by id) from organisations where id = any($2::uuid[])) as organisations,
         (select json_agg(json_build_object('id', id, 'holder', relation_holder_id) order by id) from contacts where id = $3) as contacts,
         (select json_agg(json_build_object('id', id, 'user', user_id, 'area', area_id, 'minutes', minutes, 'role', role) order by id) from activities) as activities,
         (select json_agg(json_build_object('area', area_id, 'user', user_id, 'role', role, 'hours', hours_per_week) order by area_id, user_id, role)
            from area_people where area_id <> $4) as people,
         (select count(*) from signal_events where signal_id = any($5::uuid[])) as events`,
      [
        [made.closedReferral, made.centreReferral],
        [made.centreOrganisation, made.othersOrganisation],
        made.centreContact,
        id.north,
        [made.closedSignal, made.centreSignal],
      ],
    );
    return JSON.stringify(rows[0]);
  };

  it('refuses a successor who is no connector, or a predecessor who is not the area’s connector', async () => {
    const handover = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `/api/v1/areas/${id.north}/handover`, headers: coordinator.headers, payload });
    expect((await handover({ fromUserId: id.sanne, toUserId: id.specialist })).json().code).toBe('successor_not_connector');
    expect((await handover({ fromUserId: id.hans, toUserId: id.sanne })).json().code).toBe('not_connector_of_area');
    expect((await handover({ fromUserId: id.sanne, toUserId: id.sanne })).json().code).toBe('validation_failed');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/areas/${id.north}/handover`, headers: sanne.headers, payload: { fromUserId: id.sanne, toUserId: id.hans } })).statusCode).toBe(403);
  });

  it('moves the connector place, open referrals, relations and signals of the area in one action, and nothing else', async () => {
    const before = await untouched();
    // The demo's own partners and activities in the area count too: Sanne keeps the Wijkcommissie Noord and its chair.
    const expected = await t.database.owner.query(
      `select (select count(*)::int from organisations o join organisation_areas oa on oa.organisation_id = o.id and oa.area_id = $1 where o.relation_holder_id = $2) as organisations,
              (select count(*)::int from activities where area_id = $1) as activities`,
      [id.north, id.sanne],
    );
    expect(expected.rows[0].organisations).toBe(2);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/areas/${id.north}/handover`,
      headers: coordinator.headers,
      payload: { fromUserId: id.sanne, toUserId: id.hans, note: 'Sanne gaat naar de afdeling Wonen.' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { handover, portfolio } = response.json();
    expect(handover).toMatchObject({
      from: { name: 'Sanne Rijnders' },
      to: { name: 'Hans Bastiaansen' },
      by: 'Marco van Gils',
      note: 'Sanne gaat naar de afdeling Wonen.',
      moved: { openSignals: 1, referrals: 2, organisations: 2, contacts: 3, activities: expected.rows[0].activities },
    });
    expect(portfolio.connectors).toEqual([{ id: id.hans, name: 'Hans Bastiaansen', hoursPerWeek: 4 }]);
    expect(portfolio.openSignals.map((s: { id: string }) => s.id)).toEqual([made.openSignal]);
    expect(portfolio.openReferrals.map((r: { requestedBy: string }) => r.requestedBy)).toEqual(['Hans Bastiaansen', 'Hans Bastiaansen']);

    const db = t.database.owner;
    const referrals = await db.query('select id, created_by from referrals where id = any($1::uuid[]) order by id', [[made.openReferral, made.answeredReferral]]);
    expect(referrals.rows.every((r) => r.created_by === id.hans)).toBe(true);
    const holders = await db.query(
      `select (select relation_holder_id from organisations where id = $1) as organisation,
              (select relation_holder_id from contacts where id = $2) as contact, (select relation_holder_id from contacts where id = $3) as met`,
      [made.northOrganisation, made.northContact, made.metContact],
    );
    expect(holders.rows[0]).toEqual({ organisation: id.hans, contact: id.hans, met: id.hans });
    const events = await db.query(`select note from signal_events where signal_id = $1 and type = 'handover'`, [made.openSignal]);
    expect(events.rows).toEqual([{ note: 'Overgedragen van Sanne Rijnders aan Hans Bastiaansen.' }]);
    // Activities keep their author: Sanne's hours and roles stay hers.
    const activities = await db.query(`select count(*)::int as n from activities where user_id = $1 and note = ''`, [id.sanne]);
    expect(activities.rows[0].n).toBe(3);
    const hours = await db.query(`select user_id, valid_to is null as open from connector_hours where area_id = $1 order by id`, [id.north]);
    expect(hours.rows).toEqual([{ user_id: id.sanne, open: false }, { user_id: id.hans, open: true }]);
    expect(await untouched()).toBe(before);

    const audit = await db.query(`select details from audit_log where action = 'area.handover'`);
    expect(audit.rows[0].details.moved.referrals).toBe(2);
  });

  it('changes the public card at once and gives the successor the overview of open work', async () => {
    await expect
      .poll(async () => (await t.app.inject({ url: `/api/v1/public/areas/${id.north}` })).json().card.connectors.map((c: { name: string }) => c.name), { timeout: 5000 })
      .toEqual(['Hans Bastiaansen']);
    const areas = (await t.app.inject({ url: '/api/v1/areas', headers: hans.headers })).json();
    expect(areas.filter((a: { isMine: boolean }) => a.isMine).map((a: { name: string }) => a.name).sort()).toEqual(['Fort-Zeekant-Markiezaten', 'Noordelijke wijken']);
    const portfolio = (await t.app.inject({ url: `/api/v1/areas/${id.north}/portfolio`, headers: hans.headers })).json();
    const demo = await t.database.owner.query(
      `select (select count(*)::int from contacts c join organisation_areas oa on oa.organisation_id = c.organisation_id and oa.area_id = $1) as contacts,
              (select count(*)::int from activities where area_id = $1) as activities`,
      [id.north],
    );
    expect(portfolio).toMatchObject({ contactCount: demo.rows[0].contacts, activities: { count: demo.rows[0].activities } });
    expect(portfolio.handovers).toHaveLength(1);
    expect(portfolio.organisations.map((o: { name: string; relationHolder: string }) => [o.name, o.relationHolder])).toEqual(
      expect.arrayContaining([['Speeltuinvereniging Tuinwijk', 'Hans Bastiaansen'], ['Buurtpreventie Noord', 'Hans Bastiaansen']]),
    );
    const timeline = (await t.app.inject({ url: `/api/v1/timeline?areaId=${id.north}&types=handover,signal`, headers: hans.headers })).json();
    expect(timeline.items[0]).toMatchObject({ type: 'handover', title: 'Overdracht van Sanne Rijnders aan Hans Bastiaansen' });
    // Meetings of the area (kept by the programme module) are in its timeline too.
    await t.database.owner.query(
      `insert into meetings (municipality_id, area_id, kind, title, starts_at, ends_at, status)
       values ('GM0748', $1, 'wijkoverleg', 'Wijkoverleg Noord', '2026-01-20T19:00:00Z', '2026-01-20T21:00:00Z', 'held')`,
      [id.north],
    );
    const meetings = (await t.app.inject({ url: `/api/v1/timeline?areaId=${id.north}&types=meeting&from=2026-01-20&to=2026-01-20`, headers: hans.headers })).json();
    expect(meetings.items).toContainEqual(expect.objectContaining({ type: 'meeting', on: '2026-01-20', title: 'Wijkoverleg: Wijkoverleg Noord (gehouden)' }));
  });
});
