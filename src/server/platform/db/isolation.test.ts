import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createArea, createMunicipality, createRegions, createUser, type Session, signIn } from '../../../../test/factories.js';
import { withMunicipality } from './tenant.js';

const TENANT_TABLES = [
  'regions', 'areas', 'area_regions', 'users', 'area_people', 'sessions', 'audit_log',
  'signals', 'signal_reporters', 'signal_photos', 'signal_events', 'referrals', 'mail_outbox', 'signal_counters',
  'organisations', 'organisation_areas', 'contacts', 'agreements', 'product_wishes', 'activities', 'activity_organisations',
  'activity_contacts', 'connector_hours', 'area_handovers', 'connector_profiles', 'dashboard_versions',
];
// Programme and meetings (issue 6): every table of 0005_programme.sql holds tenant rows.
TENANT_TABLES.push(
  'method_templates', 'college_terms', 'programmes', 'programme_goals', 'programme_steps', 'budgets', 'initiative_counters',
  'initiatives', 'initiative_contacts', 'initiative_events', 'projects', 'project_milestones', 'office_hour_schedules', 'meetings',
  'meeting_invitations', 'meeting_actions', 'office_hour_visits', 'college_agenda_items', 'calendar_feed_tokens',
);

/**
 * Municipality A's administrator (who may do the most) tries every route on municipality B's records.
 * Each route must appear in this table: a new route without an isolation case fails the coverage check.
 */
describe('isolation between municipalities', () => {
  let t: TestApp;
  let a: Session;
  let adminAUserId = '';
  const adminAId = () => adminAUserId;
  const b = { areaId: '', userId: '', regionCode: '', neighbourhoodCode: '', signalId: '', referralId: '', photoId: '', approachId: '' };
  // Programme and meetings (issue 6): B's programme, initiative, meetings, spreekuur, college agenda.
  const bPlan = { programmeId: '', goalId: '', stepId: '', projectId: '', templateId: '', initiativeId: '', budgetId: '', meetingId: '', invitationId: '', actionId: '', scheduleId: '', itemId: '', termId: '' };
  const bWork = { organisationId: '', contactId: '', agreementId: '', wishId: '', activityId: '' };

  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
    const owner = t.database.owner;
    await createMunicipality(owner, { id: 'GM0001', name: 'Gemeente A' });
    await createMunicipality(owner, { id: 'GM0002', name: 'Gemeente B' });
    const regionsA = await createRegions(owner, { municipalityId: 'GM0001', neighbourhoods: [{ suffix: '00', name: 'Abuurt', square: [5, 52, 0.01] }] });
    const regionsB = await createRegions(owner, { municipalityId: 'GM0002', neighbourhoods: [{ suffix: '00', name: 'Bbuurt', square: [6, 52, 0.01] }, { suffix: '01', name: 'Bbuurt twee', square: [6.02, 52, 0.01] }] });
    const adminA = await createUser(owner, { municipalityId: 'GM0001', roles: ['administrator', 'coordinator', 'connector', 'specialist'] });
    const connectorB = await createUser(owner, { municipalityId: 'GM0002', roles: ['connector'] });
    await createArea(owner, { municipalityId: 'GM0001', name: 'Gebied A', regionCodes: regionsA.neighbourhoodCodes });
    const areaB = await createArea(owner, { municipalityId: 'GM0002', name: 'Gebied B', regionCodes: [regionsB.neighbourhoodCodes[0] as string], connectorIds: [connectorB.id] });
    Object.assign(b, { areaId: areaB.id, userId: connectorB.id, regionCode: regionsB.districtCode, neighbourhoodCode: regionsB.neighbourhoodCodes[1] });
    const sessionB = await signIn(t.app, connectorB.email); // so B has a session row and an audit trail to leak
    const signalB = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signals/staff',
      headers: sessionB.headers,
      payload: { text: 'Geheim signaal van gemeente B over de Bbuurt.', channel: 'telefoon', areaId: areaB.id, reporter: { email: 'inwoner@b.example', consent: true } },
    });
    b.signalId = signalB.json().id;
    const referralB = await t.app.inject({
      method: 'POST',
      url: `/api/v1/signals/${b.signalId}/referrals`,
      headers: sessionB.headers,
      payload: { specialistId: connectorB.id, question: 'Vraag binnen B', dueOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) },
    });
    b.referralId = referralB.json().id;
    const photo = await owner.query(
      `insert into signal_photos (signal_id, municipality_id, content_type, bytes) values ($1, 'GM0002', 'image/png', '\\x89504e47'::bytea) returning id`,
      [b.signalId],
    );
    b.photoId = photo.rows[0].id;
    const approach = await owner.query(`insert into approaches (municipality_id, title, proposal) values ('GM0002', 'Aanpak B', 'Voorstel van B') returning id`);
    b.approachId = approach.rows[0].id;
    // B's partner network, activity log, availability and a handover (activities, organisations, handover modules).
    const organisationB = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: sessionB.headers,
      payload: { name: 'Geheime Woonstichting B', type: 'housing_corporation', sector: 'professional', areaIds: [areaB.id], isSubsidised: true },
    });
    bWork.organisationId = organisationB.json().id;
    const contactB = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${bWork.organisationId}/contacts`,
      headers: sessionB.headers,
      payload: { name: 'Geheim Contact B', email: 'contact@b.example', legalBasis: 'public_task' },
    });
    bWork.contactId = contactB.json().id;
    const agreementB = await t.app.inject({ method: 'POST', url: `/api/v1/organisations/${bWork.organisationId}/agreements`, headers: sessionB.headers, payload: { title: 'Afspraak binnen B' } });
    bWork.agreementId = agreementB.json().id;
    const wishB = await t.app.inject({ method: 'POST', url: `/api/v1/organisations/${bWork.organisationId}/wishes`, headers: sessionB.headers, payload: { areaId: areaB.id, year: 2026, wish: 'Wens binnen B' } });
    bWork.wishId = wishB.json().id;
    const activityB = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: sessionB.headers,
      payload: { occurredOn: '2026-01-05', minutes: 45, kind: 'meeting', role: 'facilitating', areaId: areaB.id, note: 'Geheime activiteit van B', organisationIds: [bWork.organisationId], contactIds: [bWork.contactId] },
    });
    bWork.activityId = activityB.json().id;
    await t.app.inject({ method: 'PUT', url: '/api/v1/connector-profile', headers: sessionB.headers, payload: { availability: 'Geheim: ma en di' } });
    await owner.query(`insert into area_handovers (municipality_id, area_id, from_user_id, to_user_id) values ('GM0002', $1, $2, $2)`, [areaB.id, connectorB.id]);
    // Programme and meetings (issue 6): B's programme, initiative, meetings and spreekuur through its own routes.
    {
      const asB = (method: string, url: string, payload?: unknown) => t.app.inject({ method: method as 'POST', url, headers: sessionB.headers, payload: payload as object });
      bPlan.templateId = (await asB('GET', '/api/v1/methods/templates')).json()[0].id;
      const programme = (await asB('POST', '/api/v1/programmes', { areaId: areaB.id, title: 'Geheim programma B', periodStart: '2026-01-01', periodEnd: '2026-12-31' })).json();
      bPlan.programmeId = programme.id;
      bPlan.stepId = programme.steps[0].id;
      bPlan.goalId = (await asB('POST', `/api/v1/programmes/${programme.id}/goals`, { title: 'Geheim doel B' })).json().goals[0].id;
      bPlan.projectId = (await asB('POST', `/api/v1/programmes/${programme.id}/projects`, { title: 'Geheim project B', status: 'done', participationPlanned: 'meebeslissen', milestones: [{ title: 'Mijlpaal B' }] })).json().id;
      bPlan.initiativeId = (await asB('POST', '/api/v1/initiatives/staff', { areaId: areaB.id, title: 'Geheim initiatief B', description: 'Een initiatief dat alleen B kent.', contact: { email: 'initiatiefnemer@b.example', consent: true } })).json().id;
      const meeting = (await asB('POST', '/api/v1/meetings', { areaId: areaB.id, kind: 'wijkoverleg', title: 'Geheim overleg B', startsAt: '2026-04-20T19:00:00+02:00', endsAt: '2026-04-20T21:00:00+02:00' })).json();
      bPlan.meetingId = meeting.id;
      bPlan.actionId = (await asB('POST', `/api/v1/meetings/${meeting.id}/actions`, { text: 'Geheime afspraak B', ownerUserId: connectorB.id })).json().actions[0].id;
      bPlan.invitationId = (await asB('POST', `/api/v1/meetings/${meeting.id}/invitations`, { userId: connectorB.id, theme: 'veiligheid' })).json().invitations[0].id;
      bPlan.scheduleId = (await asB('POST', '/api/v1/office-hours', { areaId: areaB.id, title: 'Geheim spreekuur B', location: 'Buurthuis B', weekday: 2, startTime: '14:00', endTime: '16:00', startsOn: '2026-03-03' })).json().id;
      await asB('POST', '/api/v1/office-hours/visits', { areaId: areaB.id, scheduleId: bPlan.scheduleId, question: 'Geheime vraag op het spreekuur van B', outcome: 'answered', answer: 'Antwoord B' });
      bPlan.itemId = (await asB('POST', '/api/v1/college-agenda', { areaId: areaB.id, theme: 'jeugd', title: 'Geheim collegepunt B', note: 'Alleen voor B' })).json().id;
      await asB('POST', '/api/v1/calendars/me/feed', {});
      bPlan.budgetId = (await owner.query(`insert into budgets (municipality_id, name, year, total_cents) values ('GM0002', 'Geheim budget B', 2026, 100000) returning id`)).rows[0].id;
      bPlan.termId = (await owner.query(`insert into college_terms (municipality_id, name, starts_on, ends_on) values ('GM0002', 'Periode B', '2026-01-01', '2030-01-01') returning id`)).rows[0].id;
    }
    a = await signIn(t.app, adminA.email);
    adminAUserId = adminA.id;
  });
  afterAll(() => t.close());

  const cases = (): { method: string; url: string; payload?: unknown; expect: (status: number, body: string) => void }[] => [
    { method: 'GET', url: '/api/v1/auth/me', expect: (s, body) => expect(body).not.toContain('GM0002') },
    { method: 'GET', url: '/api/v1/auth/csrf', expect: (s) => expect(s).toBe(200) },
    { method: 'GET', url: '/api/v1/municipality', expect: (s, body) => expect(JSON.parse(body).code).toBe('GM0001') },
    { method: 'PATCH', url: '/api/v1/municipality', payload: { name: 'Gemeente A nieuw' }, expect: (s, body) => expect(JSON.parse(body).code).toBe('GM0001') },
    { method: 'GET', url: '/api/v1/areas', expect: (s, body) => expect(body).not.toContain(b.areaId) },
    { method: 'GET', url: `/api/v1/areas/${b.areaId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: '/api/v1/areas', payload: { name: 'Kaping', regionCodes: [b.neighbourhoodCode] }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_region']) },
    { method: 'PATCH', url: `/api/v1/areas/${b.areaId}`, payload: { name: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/areas/${b.areaId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'PUT', url: `/api/v1/areas/${b.areaId}/people`, payload: { people: [] }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/regions', expect: (s, body) => expect(body).not.toContain('Bbuurt') },
    { method: 'GET', url: '/api/v1/users', expect: (s, body) => expect(body).not.toContain(b.userId) },
    { method: 'GET', url: `/api/v1/users/${b.userId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: '/api/v1/users', payload: { email: 'nieuw@a.example', name: 'Nieuw', roles: ['connector'] }, expect: (s, body) => expect(JSON.parse(body).municipalityCode).toBe('GM0001') },
    { method: 'PATCH', url: `/api/v1/users/${b.userId}`, payload: { isActive: false }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/audit-log', expect: (s, body) => expect(body).not.toContain(b.areaId) },
    { method: 'GET', url: '/api/v1/statistics/areas', expect: (s, body) => expect(body).not.toContain(b.areaId) },
    { method: 'GET', url: `/api/v1/statistics/areas/${b.areaId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: `/api/v1/statistics/areas/${b.areaId}/report.pdf`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: '/api/v1/statistics/ranking', payload: { level: 'area', indicators: [{ id: 'X1Y.2024.Niets_1', weight: 1 }] }, expect: (s, body) => expect(body).not.toContain(b.areaId) },
    { method: 'GET', url: '/api/v1/statistics/priorities', expect: (s, body) => expect(body).not.toContain('GM0002') },
    // Per year: statistics/priority-isolation.test.ts tries B's real years; here only the route's coverage.
    { method: 'GET', url: '/api/v1/statistics/priorities/:year', expect: (s) => expect(s).toBe(400) },
    { method: 'PUT', url: '/api/v1/statistics/priorities/:year', payload: {}, expect: (s) => expect(s).toBe(400) },
    { method: 'DELETE', url: '/api/v1/statistics/priorities/:year', expect: (s) => expect(s).toBe(400) },
    { method: 'POST', url: '/api/v1/statistics/imports', payload: { files: [{ name: 'leeg.csv', content: 'a,b\n1,2\n' }] }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'invalid_statistics_file']) },
    { method: 'GET', url: '/api/v1/signals', expect: (s, body) => expect(body).not.toContain(b.signalId) },
    { method: 'GET', url: '/api/v1/signals/map', expect: (s, body) => expect(body).not.toContain(b.signalId) },
    { method: 'GET', url: '/api/v1/signals/recurring', expect: (s, body) => expect(body).not.toContain(b.signalId) },
    { method: 'GET', url: '/api/v1/signals/trends', expect: (s) => expect(s).toBe(200) },
    { method: 'GET', url: '/api/v1/approaches', expect: (s) => expect(s).toBe(200) },
    { method: 'PATCH', url: `/api/v1/approaches/${b.approachId}`, payload: { status: 'rejected' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: '/api/v1/approaches', payload: { title: 'Kaping', proposal: 'Signalen van B', signalIds: [b.signalId, b.signalId] }, expect: (s) => expect(s).toBe(400) },
    { method: 'GET', url: '/api/v1/signals/export.csv', expect: (s, body) => expect(body).not.toContain('Geheim') },
    { method: 'POST', url: '/api/v1/signals/staff', payload: { text: 'Signaal in het gebied van B', channel: 'telefoon', areaId: b.areaId }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_area']) },
    { method: 'GET', url: `/api/v1/signals/${b.signalId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: `/api/v1/signals/${b.signalId}/photos/${b.photoId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/signals/${b.signalId}/assessment`, payload: { kind: 'area_issue', themes: [], priority: 'low', priorityReason: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/signals/${b.signalId}/status`, payload: { to: 'closed', closingState: 'resolved' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/signals/${b.signalId}/messages`, payload: { text: 'Hallo B' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/signals/${b.signalId}/notes`, payload: { text: 'Notitie' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/signals/${b.signalId}/handoff`, payload: {}, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/signals/${b.signalId}/link`, payload: { duplicateOf: b.signalId }, expect: (s) => expect(s).toBe(400) },
    { method: 'POST', url: `/api/v1/signals/${b.signalId}/referrals`, payload: { specialistId: b.userId, question: 'Vraag aan B', dueOn: '2099-01-01' }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/message-templates', expect: (s) => expect(s).toBe(200) },
    { method: 'PUT', url: '/api/v1/message-templates/received', payload: { body: 'Bedankt, gemeente A.' }, expect: (s) => expect(s).toBe(200) },
    { method: 'GET', url: '/api/v1/referrals/mine', expect: (s, body) => expect(body).not.toContain(b.referralId) },
    { method: 'GET', url: `/api/v1/referrals/${b.referralId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/referrals/${b.referralId}/seen`, payload: {}, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/referrals/${b.referralId}/answer`, payload: { answer: 'Antwoord uit A' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/referrals/${b.referralId}/cancel`, payload: { reason: 'Niet meer nodig' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/referrals/${b.referralId}/follow-up`, payload: { followUp: 'Vervolg' }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/directory/people', expect: (s, body) => expect(body).not.toContain(b.userId) },
    { method: 'GET', url: '/api/v1/directory?q=connector', expect: (s, body) => expect(body).not.toContain(b.userId) },
    { method: 'GET', url: '/api/v1/activities', expect: (s, body) => expect(body).not.toContain(bWork.activityId) },
    { method: 'POST', url: '/api/v1/activities', payload: { occurredOn: '2026-01-05', minutes: 30, kind: 'call', role: 'informing', areaId: b.areaId }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_link']) },
    { method: 'GET', url: `/api/v1/activities/${bWork.activityId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'PATCH', url: `/api/v1/activities/${bWork.activityId}`, payload: { note: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/activities/${bWork.activityId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/dashboard/roles?from=2025-12-01&to=2026-02-01', expect: (s, body) => expect([s, body.includes(b.userId), body.includes('Gebied B')]).toEqual([200, false, false]) },
    { method: 'GET', url: '/api/v1/dashboard/hours?from=2025-12-01&to=2026-02-01', expect: (s, body) => expect([s, body.includes(b.userId)]).toEqual([200, false]) },
    { method: 'GET', url: '/api/v1/dashboard/responsiveness', expect: (s, body) => expect([s, body.includes(b.userId)]).toEqual([200, false]) },
    { method: 'GET', url: `/api/v1/timeline?areaId=${b.areaId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/organisations', expect: (s, body) => expect(body).not.toContain(bWork.organisationId) },
    { method: 'POST', url: '/api/v1/organisations', payload: { name: 'Kaping', type: 'other', sector: 'volunteer', areaIds: [b.areaId] }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_area']) },
    { method: 'GET', url: `/api/v1/organisations/${bWork.organisationId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'PATCH', url: `/api/v1/organisations/${bWork.organisationId}`, payload: { name: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/organisations/${bWork.organisationId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'PUT', url: `/api/v1/organisations/${bWork.organisationId}/partner-users`, payload: { userIds: [] }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/contacts', expect: (s, body) => expect(body).not.toContain(bWork.contactId) },
    { method: 'GET', url: '/api/v1/contacts/picker?q=Geheim', expect: (s, body) => expect([s, body.includes(bWork.contactId)]).toEqual([200, false]) },
    { method: 'GET', url: `/api/v1/contacts/picker?organisationIds=${bWork.organisationId}`, expect: (s, body) => expect([s, body]).toEqual([200, '[]']) },
    { method: 'POST', url: `/api/v1/organisations/${bWork.organisationId}/contacts`, payload: { name: 'Indringer', legalBasis: 'consent' }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: `/api/v1/contacts/${bWork.contactId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'PATCH', url: `/api/v1/contacts/${bWork.contactId}`, payload: { name: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/contacts/${bWork.contactId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/organisations/${bWork.organisationId}/agreements`, payload: { title: 'Afspraak uit A' }, expect: (s) => expect(s).toBe(404) },
    { method: 'PATCH', url: `/api/v1/agreements/${bWork.agreementId}`, payload: { status: 'ended' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/organisations/${bWork.organisationId}/wishes`, payload: { areaId: b.areaId, year: 2026, wish: 'Wens uit A' }, expect: (s) => expect(s).toBe(404) },
    { method: 'PATCH', url: `/api/v1/wishes/${bWork.wishId}`, payload: { status: 'rejected' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/areas/${b.areaId}/handover`, payload: { fromUserId: b.userId, toUserId: adminAId() }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: `/api/v1/areas/${b.areaId}/portfolio`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/connector-finder?q=Bbuurt', expect: (s, body) => expect([s, body.includes(b.areaId)]).toEqual([200, false]) },
    { method: 'GET', url: '/api/v1/connector-profile', expect: (s, body) => expect(body).not.toContain('Geheim') },
    { method: 'PUT', url: '/api/v1/connector-profile', payload: { availability: 'Dinsdag' }, expect: (s) => expect(s).toBe(200) },
    { method: 'GET', url: '/api/v1/exports/contacts?format=csv', expect: (s, body) => expect([s, body.includes('Geheim Contact B')]).toEqual([200, false]) },
    { method: 'GET', url: '/api/v1/exports/activities?format=csv', expect: (s, body) => expect([s, body.includes('Geheime activiteit')]).toEqual([200, false]) },
    // Programme and meetings (issue 6)
    { method: 'GET', url: '/api/v1/programmes', expect: (s, body) => expect([s, body.includes(bPlan.programmeId)]).toEqual([200, false]) },
    { method: 'POST', url: '/api/v1/programmes', payload: { areaId: b.areaId, title: 'Kaping', periodStart: '2026-01-01', periodEnd: '2026-12-31' }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_area']) },
    { method: 'GET', url: `/api/v1/programmes/${bPlan.programmeId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'PATCH', url: `/api/v1/programmes/${bPlan.programmeId}`, payload: { title: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/programmes/${bPlan.programmeId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/programmes/${bPlan.programmeId}/goals`, payload: { title: 'Doel uit A' }, expect: (s) => expect(s).toBe(404) },
    { method: 'PATCH', url: `/api/v1/programmes/${bPlan.programmeId}/goals/${bPlan.goalId}`, payload: { title: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/programmes/${bPlan.programmeId}/goals/${bPlan.goalId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'PUT', url: `/api/v1/programmes/${bPlan.programmeId}/steps/${bPlan.stepId}`, payload: { isDone: true }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/programmes/${bPlan.programmeId}/projects`, payload: { title: 'Project uit A' }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: `/api/v1/projects/${bPlan.projectId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'PATCH', url: `/api/v1/projects/${bPlan.projectId}`, payload: { title: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'PUT', url: `/api/v1/projects/${bPlan.projectId}/participation`, payload: { realised: 'informeren' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/projects/${bPlan.projectId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/participation/deviations', expect: (s, body) => expect([s, body.includes(bPlan.projectId)]).toEqual([200, false]) },
    { method: 'GET', url: '/api/v1/methods/templates', expect: (s, body) => expect([s, body.includes(bPlan.templateId)]).toEqual([200, false]) },
    { method: 'POST', url: '/api/v1/methods/templates', payload: { kind: 'wop_handbook', name: 'Eigen stappen A', content: { steps: [{ title: 'Stap' }] } }, expect: (s) => expect(s).toBe(201) },
    { method: 'PATCH', url: `/api/v1/methods/templates/${bPlan.templateId}`, payload: { isPublished: true }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/methods/templates/${bPlan.templateId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/methods/published', expect: (s, body) => expect([s, body.includes(bPlan.templateId)]).toEqual([200, false]) },
    { method: 'POST', url: `/api/v1/methods/published/${bPlan.templateId}/adopt`, payload: {}, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: '/api/v1/initiatives/staff', payload: { areaId: b.areaId, title: 'Kaping', description: 'Initiatief in het gebied van B.' }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_area']) },
    { method: 'GET', url: '/api/v1/initiatives', expect: (s, body) => expect([s, body.includes(bPlan.initiativeId)]).toEqual([200, false]) },
    { method: 'GET', url: `/api/v1/initiatives/${bPlan.initiativeId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/initiatives/${bPlan.initiativeId}/intake`, payload: { intakeNotes: 'Uit A' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/initiatives/${bPlan.initiativeId}/advice`, payload: { advice: 'Uit A' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/initiatives/${bPlan.initiativeId}/decision`, payload: { decision: 'rejected', reason: 'Uit A' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/initiatives/${bPlan.initiativeId}/follow-up`, payload: { followUp: 'Uit A', status: 'withdrawn' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/initiatives/${bPlan.initiativeId}/messages`, payload: { text: 'Hallo B' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/initiatives/${bPlan.initiativeId}/publication`, payload: { isPublic: false }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/initiatives/${bPlan.initiativeId}/project`, payload: { programmeId: bPlan.programmeId }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/budgets', expect: (s, body) => expect([s, body.includes(bPlan.budgetId)]).toEqual([200, false]) },
    { method: 'POST', url: '/api/v1/budgets', payload: { name: 'Kaping', year: 2026, totalCents: 100, areaId: b.areaId }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_area']) },
    { method: 'GET', url: '/api/v1/meetings', expect: (s, body) => expect([s, body.includes(bPlan.meetingId)]).toEqual([200, false]) },
    { method: 'POST', url: '/api/v1/meetings', payload: { areaId: b.areaId, kind: 'wijkoverleg', title: 'Kaping', startsAt: '2026-04-20T19:00:00+02:00', endsAt: '2026-04-20T21:00:00+02:00' }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_area']) },
    { method: 'GET', url: `/api/v1/meetings/${bPlan.meetingId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'PATCH', url: `/api/v1/meetings/${bPlan.meetingId}`, payload: { minutes: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/meetings/${bPlan.meetingId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/meetings/${bPlan.meetingId}/actions`, payload: { text: 'Actie uit A', ownerName: 'A' }, expect: (s) => expect(s).toBe(404) },
    { method: 'POST', url: `/api/v1/meetings/${bPlan.meetingId}/invitations`, payload: { userId: '00000000-0000-4000-8000-000000000000', theme: 'jeugd' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/meetings/${bPlan.meetingId}/invitations/${bPlan.invitationId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: `/api/v1/meetings/${bPlan.meetingId}/invitation-suggestions`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/actions?status=all', expect: (s, body) => expect([s, body.includes(bPlan.actionId)]).toEqual([200, false]) },
    { method: 'PATCH', url: `/api/v1/actions/${bPlan.actionId}`, payload: { status: 'done' }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/conversations/coverage', expect: (s, body) => expect([s, body.includes(b.areaId)]).toEqual([200, false]) },
    { method: 'GET', url: '/api/v1/office-hours', expect: (s, body) => expect([s, body.includes(bPlan.scheduleId)]).toEqual([200, false]) },
    { method: 'POST', url: '/api/v1/office-hours', payload: { areaId: b.areaId, title: 'Kaping', location: 'Hier', weekday: 1, startTime: '10:00', endTime: '11:00', startsOn: '2026-01-01' }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_area']) },
    { method: 'PATCH', url: `/api/v1/office-hours/${bPlan.scheduleId}`, payload: { title: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'DELETE', url: `/api/v1/office-hours/${bPlan.scheduleId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/office-hours/visits', expect: (s, body) => expect([s, body.includes('Geheime vraag')]).toEqual([200, false]) },
    { method: 'POST', url: '/api/v1/office-hours/visits', payload: { areaId: b.areaId, question: 'Bezoek in het gebied van B', outcome: 'signal' }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_area']) },
    { method: 'GET', url: `/api/v1/areas/${b.areaId}/theme-suggestions`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/college-agenda?includeClosed=true', expect: (s, body) => expect([s, body.includes(bPlan.itemId)]).toEqual([200, false]) },
    { method: 'POST', url: '/api/v1/college-agenda', payload: { areaId: b.areaId, theme: 'jeugd', title: 'Kaping', note: 'Uit A' }, expect: (s, body) => expect([s, JSON.parse(body).code]).toEqual([400, 'unknown_area']) },
    { method: 'PATCH', url: `/api/v1/college-agenda/${bPlan.itemId}`, payload: { status: 'withdrawn' }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/alderman/overview', expect: (s, body) => expect([s, body.includes(b.areaId)]).toEqual([200, false]) },
    { method: 'GET', url: '/api/v1/college-terms', expect: (s, body) => expect([s, body.includes(bPlan.termId)]).toEqual([200, false]) },
    // B's term of the same years is invisible to A: it neither blocks A's nor can be changed by A.
    { method: 'POST', url: '/api/v1/college-terms', payload: { name: 'Periode A', startsOn: '2026-01-01', endsOn: '2030-01-01' }, expect: (s) => expect(s).toBe(201) },
    { method: 'PATCH', url: `/api/v1/college-terms/${bPlan.termId}`, payload: { name: 'Overgenomen' }, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: `/api/v1/college-visits/coverage?termId=${bPlan.termId}`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: `/api/v1/calendars/areas/${b.areaId}/calendar.ics`, expect: (s) => expect(s).toBe(404) },
    { method: 'GET', url: '/api/v1/calendars/me/feed', expect: (s, body) => expect(JSON.parse(body)).toEqual({ createdAt: null }) },
    { method: 'POST', url: '/api/v1/calendars/me/feed', payload: {}, expect: (s) => expect(s).toBe(201) },
    { method: 'DELETE', url: '/api/v1/calendars/me/feed', expect: (s) => expect(s).toBe(200) },
  ];

  it('lets nobody of A read or change anything of B through any route', async () => {
    for (const c of cases()) {
      const response = await t.app.inject({ method: c.method as 'GET', url: c.url, headers: a.headers, payload: c.payload as object });
      expect(response.statusCode, `${c.method} ${c.url}: ${response.body}`).toBeLessThan(500);
      c.expect(response.statusCode, response.body);
    }
    const areaB = await t.database.owner.query('select name from areas where id = $1', [b.areaId]);
    expect(areaB.rows[0].name).toBe('Gebied B');
    const userB = await t.database.owner.query('select is_active from users where id = $1', [b.userId]);
    expect(userB.rows[0].is_active).toBe(true);
    const signalB = await t.database.owner.query('select status, (select count(*)::int from signal_events e where e.signal_id = s.id) as events from signals s where id = $1', [b.signalId]);
    expect(signalB.rows[0]).toEqual({ status: 'in_progress', events: 2 });
    const referralB = await t.database.owner.query('select status from referrals where id = $1', [b.referralId]);
    expect(referralB.rows[0].status).toBe('open');
    const workB = await t.database.owner.query(
      `select (select name from organisations where id = $1) as organisation, (select name from contacts where id = $2) as contact,
         (select note from activities where id = $3) as activity, (select status from product_wishes where id = $4) as wish`,
      [bWork.organisationId, bWork.contactId, bWork.activityId, bWork.wishId],
    );
    expect(workB.rows[0]).toEqual({ organisation: 'Geheime Woonstichting B', contact: 'Geheim Contact B', activity: 'Geheime activiteit van B', wish: 'collected' });
    // Programme and meetings (issue 6): B's records are untouched.
    const planB = await t.database.owner.query(
      `select (select title from programmes where id = $1) as programme, (select status from initiatives where id = $2) as initiative,
         (select minutes from meetings where id = $3) as minutes, (select status from meeting_actions where id = $4) as action,
         (select is_published from method_templates where id = $5) as published, (select count(*)::int from calendar_feed_tokens where municipality_id = 'GM0002') as feeds`,
      [bPlan.programmeId, bPlan.initiativeId, bPlan.meetingId, bPlan.actionId, bPlan.templateId],
    );
    expect(planB.rows[0]).toEqual({ programme: 'Geheim programma B', initiative: 'submitted', minutes: '', action: 'open', published: false, feeds: 1 });
  });

  it('covers every non-public route with an isolation case', () => {
    const normalise = (url: string) =>
      url
        .split('?')[0]
        ?.replace(`/photos/${b.photoId}`, '/photos/:photoId')
        // Programme and meetings (issue 6): second ids first, then the record ids.
        .replace(`/goals/${bPlan.goalId}`, '/goals/:goalId')
        .replace(`/steps/${bPlan.stepId}`, '/steps/:stepId')
        .replace(`/invitations/${bPlan.invitationId}`, '/invitations/:invitationId')
        .replace(new RegExp(Object.values(bPlan).filter(Boolean).join('|')), ':id')
        .replace('/message-templates/received', '/message-templates/:key')
        .replace(b.areaId, ':id')
        .replace(b.userId, ':id')
        .replace(b.signalId, ':id')
        .replace(b.referralId, ':id')
        .replace(b.approachId, ':id')
        .replace(/\/exports\/[a-z]+/, '/exports/:dataset')
        .replace(bWork.organisationId, ':id')
        .replace(bWork.contactId, ':id')
        .replace(bWork.agreementId, ':id')
        .replace(bWork.wishId, ':id')
        .replace(bWork.activityId, ':id');
    const covered = new Set(cases().map((c) => `${c.method} ${normalise(c.url)}`));
    const uncovered = t.app.accessRoutes
      .filter((route) => route.access !== 'public' && route.url.startsWith('/api/') && route.url !== '/api/v1/auth/logout')
      .map((route) => `${route.method} ${route.url}`)
      .filter((key) => !covered.has(key));
    expect(uncovered).toEqual([]);
  });

  it('row-level security: the app role sees only the municipality set for its transaction', async () => {
    const role = await t.database.app.query(`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    const owners = await t.database.owner.query(
      `select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = $1`,
      [t.config.appDbRole],
    );
    expect(owners.rows[0].n).toBe(0);

    for (const table of TENANT_TABLES) {
      const total = await t.database.owner.query(`select count(*)::int as n from ${table} where municipality_id = 'GM0002'`);
      if (table !== 'audit_log') expect(total.rows[0].n, `${table} has B rows to hide`).toBeGreaterThan(0);
      // Even a query that forgets the municipality filter sees no row of B.
      const seen = await withMunicipality(t.database.app, 'GM0001', (db) =>
        db.query(`select count(*)::int as n from ${table} where municipality_id <> 'GM0001'`),
      );
      expect(seen.rows[0].n, table).toBe(0);
      const noTenant = await t.database.app.query(`select count(*)::int as n from ${table}`);
      expect(noTenant.rows[0].n, `${table} without a tenant`).toBe(0);
    }
    const municipalities = await withMunicipality(t.database.app, 'GM0001', (db) => db.query('select id from municipalities'));
    expect(municipalities.rows).toEqual([{ id: 'GM0001' }]);
  });

  it('row-level security: the app role cannot write rows for another municipality', async () => {
    await expect(
      withMunicipality(t.database.app, 'GM0001', (db) => db.query(`insert into areas (municipality_id, name) values ('GM0002', 'Insluiper')`)),
    ).rejects.toThrow(/row-level security/);
    const updated = await withMunicipality(t.database.app, 'GM0001', (db) =>
      db.query(`update areas set name = 'Weg' where municipality_id = 'GM0002'`),
    );
    expect(updated.rowCount).toBe(0);
    await expect(t.database.app.query('select * from schema_migrations')).rejects.toThrow(/permission denied/);
  });
});
