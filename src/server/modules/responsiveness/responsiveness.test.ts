import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { createMunicipality, createUser, type Session, signIn } from '../../../../test/factories.js';

describe('department responsiveness from referrals (known data)', () => {
  let t: TestApp;
  let coordinator: Session;
  let connector: Session;

  beforeAll(async () => {
    t = await buildTestApp({ template: 'empty' });
    const owner = t.database.owner;
    await createMunicipality(owner, { id: 'GM0003', name: 'Gemeente Snel' });
    const connectorUser = await createUser(owner, { municipalityId: 'GM0003', roles: ['connector'] });
    const coordinatorUser = await createUser(owner, { municipalityId: 'GM0003', roles: ['coordinator'] });
    const specialist = async (name: string, department: string) => {
      const user = await createUser(owner, { municipalityId: 'GM0003', roles: ['specialist'], name });
      await owner.query('update users set department = $2 where id = $1', [user.id, department]);
      return user.id;
    };
    const safetyOne = await specialist('Vera Veilig', 'Veiligheid');
    const safetyTwo = await specialist('Wim Waakzaam', 'Veiligheid');
    const publicSpace = await specialist('Otto Openbaar', 'Openbare ruimte');
    const { rows } = await owner.query(
      `insert into signals (municipality_id, reference, text, channel, kind, triage, tracking_token_hash)
       values ('GM0003', 'S-2025-0001', 'Een wijkvraagstuk om verzoeken over te stellen.', 'telefoon', 'area_issue', '{}', 'hash-1') returning id`,
    );
    const hours = (h: number | null) => (h === null ? null : `${h} hours`);
    const referral = (specialistId: string, createdAt: string, seenAfter: number | null, answeredAfter: number | null, dueOn: string, status: string) =>
      owner.query(
        `insert into referrals (municipality_id, signal_id, specialist_id, created_by, question, due_on, status, created_at, seen_at, answered_at)
         values ('GM0003', $1, $2, $3, 'Kunt u hiernaar kijken?', $4, $5, $6::timestamptz,
                 $6::timestamptz + $7::interval, $6::timestamptz + $8::interval)`,
        [rows[0].id, specialistId, connectorUser.id, dueOn, status, createdAt, hours(seenAfter), hours(answeredAfter)],
      );
    await referral(safetyOne, '2025-01-06T10:00:00Z', 2, 24, '2025-01-10', 'answered'); // on time
    await referral(safetyOne, '2025-02-03T10:00:00Z', 10, 100, '2025-02-05', 'closed'); // answered two days late
    await referral(safetyTwo, '2025-04-07T10:00:00Z', 4, null, '2025-04-10', 'seen'); // still open after its due date
    await referral(safetyTwo, '2025-04-08T10:00:00Z', null, null, '2025-04-20', 'cancelled'); // does not count
    await referral(publicSpace, '2025-01-15T10:00:00Z', null, null, '2099-01-01', 'open'); // open, not yet due
    await referral(publicSpace, '2025-05-01T10:00:00Z', 1, 48, '2025-05-10', 'answered');
    await referral(publicSpace, '2024-12-20T10:00:00Z', 1, 1, '2024-12-31', 'answered'); // before the range
    coordinator = await signIn(t.app, coordinatorUser.email);
    connector = await signIn(t.app, connectorUser.email);
  });
  afterAll(() => t.close());

  it('gives per department the count, the median hours to acknowledge and to answer, and the share overdue', async () => {
    const response = await t.app.inject({ url: '/api/v1/dashboard/responsiveness?from=2025-01-01&to=2025-06-30', headers: coordinator.headers });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.departments).toEqual([
      { department: 'Openbare ruimte', count: 2, answered: 1, open: 1, overdue: 0, overdueShare: 0, medianHoursToAcknowledge: 1, medianHoursToAnswer: 48 },
      { department: 'Veiligheid', count: 3, answered: 2, open: 1, overdue: 2, overdueShare: 0.6667, medianHoursToAcknowledge: 4, medianHoursToAnswer: 62 },
    ]);
    expect(body.specialists.map((s: { name: string; count: number; medianHoursToAcknowledge: number; overdueShare: number }) => [s.name, s.count, s.medianHoursToAcknowledge, s.overdueShare])).toEqual([
      ['Otto Openbaar', 2, 1, 0],
      ['Vera Veilig', 2, 6, 0.5],
      ['Wim Waakzaam', 1, 4, 1],
    ]);
  });

  it('shows the trend per quarter', async () => {
    const body = (await t.app.inject({ url: '/api/v1/dashboard/responsiveness?from=2025-01-01&to=2025-06-30', headers: coordinator.headers })).json();
    expect(body.quarters.map((q: { quarter: string; department: string; count: number; medianHoursToAnswer: number | null; overdue: number }) => [q.quarter, q.department, q.count, q.medianHoursToAnswer, q.overdue])).toEqual([
      ['2025-Q1', 'Openbare ruimte', 1, null, 0],
      ['2025-Q1', 'Veiligheid', 2, 62, 1],
      ['2025-Q2', 'Openbare ruimte', 1, 48, 0],
      ['2025-Q2', 'Veiligheid', 1, null, 1],
    ]);
    const withDecember = (await t.app.inject({ url: '/api/v1/dashboard/responsiveness?from=2024-10-01&to=2025-06-30', headers: coordinator.headers })).json();
    expect(withDecember.quarters[0]).toMatchObject({ quarter: '2024-Q4', department: 'Openbare ruimte', count: 1, medianHoursToAnswer: 1 });
  });

  it('shows figures per specialist only to the coordinator, not to every connector', async () => {
    const body = (await t.app.inject({ url: '/api/v1/dashboard/responsiveness?from=2025-01-01&to=2025-06-30', headers: connector.headers })).json();
    expect(body.specialists).toBeNull();
    expect(body.departments).toHaveLength(2);
    const csv = (await t.app.inject({ url: '/api/v1/exports/responsiveness?from=2025-01-01&to=2025-06-30', headers: connector.headers })).body;
    expect(csv).not.toContain('Vera Veilig');
    expect(csv).toContain('afdeling;Veiligheid;;3;2;1;4;62;2;66,7');
  });
});
