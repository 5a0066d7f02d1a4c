import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';
import { importRealStatistics } from '../../../../test/statistics.js';

/** Meetings: the leefbaarheidsgesprek with its prefilled agenda and actions, the wijkoverleg, coverage, the college. */
describe('meetings', () => {
  let t: TestApp;
  let connector: Session;
  let coordinator: Session;
  let specialist: Session;
  let alderman: Session;
  let partner: Session;
  let areaId = '';
  let lepelstraatId = '';
  let specialistId = '';
  let signalId = '';
  let meetingId = '';
  let actionId = '';

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    await importRealStatistics(t.database.owner, t.config.sharedDataDir);
    const areas = await t.database.owner.query(`select id, name from areas where municipality_id = 'GM0748'`);
    areaId = areas.rows.find((a) => a.name === 'Gageldonk-Warande').id;
    lepelstraatId = areas.rows.find((a) => a.name === 'Lepelstraat').id;
    specialistId = (await t.database.owner.query(`select id from users where email = 'specialist@bergenopzoom.demo'`)).rows[0].id;
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    coordinator = await signIn(t.app, 'coordinator@bergenopzoom.demo', 'demo');
    specialist = await signIn(t.app, 'specialist@bergenopzoom.demo', 'demo');
    alderman = await signIn(t.app, 'w.vandenberg@bergenopzoom.demo', 'demo');
    partner = await signIn(t.app, 'partner@bergenopzoom.demo', 'demo');
    const signal = await call(connector, 'POST', '/api/v1/signals/staff', {
      text: 'Bewoners van de Tuinwijk maken zich zorgen over jongeren die ’s avonds overlast geven bij het winkelcentrum.',
      channel: 'gesprek',
      areaId,
    });
    signalId = signal.json().id;
    await call(connector, 'POST', `/api/v1/signals/${signalId}/assessment`, { kind: 'area_issue', themes: ['jeugd', 'veiligheid'], priority: 'high', priorityReason: 'Speelt al maanden.' });
    const programme = await call(connector, 'POST', '/api/v1/programmes', { areaId, title: 'WOP Gageldonk-Warande 2026–2029', periodStart: '2026-01-01', periodEnd: '2029-12-31' });
    await call(connector, 'POST', `/api/v1/programmes/${programme.json().id}/projects`, { title: 'Speelplek Meilust vernieuwen', status: 'running', milestones: [{ title: 'Ontwerp', percentDone: 50 }] });
  });
  afterAll(() => t.close());

  function call(session: Session, method: string, url: string, payload?: unknown) {
    return t.app.inject({ method: method as 'GET', url, headers: session.headers, payload: payload as object });
  }

  it('plans a leefbaarheidsgesprek with the four phases, prefilled with figures, open signals and the programme', async () => {
    const response = await call(connector, 'POST', '/api/v1/meetings', {
      areaId,
      kind: 'leefbaarheidsgesprek',
      title: 'Leefbaarheidsgesprek Gageldonk-Warande 2026',
      startsAt: '2026-03-26T19:30:00+01:00',
      endsAt: '2026-03-26T21:30:00+01:00',
      location: 'Wijkcentrum De Mussenberg',
      isPublic: true,
      participants: [{ name: 'Karin Smits', organisation: 'WijZijn Traversegroep' }, { name: 'Ruud Hendrikx', userId: specialistId }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const meeting = response.json();
    meetingId = meeting.id;
    expect(meeting.format.name).toMatch(/waarderend vernieuwen/);
    expect(meeting.agenda.map((s: { key: string }) => s.key)).toEqual(['discover', 'dream', 'design', 'deliver']);
    // Gageldonk-Warande is part of a CBS district, so the district-level key figures are not available for it.
    expect(meeting.agenda[0].items.every((i: { source: { type: string } }) => i.source.type === 'figure')).toBe(true);
    // The Noordelijke wijken are one whole CBS district: their key figures come straight from the source.
    const northId = (await t.database.owner.query(`select id from areas where municipality_id = 'GM0748' and name = 'Noordelijke wijken'`)).rows[0].id;
    const north = (await call(connector, 'POST', '/api/v1/meetings', { areaId: northId, kind: 'leefbaarheidsgesprek', title: 'Leefbaarheidsgesprek Noord', startsAt: '2026-03-19T19:30:00+01:00', endsAt: '2026-03-19T21:30:00+01:00' })).json();
    const discover = north.agenda[0].items.map((i: { text: string }) => i.text);
    expect(discover.some((text: string) => /^Kengetal Aantal inwoners: [\d.]+ \(gemeente [\d.]+; CBS Kerncijfers wijken en buurten 2024/.test(text)), discover.join('\n')).toBe(true);
    const design = meeting.agenda[2].items;
    const signalItem = design.find((i: { source: { type: string } }) => i.source.type === 'signal');
    expect(signalItem.text).toContain('overlast');
    expect(signalItem.text).toContain('prioriteit hoog');
    expect(signalItem.source.id).toBe(signalId);
    expect(design.some((i: { text: string }) => i.text.includes('Speelplek Meilust vernieuwen — In uitvoering, 50% gereed'))).toBe(true);
    expect(meeting.startsAt).toBe('2026-03-26T18:30:00.000Z');
  });

  it('records agreements as actions with owners and due dates that the owner can close', async () => {
    const first = await call(connector, 'POST', `/api/v1/meetings/${meetingId}/actions`, { text: 'Jongerenwerk spreekt de groep bij het winkelcentrum aan', ownerUserId: specialistId, dueOn: '2026-04-30' });
    expect(first.statusCode, first.body).toBe(200);
    const second = await call(connector, 'POST', `/api/v1/meetings/${meetingId}/actions`, { text: 'Stadlander plaatst extra verlichting', ownerName: 'Stadlander', dueOn: '2020-01-01' });
    const actions = second.json().actions;
    expect(actions).toHaveLength(2);
    expect(actions.find((a: { ownerName: string }) => a.ownerName === 'Stadlander').isOverdue).toBe(true);
    actionId = actions.find((a: { owner: { id: string } | null }) => a.owner?.id === specialistId).id;
    const mine = (await call(specialist, 'GET', '/api/v1/actions?mine=true')).json();
    expect(mine.map((a: { id: string }) => a.id)).toEqual([actionId]);
    expect(mine[0]).toMatchObject({ meetingKind: 'leefbaarheidsgesprek', area: { name: 'Gageldonk-Warande' }, dueOn: '2026-04-30' });
    const other = await signIn(t.app, 'f.aarts@bergenopzoom.demo', 'demo');
    expect((await call(other, 'PATCH', `/api/v1/actions/${actionId}`, { status: 'done' })).statusCode).toBe(403);
    const done = await call(specialist, 'PATCH', `/api/v1/actions/${actionId}`, { status: 'done', note: 'Gesprek gevoerd op 12 april.' });
    expect(done.json()).toMatchObject({ status: 'done', note: 'Gesprek gevoerd op 12 april.', isOverdue: false });
    expect(done.json().doneAt).not.toBeNull();
    const open = (await call(connector, 'GET', `/api/v1/actions?areaId=${areaId}`)).json();
    expect(open.map((a: { ownerName: string }) => a.ownerName)).toEqual(['Stadlander']);
    const noOwner = await call(connector, 'POST', `/api/v1/meetings/${meetingId}/actions`, { text: 'Iemand doet iets' });
    expect(noOwner.statusCode).toBe(400);
    expect(noOwner.body).toContain('eigenaar');
  });

  it('brings open agreements back on the agenda of the next meeting', async () => {
    const next = await call(connector, 'POST', '/api/v1/meetings', { areaId, kind: 'wijkoverleg', title: 'Wijkoverleg april', startsAt: '2026-04-20T19:00:00+02:00', endsAt: '2026-04-20T21:00:00+02:00' });
    const sections = next.json().agenda;
    expect(sections.map((s: { key: string }) => s.key)).toEqual(['opening', 'information', 'participation', 'signals', 'agreements']);
    expect(sections.find((s: { key: string }) => s.key === 'agreements').items[0].text).toContain('Stadlander plaatst extra verlichting');
    expect(sections.find((s: { key: string }) => s.key === 'signals').items[0].source.id).toBe(signalId);
    const suggestions = (await call(connector, 'GET', `/api/v1/meetings/${next.json().id}/invitation-suggestions`)).json();
    const safety = suggestions.find((s: { theme: string }) => s.theme === 'veiligheid');
    expect(safety.people.map((p: { name: string }) => p.name)).toContain('Ruud Hendrikx');
    const invited = await call(connector, 'POST', `/api/v1/meetings/${next.json().id}/invitations`, { userId: specialistId, theme: 'veiligheid', note: 'Over de overlast bij het winkelcentrum' });
    expect(invited.json().invitations).toEqual([{ id: expect.any(String), user: { id: specialistId, name: 'Ruud Hendrikx', department: 'Veiligheid' }, theme: 'veiligheid', note: 'Over de overlast bij het winkelcentrum' }]);
    const removed = await call(connector, 'DELETE', `/api/v1/meetings/${next.json().id}/invitations/${invited.json().invitations[0].id}`);
    expect(removed.json().invitations).toEqual([]);
  });

  it('records the minutes and outcome; the coordinator sees which areas had their yearly conversation', async () => {
    const before = (await call(coordinator, 'GET', '/api/v1/conversations/coverage?year=2026')).json();
    expect(before.areas.find((a: { area: { id: string } }) => a.area.id === areaId).state).toBe('overdue');
    const held = await call(connector, 'PATCH', `/api/v1/meetings/${meetingId}`, { status: 'held', minutes: 'Veertig bewoners; veel zorg over jongeren.', outcomes: 'Drie afspraken.', publicSummary: 'Veertig bewoners spraken over de wijk; drie afspraken.' });
    expect(held.statusCode, held.body).toBe(200);
    const planned = await call(connector, 'POST', '/api/v1/meetings', { areaId: lepelstraatId, kind: 'leefbaarheidsgesprek', title: 'Dorpsgesprek Lepelstraat', startsAt: '2099-09-12T19:30:00+02:00', endsAt: '2099-09-12T21:30:00+02:00', prefillAgenda: false });
    expect(planned.json().agenda.every((s: { items: unknown[] }) => s.items.length === 0)).toBe(true);
    const coverage = (await call(coordinator, 'GET', '/api/v1/conversations/coverage?year=2026')).json();
    const byName = Object.fromEntries(coverage.areas.map((a: { area: { name: string }; state: string }) => [a.area.name, a.state]));
    expect(byName).toMatchObject({ 'Gageldonk-Warande': 'held', Lepelstraat: 'planned', Centrum: 'overdue' });
    expect(coverage.areas.find((a: { area: { name: string } }) => a.area.name === 'Gageldonk-Warande').lastHeld).toBe('2026-03-26T18:30:00.000Z');
  });

  it('lets the connector and the wijkwethouder put themes on the college agenda, listed per college meeting', async () => {
    const item = await call(connector, 'POST', '/api/v1/college-agenda', { areaId, theme: 'jeugd', title: 'Jongerenoverlast winkelcentrum Tuinwijk', note: 'Vraagt om inzet jongerenwerk in de avond.', signalId });
    expect(item.statusCode, item.body).toBe(201);
    expect(item.json()).toMatchObject({ status: 'proposed', themeLabel: 'Jeugd en jongeren', signal: { id: signalId } });
    const byAlderman = await call(alderman, 'POST', '/api/v1/college-agenda', { areaId, theme: 'groen', title: 'Groenonderhoud Meilust', note: 'Wijkcommissie vraagt om extra maaironde.', collegeMeetingOn: '2026-05-12' });
    expect(byAlderman.json().status).toBe('scheduled');
    await call(alderman, 'PATCH', `/api/v1/college-agenda/${item.json().id}`, { collegeMeetingOn: '2026-05-12' });
    const agenda = (await call(alderman, 'GET', '/api/v1/college-agenda')).json();
    const may = agenda.meetings.find((m: { date: string | null }) => m.date === '2026-05-12');
    expect(may.items.map((i: { title: string }) => i.title).sort()).toEqual(['Groenonderhoud Meilust', 'Jongerenoverlast winkelcentrum Tuinwijk']);
    expect((await call(specialist, 'POST', '/api/v1/college-agenda', { areaId, theme: 'jeugd', title: 'Mag niet', note: 'Specialist' })).statusCode).toBe(403);
    const wrongSignal = await call(connector, 'POST', '/api/v1/college-agenda', { areaId: lepelstraatId, theme: 'jeugd', title: 'Verkeerd gebied', note: 'Signaal van elders', signalId });
    expect([wrongSignal.statusCode, wrongSignal.json().code]).toEqual([400, 'unknown_signal']);
  });

  it('shows the wijkwethouder what needs the college’s attention in their own areas', async () => {
    const overview = (await call(alderman, 'GET', '/api/v1/alderman/overview')).json();
    const names = overview.areas.map((a: { area: { name: string } }) => a.area.name).sort();
    expect(names).toEqual(['Centrum', 'Gageldonk-Warande', 'Lepelstraat']);
    const north = overview.areas.find((a: { area: { name: string } }) => a.area.name === 'Gageldonk-Warande');
    expect(north).toMatchObject({ openSignals: 1, overdueActions: 1, lastConversation: '2026-03-26T18:30:00.000Z' });
    expect(north.urgentSignals[0]).toMatchObject({ id: signalId, priority: 'high' });
    expect(north.collegeItems).toHaveLength(2);
    const all = (await call(coordinator, 'GET', '/api/v1/alderman/overview')).json();
    expect(all.areas).toHaveLength(8);
    expect((await call(connector, 'GET', '/api/v1/alderman/overview')).statusCode).toBe(403);
  });

  it('tracks the collegebezoek per term', async () => {
    // The demo has the terms 2018–2022, 2022–2026 and 2026–2030; a term overlapping one of them is refused.
    const overlapping = await call(coordinator, 'POST', '/api/v1/college-terms', { name: 'Testperiode 2026–2030', startsOn: '2026-05-01', endsOn: '2030-04-30' });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json()).toMatchObject({ code: 'overlapping_term', message: expect.stringContaining('2026–2030') });
    const next = await call(coordinator, 'POST', '/api/v1/college-terms', { name: 'Testperiode 2030–2034', startsOn: '2030-04-01', endsOn: '2034-03-31' });
    expect(next.statusCode, next.body).toBe(201);
    const current = (await call(alderman, 'GET', '/api/v1/college-terms')).json().find((t: { name: string }) => t.name === '2026–2030');
    const visit = await call(connector, 'POST', '/api/v1/meetings', { areaId, kind: 'collegebezoek', title: 'Het college in Gageldonk-Warande', startsAt: '2026-06-10T09:00:00+02:00', endsAt: '2026-06-10T13:00:00+02:00' });
    expect(visit.json().agenda[0].key).toBe('presentation');
    await call(connector, 'PATCH', `/api/v1/meetings/${visit.json().id}`, { status: 'held' });
    const coverage = (await call(alderman, 'GET', `/api/v1/college-visits/coverage?termId=${current.id}`)).json();
    expect(coverage).toMatchObject({ term: { name: '2026–2030' }, total: 8 });
    expect(coverage.visited).toBeGreaterThanOrEqual(1);
    expect(coverage.areas.find((a: { area: { id: string } }) => a.area.id === areaId).visit).toMatchObject({ status: 'held', startsAt: '2026-06-10T07:00:00.000Z' });
    // Without a choice, the view opens on the term running today, not on the newest one, which has not begun.
    const today = new Date().toISOString().slice(0, 10);
    const running = (await call(alderman, 'GET', '/api/v1/college-terms')).json().find((t: { startsOn: string; endsOn: string }) => t.startsOn <= today && today <= t.endsOn);
    expect((await call(alderman, 'GET', '/api/v1/college-visits/coverage')).json().term.name).toBe(running.name);
    expect((await call(alderman, 'GET', `/api/v1/college-visits/coverage?termId=${next.json().id}`)).json()).toMatchObject({ visited: 0, total: 8 });
    expect((await call(alderman, 'GET', '/api/v1/college-visits/coverage?termId=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);

    // Corrections: a new name and end date; not into another term, not backwards, not by others.
    const renamed = await call(coordinator, 'PATCH', `/api/v1/college-terms/${next.json().id}`, { name: 'Collegeperiode 2030–2034', endsOn: '2034-04-15' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Collegeperiode 2030–2034', startsOn: '2030-04-01', endsOn: '2034-04-15' });
    expect((await call(coordinator, 'PATCH', `/api/v1/college-terms/${next.json().id}`, { startsOn: '2030-03-01' })).statusCode).toBe(409);
    expect((await call(coordinator, 'PATCH', `/api/v1/college-terms/${next.json().id}`, { endsOn: '2029-01-01' })).statusCode).toBe(400);
    expect((await call(coordinator, 'PATCH', `/api/v1/college-terms/${next.json().id}`, {})).statusCode).toBe(400);
    expect((await call(connector, 'PATCH', `/api/v1/college-terms/${next.json().id}`, { name: 'Niet van mij' })).statusCode).toBe(403);
    expect((await call(coordinator, 'PATCH', '/api/v1/college-terms/00000000-0000-4000-8000-000000000000', { name: 'Weg' })).statusCode).toBe(404);
    const stored = (await call(alderman, 'GET', '/api/v1/college-terms')).json().find((t: { id: string }) => t.id === next.json().id);
    expect(stored).toMatchObject({ name: 'Collegeperiode 2030–2034', startsOn: '2030-04-01', endsOn: '2034-04-15' });
    const badTerm = await call(coordinator, 'POST', '/api/v1/college-terms', { name: 'Omgekeerd', startsOn: '2040-01-01', endsOn: '2036-01-01' });
    expect(badTerm.statusCode).toBe(400);
  });

  it('keeps meetings for staff and rejects bad input', async () => {
    expect((await call(partner, 'GET', '/api/v1/meetings')).statusCode).toBe(403);
    expect((await call(specialist, 'POST', '/api/v1/meetings', { areaId, kind: 'wijkoverleg', title: 'Niet van mij', startsAt: '2026-04-20T19:00:00+02:00', endsAt: '2026-04-20T21:00:00+02:00' })).statusCode).toBe(403);
    const reversed = await call(connector, 'POST', '/api/v1/meetings', { areaId, kind: 'wijkoverleg', title: 'Omgekeerd', startsAt: '2026-04-20T21:00:00+02:00', endsAt: '2026-04-20T19:00:00+02:00' });
    expect(reversed.statusCode).toBe(400);
    const noZone = await call(connector, 'POST', '/api/v1/meetings', { areaId, kind: 'wijkoverleg', title: 'Zonder zone', startsAt: '2026-04-20T19:00:00', endsAt: '2026-04-20T21:00:00' });
    expect(noZone.statusCode).toBe(400);
    const kind = await call(connector, 'POST', '/api/v1/meetings', { areaId, kind: 'borrel', title: 'Borrel', startsAt: '2026-04-20T19:00:00+02:00', endsAt: '2026-04-20T21:00:00+02:00' });
    expect(kind.statusCode).toBe(400);
    const participant = await call(connector, 'PATCH', `/api/v1/meetings/${meetingId}`, { participants: [{ name: 'Spook', userId: '00000000-0000-4000-8000-000000000000' }] });
    expect([participant.statusCode, participant.json().code]).toEqual([400, 'unknown_user']);
    const endBeforeStart = await call(connector, 'PATCH', `/api/v1/meetings/${meetingId}`, { endsAt: '2026-03-01T10:00:00+01:00' });
    expect([endBeforeStart.statusCode, endBeforeStart.json().code]).toEqual([400, 'invalid_period']);
    const list = (await call(specialist, 'GET', `/api/v1/meetings?areaId=${areaId}&kind=leefbaarheidsgesprek`)).json();
    expect(list.map((m: { id: string }) => m.id)).toEqual([meetingId]);
    const range = (await call(connector, 'GET', '/api/v1/meetings?from=2026-04-01&to=2026-04-30')).json();
    expect(range.map((m: { title: string }) => m.title)).toEqual(['Wijkoverleg april']);
  });
});
