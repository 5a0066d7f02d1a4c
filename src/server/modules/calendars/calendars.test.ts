import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';

/** Spreekuren and calendars: schedules, the walk-in log, theme suggestions, iCalendar feeds in Europe/Amsterdam. */
describe('office hours and calendars', () => {
  let t: TestApp;
  let connector: Session;
  let specialist: Session;
  let areaId = '';
  let specialistId = '';
  let connectorId = '';
  let scheduleId = '';

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    areaId = (await t.database.owner.query(`select id from areas where municipality_id = 'GM0748' and name = 'Gageldonk-Warande'`)).rows[0].id;
    specialistId = (await t.database.owner.query(`select id from users where email = 'specialist@bergenopzoom.demo'`)).rows[0].id;
    connectorId = (await t.database.owner.query(`select id from users where email = 'wijkverbinder@bergenopzoom.demo'`)).rows[0].id;
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    specialist = await signIn(t.app, 'specialist@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  const call = (session: Session, method: string, url: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers: session.headers, payload: payload as object });

  /** Every VEVENT of a feed, parsed by ical.js (an independent parser), with its first occurrences. */
  function parseFeed(text: string, occurrences = 6) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    return calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const iterator = event.iterator();
      const starts: string[] = [];
      for (let next = iterator.next(); next && starts.length < occurrences; next = iterator.next()) starts.push(next.toJSDate().toISOString());
      return { uid: event.uid, summary: event.summary, location: event.location, description: event.description, zone: event.startDate.zone?.tzid, startLocal: event.startDate.toString(), starts, status: component.getFirstPropertyValue('status') };
    });
  }

  it('keeps a fortnightly spreekuur at a location, with its next times across daylight saving time', async () => {
    const response = await call(connector, 'POST', '/api/v1/office-hours', {
      areaId,
      title: 'Spreekuur wijkverbinder',
      location: 'Wijksteunpunt Tuinwijk',
      address: 'Dahliastraat 2, Bergen op Zoom',
      weekday: 2,
      startTime: '14:00',
      endTime: '16:00',
      intervalWeeks: 2,
      startsOn: '2026-03-10',
      endsOn: '2026-06-30',
      themes: ['veiligheid', 'jeugd'],
      notes: 'Sleutel bij de beheerder.',
      hostUserId: connectorId,
    });
    expect(response.statusCode, response.body).toBe(201);
    scheduleId = response.json().id;
    expect(response.json()).toMatchObject({ weekday: 2, startTime: '14:00', endTime: '16:00', intervalWeeks: 2, themes: ['veiligheid', 'jeugd'] });
    const bad = await call(connector, 'POST', '/api/v1/office-hours', { areaId, title: 'Verkeerd', location: 'Hier', weekday: 8, startTime: '16:00', endTime: '14:00', startsOn: '2026-03-10' });
    expect(bad.statusCode).toBe(400);
    const reversed = await call(connector, 'POST', '/api/v1/office-hours', { areaId, title: 'Verkeerd', location: 'Hier', weekday: 2, startTime: '16:00', endTime: '14:00', startsOn: '2026-03-10' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('eindtijd');
  });

  it('serves the public feed as valid iCalendar that an independent parser reads at 14:00 Amsterdam time across the change', async () => {
    await call(connector, 'POST', '/api/v1/office-hours', { areaId, title: 'Intern overleg', location: 'Stadskantoor', weekday: 1, startTime: '09:00', endTime: '10:00', startsOn: '2026-03-02', isPublic: false });
    await call(connector, 'POST', '/api/v1/meetings', { areaId, kind: 'leefbaarheidsgesprek', title: 'Leefbaarheidsgesprek 2026', startsAt: '2026-10-29T19:30:00+01:00', endsAt: '2026-10-29T21:30:00+01:00', location: 'De Mussenberg', isPublic: true, prefillAgenda: false });
    await call(connector, 'POST', '/api/v1/meetings', { areaId, kind: 'wijkoverleg', title: 'Besloten wijkoverleg', startsAt: '2026-04-20T19:00:00+02:00', endsAt: '2026-04-20T21:00:00+02:00', prefillAgenda: false });
    const response = await t.app.inject({ url: `/api/v1/areas/${areaId}/calendar.ics` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const text = response.body;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260630T215900Z;BYDAY=TU');
    expect(text).not.toContain('Sleutel bij de beheerder');
    expect(text).not.toContain('Intern overleg');
    expect(text).not.toContain('Besloten wijkoverleg');
    const events = parseFeed(text);
    const officeHours = events.find((e) => e.summary === 'Spreekuur wijkverbinder (Gageldonk-Warande)');
    expect(officeHours?.zone).toBe('Europe/Amsterdam');
    expect(officeHours?.startLocal).toBe('2026-03-10T14:00:00');
    expect(officeHours?.location).toBe('Wijksteunpunt Tuinwijk, Dahliastraat 2, Bergen op Zoom');
    // 14:00 local is 13:00Z in winter time and 12:00Z from 29 March (summer time).
    expect(officeHours?.starts).toEqual([
      '2026-03-10T13:00:00.000Z',
      '2026-03-24T13:00:00.000Z',
      '2026-04-07T12:00:00.000Z',
      '2026-04-21T12:00:00.000Z',
      '2026-05-05T12:00:00.000Z',
      '2026-05-19T12:00:00.000Z',
    ]);
    const all = parseFeed(text, 20).find((e) => e.uid === officeHours?.uid);
    expect(all?.starts.at(-1)).toBe('2026-06-30T12:00:00.000Z');
    // After the change back to winter time on 25 October: 19:30 local is 18:30Z.
    const conversation = events.find((e) => e.summary === 'Leefbaarheidsgesprek: Leefbaarheidsgesprek 2026');
    expect(conversation?.starts).toEqual(['2026-10-29T18:30:00.000Z']);
    expect(conversation?.startLocal).toBe('2026-10-29T19:30:00');
    expect((await t.app.inject({ url: '/api/v1/areas/00000000-0000-4000-8000-000000000000/calendar.ics' })).statusCode).toBe(404);
  });

  it('shows the area’s public page the next spreekuren and the next leefbaarheidsgesprek', async () => {
    const response = await t.app.inject({ url: `/api/v1/public/areas/${areaId}/calendar` });
    expect(response.statusCode).toBe(200);
    const calendar = response.json();
    expect(calendar.calendarUrl).toMatch(new RegExp(`/api/v1/areas/${areaId}/calendar.ics$`));
    expect(calendar.officeHours.every((o: { title: string }) => o.title === 'Spreekuur wijkverbinder')).toBe(true);
    expect(response.body).not.toContain('Sleutel');
    if (Date.now() < Date.parse('2026-06-30T14:00:00Z')) expect(calendar.officeHours.length).toBeGreaterThan(0);
    if (Date.now() < Date.parse('2026-10-29T20:30:00Z')) expect(calendar.nextConversation).toMatchObject({ title: 'Leefbaarheidsgesprek 2026', location: 'De Mussenberg' });
  });

  it('logs a walk-in that is answered, one that becomes a signal, and one that becomes a referral — each in one step', async () => {
    const answered = await call(connector, 'POST', '/api/v1/office-hours/visits', { scheduleId, areaId, visitedOn: '2026-03-10', question: 'Waar kan ik een grofvuilafspraak maken?', outcome: 'answered', answer: 'Via de website of de BuitenBeter-app.' });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json()).toMatchObject({ outcome: 'answered', signal: null });
    const signal = await call(connector, 'POST', '/api/v1/office-hours/visits', {
      scheduleId,
      areaId,
      visitedOn: '2026-03-10',
      question: 'Bewoners van de Meilustlaan voelen zich onveilig door drugsdealen bij de speeltuin in de avond.',
      outcome: 'signal',
      onBehalfOf: 'bewoner Meilustlaan',
      reporter: { name: 'Jan de Wit', email: 'jan@example.nl', consent: true },
    });
    expect(signal.statusCode, signal.body).toBe(201);
    const created = signal.json().signal;
    expect(created.reference).toMatch(/^S-\d{4}-\d{4}$/);
    const stored = await t.database.owner.query('select channel, area_id, received_on::text, on_behalf_of from signals where id = $1', [created.id]);
    expect(stored.rows[0]).toEqual({ channel: 'spreekuur', area_id: areaId, received_on: '2026-03-10', on_behalf_of: 'bewoner Meilustlaan' });
    expect(signal.json().themes.length).toBeGreaterThan(0);
    const referral = await call(connector, 'POST', '/api/v1/office-hours/visits', {
      scheduleId,
      areaId,
      question: 'De lantaarnpalen in het Tuinwijkpark zijn al weken uit en het pad is donker en onveilig.',
      outcome: 'referral',
      themes: ['veiligheid'],
      referral: { specialistId, question: 'Kun je nagaan of dit in het veiligheidsbeeld past?', dueOn: '2099-01-31' },
    });
    expect(referral.statusCode, referral.body).toBe(201);
    const referralRow = await t.database.owner.query('select specialist_id, status, signal_id from referrals where id = $1', [referral.json().referralId]);
    expect(referralRow.rows[0]).toEqual({ specialist_id: specialistId, status: 'open', signal_id: referral.json().signal.id });
    expect((await call(specialist, 'GET', '/api/v1/referrals/mine')).json().length).toBe(1);
    const log = (await call(connector, 'GET', `/api/v1/office-hours/visits?scheduleId=${scheduleId}`)).json();
    expect(log.map((v: { outcome: string }) => v.outcome).sort()).toEqual(['answered', 'referral', 'signal']);
  });

  it('refuses an incomplete visit and rolls back a failed referral completely', async () => {
    const noReferral = await call(connector, 'POST', '/api/v1/office-hours/visits', { areaId, question: 'Vraag zonder collega erbij genoemd.', outcome: 'referral' });
    expect(noReferral.statusCode).toBe(400);
    const noAnswer = await call(connector, 'POST', '/api/v1/office-hours/visits', { areaId, question: 'Vraag zonder antwoord genoteerd.', outcome: 'answered' });
    expect(noAnswer.statusCode).toBe(400);
    const before = (await t.database.owner.query('select count(*)::int as n from signals')).rows[0].n;
    const past = await call(connector, 'POST', '/api/v1/office-hours/visits', { areaId, question: 'Een vraag met een termijn in het verleden.', outcome: 'referral', referral: { specialistId, question: 'Graag kijken', dueOn: '2000-01-01' } });
    expect([past.statusCode, past.json().code]).toEqual([400, 'due_in_past']);
    expect((await t.database.owner.query('select count(*)::int as n from signals')).rows[0].n).toBe(before);
    expect((await call(specialist, 'POST', '/api/v1/office-hours/visits', { areaId, question: 'Specialist mag dit niet loggen.', outcome: 'signal' })).statusCode).toBe(403);
  });

  it('suggests spreekuur themes from the area’s signals and visits', async () => {
    const response = await call(connector, 'GET', `/api/v1/areas/${areaId}/theme-suggestions`);
    expect(response.statusCode, response.body).toBe(200);
    const suggestions = response.json();
    const safety = suggestions.themes.find((s: { theme: string }) => s.theme === 'veiligheid');
    expect(safety).toMatchObject({ label: 'Veiligheid en overlast' });
    expect(safety.visits).toBeGreaterThanOrEqual(1);
    expect(safety.reason).toMatch(/^\d+ signa(a|le)l(en)? en \d+ spreekuurbezoek(en)? in de afgelopen 12 maanden$/);
    const totals = suggestions.themes.map((s: { signals: number; visits: number }) => s.signals + s.visits);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));
    expect((await call(connector, 'GET', '/api/v1/areas/00000000-0000-4000-8000-000000000000/theme-suggestions')).statusCode).toBe(404);
  });

  it('gives staff the whole area feed, and each person a secret feed link that can be revoked', async () => {
    const staff = await call(specialist, 'GET', `/api/v1/calendars/areas/${areaId}/calendar.ics`);
    expect(staff.statusCode).toBe(200);
    const summaries = parseFeed(staff.body).map((e) => e.summary);
    expect(summaries).toEqual(expect.arrayContaining(['Intern overleg (Gageldonk-Warande)', 'Wijkoverleg: Besloten wijkoverleg']));
    expect((await t.app.inject({ url: `/api/v1/calendars/areas/${areaId}/calendar.ics` })).statusCode).toBe(401);

    expect((await call(connector, 'GET', '/api/v1/calendars/me/feed')).json()).toEqual({ createdAt: null });
    const first = (await call(connector, 'POST', '/api/v1/calendars/me/feed', {})).json();
    expect(first.url).toMatch(/\/api\/v1\/calendars\/feed\/[A-Za-z0-9_-]{32}\/calendar\.ics$/);
    const path = new URL(first.url).pathname;
    const feed = await t.app.inject({ url: path });
    expect(feed.statusCode).toBe(200);
    const personal = parseFeed(feed.body).map((e) => e.summary);
    expect(personal).toEqual(expect.arrayContaining(['Spreekuur wijkverbinder (Gageldonk-Warande)', 'Leefbaarheidsgesprek: Leefbaarheidsgesprek 2026']));
    // The specialist's feed: meetings they were invited to only.
    const specialistFeed = (await call(specialist, 'POST', '/api/v1/calendars/me/feed', {})).json();
    expect(parseFeed((await t.app.inject({ url: new URL(specialistFeed.url).pathname })).body)).toEqual([]);
    const second = (await call(connector, 'POST', '/api/v1/calendars/me/feed', {})).json();
    expect((await t.app.inject({ url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ url: new URL(second.url).pathname })).statusCode).toBe(200);
    await call(connector, 'DELETE', '/api/v1/calendars/me/feed');
    expect((await t.app.inject({ url: new URL(second.url).pathname })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/calendars/feed/kort/calendar.ics' })).statusCode).toBe(404);
  });

  it('marks a cancelled meeting as cancelled in the feed', async () => {
    const list = (await call(connector, 'GET', `/api/v1/meetings?areaId=${areaId}&kind=leefbaarheidsgesprek`)).json();
    await call(connector, 'PATCH', `/api/v1/meetings/${list[0].id}`, { status: 'cancelled' });
    const staff = await call(connector, 'GET', `/api/v1/calendars/areas/${areaId}/calendar.ics`);
    const conversation = parseFeed(staff.body).find((e) => e.summary?.startsWith('Leefbaarheidsgesprek'));
    expect(conversation?.status).toBe('CANCELLED');
    const publicCalendar = (await t.app.inject({ url: `/api/v1/public/areas/${areaId}/calendar` })).json();
    expect(publicCalendar.nextConversation).toBeNull();
  });
});
