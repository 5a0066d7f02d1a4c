import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';
import { runInitiativeRetention } from './initiative-retention.js';

/** Initiators' contact details are erased once the initiative has been closed longer than the retention period. */
describe('initiative retention', () => {
  let t: TestApp;
  let connector: Session;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  it('erases the contact of a long-closed initiative, keeps open ones, and logs it', async () => {
    const areaId = (await t.database.owner.query(`select id from areas where municipality_id = 'GM0748' and name = 'Noordelijke wijken'`)).rows[0].id;
    const submit = (title: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/initiatives', payload: { municipality: 'GM0748', areaId, title, description: 'Een idee voor de buurt, met contactgegevens.', contact: { name: 'Bewoner', email: 'bewoner@example.nl', consent: true } } });
    const closed = (await submit('Oud initiatief')).json().id;
    const open = (await submit('Lopend initiatief')).json().id;
    await t.app.inject({ method: 'POST', url: `/api/v1/initiatives/${closed}/follow-up`, headers: connector.headers, payload: { followUp: 'Toch niet.', status: 'withdrawn' } });
    // 24 months is the default retention: run the job as if it were three years later.
    const later = new Date(Date.now() + 3 * 365 * 86_400_000);
    expect(await runInitiativeRetention({ ownerPool: t.database.owner, now: later })).toEqual({ contacts: 1 });
    const contacts = await t.database.owner.query('select initiative_id, name, email, erased_at is not null as erased from initiative_contacts where initiative_id = any($1::uuid[])', [[closed, open]]);
    expect(contacts.rows.find((r) => r.initiative_id === closed)).toMatchObject({ name: null, email: null, erased: true });
    expect(contacts.rows.find((r) => r.initiative_id === open)).toMatchObject({ email: 'bewoner@example.nl', erased: false });
    const detail = (await t.app.inject({ url: `/api/v1/initiatives/${closed}`, headers: connector.headers })).json();
    expect(detail.contact).toEqual({ name: null, email: null, phone: null, erased: true });
    const audit = await t.database.owner.query(`select count(*)::int as n from audit_log where action = 'retention.erase' and entity_type = 'initiative' and entity_id = $1`, [closed]);
    expect(audit.rows[0].n).toBe(1);
    expect(await runInitiativeRetention({ ownerPool: t.database.owner, now: later })).toEqual({ contacts: 0 });
  });
});
