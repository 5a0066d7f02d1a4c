import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { runRetention } from './retention.js';

describe('retention of residents’ personal data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
  });
  afterAll(() => t.close());

  it('blanks contact details and deletes photos of signals closed longer than the retention period, keeping the signal', async () => {
    const submit = async () =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/signals',
          payload: {
            municipality: 'GM0748',
            text: 'Bewoners willen een moestuin op het braakliggende veld aan de Noordgeest.',
            photos: [{ contentType: 'image/png', dataBase64: 'iVBORw0KGgo=' }],
            reporter: { name: 'Piet', email: 'piet@example.nl', consent: true },
          },
        })
      ).json().id as string;
    const old = await submit();
    const recent = await submit();
    const open = await submit();
    await t.database.owner.query(`update signals set status = 'closed', closing_state = 'resolved', closed_at = now() - interval '25 months' where id = $1`, [old]);
    await t.database.owner.query(`update signals set status = 'closed', closing_state = 'resolved', closed_at = now() - interval '23 months' where id = $1`, [recent]);

    const result = await runRetention({ ownerPool: t.database.owner });
    expect(result).toMatchObject({ reporters: 1, photos: 1 });
    const reporters = await t.database.owner.query('select signal_id, name, email, erased_at is not null as erased from signal_reporters where signal_id = any($1::uuid[])', [[old, recent, open]]);
    const byId = new Map(reporters.rows.map((r) => [r.signal_id, r]));
    expect(byId.get(old)).toMatchObject({ name: null, email: null, erased: true });
    expect(byId.get(recent)).toMatchObject({ name: 'Piet', erased: false });
    expect(byId.get(open)).toMatchObject({ email: 'piet@example.nl' });
    const signal = await t.database.owner.query('select text from signals where id = $1', [old]);
    expect(signal.rows[0].text).toContain('moestuin');
    expect((await runRetention({ ownerPool: t.database.owner })).reporters).toBe(0);
    const audit = await t.database.owner.query(`select count(*)::int as n from audit_log where action = 'retention.erase' and municipality_id = 'GM0748'`);
    expect(audit.rows[0].n).toBe(1);
  });
});
