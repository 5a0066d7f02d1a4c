import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { signIn } from '../../../../test/factories.js';
import { addressOf, startTestMailbox, type TestMailbox } from '../../../../test/smtp.js';

const MEILUST_NOORD = { lat: 51.5095, lon: 4.2955 };
const AREA_TEXT = 'Al maanden hangen er elke avond jongeren rond bij het winkelcentrum en bewoners voelen zich niet veilig. Kunnen we samen met de wijkagent en het jongerenwerk iets organiseren?';

describe('intake of signals from residents', () => {
  let t: TestApp;
  let mailbox: TestMailbox;
  const countSignals = async () => (await t.database.owner.query('select count(*)::int as n from signals')).rows[0].n as number;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    t = await buildTestApp({ template: 'demo', config: { mail: { smtpUrl: mailbox.url, from: 'Schakel <noreply@schakel.test>', outboxIntervalMs: 60_000 }, publicUrl: 'https://schakel.test' } });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('tells whether a text is a daily report, with the regular channel and a reason', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/signals/triage', payload: { text: 'lantaarnpaal kapot bij de speeltuin in de tuinwijk', municipality: 'GM0748' } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.kind).toBe('daily_report');
    expect(body.confidence).toBeGreaterThan(0.5);
    expect(body.regularChannel).toMatchObject({ name: 'BuitenBeter-app' });
    expect(body.reason.length).toBeGreaterThan(10);
    // Anonymous callers get expertise domains, not colleagues' names.
    expect(body.specialists.every((s: { name: string | null }) => s.name === null)).toBe(true);

    const area = await t.app.inject({ method: 'POST', url: '/api/v1/signals/triage', payload: { text: AREA_TEXT, municipality: 'GM0748' } });
    expect(area.json().kind).toBe('area_issue');
    expect(area.json().regularChannel).toBeNull();
  });

  it('takes a signal without an account: located in its area, tracking link, confirmation mail', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signals',
      payload: {
        municipality: 'GM0748',
        text: AREA_TEXT,
        ...MEILUST_NOORD,
        photos: [{ contentType: 'image/png', dataBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==' }],
        reporter: { name: 'Annie de Wit', email: 'annie@example.nl', consent: true },
      },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.reference).toMatch(/^S-\d{4}-\d{4}$/);
    expect(created.trackingToken.length).toBeGreaterThanOrEqual(32);
    expect(created.trackingUrl).toBe(`https://schakel.test/volgen/${created.trackingToken}`);
    expect(created.triage.kind).toBe('area_issue');

    const stored = await t.database.owner.query(
      `select s.channel, s.neighbourhood_code, a.name as area, s.tracking_token_hash, (select count(*)::int from signal_photos p where p.signal_id = s.id) as photos
       from signals s join areas a on a.id = s.area_id where s.id = $1`,
      [created.id],
    );
    expect(stored.rows[0]).toMatchObject({ channel: 'website', neighbourhood_code: 'BU07480101', area: 'Noordelijke wijken', photos: 1 });
    expect(stored.rows[0].tracking_token_hash).not.toContain(created.trackingToken);
    // The signal, its 'created' event and its reporter are written together.
    const written = await t.database.owner.query(
      `select (select array_agg(type) from signal_events where signal_id = $1) as events,
              (select array_agg(name) from signal_reporters where signal_id = $1) as reporters`,
      [created.id],
    );
    expect(written.rows[0]).toEqual({ events: ['created'], reporters: ['Annie de Wit'] });

    // The connector sees it on the area's map: PostgreSQL builds that JSON, so check its shape here.
    const connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    const areaId = (await t.database.owner.query(`select area_id from signals where id = $1`, [created.id])).rows[0].area_id;
    const map = await t.app.inject({ url: `/api/v1/signals/map?areaId=${areaId}`, headers: connector.headers });
    expect(map.statusCode).toBe(200);
    expect(map.headers['content-type']).toMatch(/^application\/json/);
    expect(map.json()).toContainEqual({ id: created.id, reference: created.reference, ...MEILUST_NOORD, kind: 'area_issue', status: 'new', themes: created.triage.themes });

    await t.app.outbox.flush();
    const mail = await mailbox.waitFor((m) => addressOf(m) === 'annie@example.nl');
    expect(mail.subject).toBe(`Uw signaal ${created.reference} is ontvangen`);
    expect(mail.text).toContain(created.trackingUrl);

    const tracking = await t.app.inject({ url: `/api/v1/track/${created.trackingToken}` });
    expect(tracking.statusCode).toBe(200);
    expect(tracking.json()).toMatchObject({ reference: created.reference, status: 'new', statusLabel: 'Nieuw', area: 'Noordelijke wijken', municipality: 'Bergen op Zoom', messages: [] });
    expect(tracking.body).not.toContain('annie@example.nl');
  });

  it('refuses bad input with a clear 4xx and stores nothing', async () => {
    const before = await countSignals();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ municipality: 'GM9999', text: AREA_TEXT }, 404, 'unknown_municipality'],
      [{ municipality: 'Bergen', text: AREA_TEXT }, 400, 'validation_failed'],
      [{ municipality: 'GM0748', text: '' }, 400, 'validation_failed'],
      [{ municipality: 'GM0748', text: 'x'.repeat(50_000) }, 400, 'validation_failed'],
      [{ municipality: 'GM0748', text: AREA_TEXT, lat: 91, lon: 4.29 }, 400, 'validation_failed'],
      [{ municipality: 'GM0748', text: AREA_TEXT, lat: 51.5 }, 400, 'validation_failed'],
      [{ municipality: 'GM0748', text: AREA_TEXT, lat: 52.95, lon: 4.77 }, 400, 'location_outside_municipality'],
      [{ municipality: 'GM0748', text: AREA_TEXT, reporter: { email: 'a@b.nl' } }, 400, 'validation_failed'],
      [{ municipality: 'GM0748', text: AREA_TEXT, reporter: { email: 'geen-adres', consent: true } }, 400, 'validation_failed'],
      [{ municipality: 'GM0748', text: AREA_TEXT, photos: [{ contentType: 'image/gif', dataBase64: 'R0lG' }] }, 400, 'validation_failed'],
      [{ municipality: 'GM0748', text: AREA_TEXT, neighbourhoodCode: 'BU04000100' }, 400, 'unknown_region'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/signals', payload });
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(status);
      expect(response.json().code).toBe(code);
      expect(response.json().message.length).toBeGreaterThan(5);
    }
    expect(await countSignals()).toBe(before);
    for (const token of ['x', 'a'.repeat(32), '../../etc/passwd']) {
      const response = await t.app.inject({ url: `/api/v1/track/${encodeURIComponent(token)}` });
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toContain('volglink');
    }
  });

  it('writes intakes that arrive together in one transaction each group, with gapless references and every row', async () => {
    const busy = await buildTestApp({ template: 'demo', config: { rateLimits: { login: 10, publicWrite: 1000, publicRead: 1000 } } });
    try {
      await writeTogether(busy);
    } finally {
      await busy.close();
    }
  });

  async function writeTogether(t: TestApp) {
    const countSignals = async () => (await t.database.owner.query('select count(*)::int as n from signals')).rows[0].n as number;
    const before = await countSignals();
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/signals',
          payload: {
            municipality: 'GM0748',
            text: `${AREA_TEXT} (${i})`,
            neighbourhoodCode: 'BU07480102',
            ...(i % 3 === 0 ? { reporter: { name: `Bewoner ${i}`, email: `bewoner${i}@example.nl`, consent: true } } : {}),
          },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(24).fill(201));
    const created = responses.map((r) => r.json() as { id: string; reference: string });
    expect(await countSignals()).toBe(before + 24);
    // Consecutive numbers, each given once.
    const numbers = created.map((c) => Number(c.reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => (numbers[0] as number) + i));
    const { rows } = await t.database.owner.query<{ transactions: number; events: number; reporters: number; mails: number }>(
      `select count(distinct s.xmin::text)::int as transactions,
              (select count(*)::int from signal_events e where e.signal_id = any($1::uuid[]) and e.type = 'created') as events,
              (select count(*)::int from signal_reporters r where r.signal_id = any($1::uuid[])) as reporters,
              (select count(*)::int from mail_outbox m where m.subject = any($2::text[])) as mails
       from signals s where s.id = any($1::uuid[])`,
      [created.map((c) => c.id), created.map((c) => `Uw signaal ${c.reference} is ontvangen`)],
    );
    expect(rows[0]).toMatchObject({ events: 24, reporters: 8, mails: 8 });
    // Grouped: fewer transactions than intakes (the first goes alone, the others wait and go together).
    expect(rows[0]?.transactions).toBeLessThan(24);
  }

  /** A public intake of AREA_TEXT, triaged and ready for the intake writer. */
  const prepareIntake = async (areaId: string | null = null) => {
    const { prepareSignal, forMunicipality } = await import('./intake.service.js');
    return prepareSignal({
      read: forMunicipality(t.database.app, 'GM0748'),
      municipalityId: 'GM0748',
      actorId: null,
      input: { municipality: 'GM0748', text: AREA_TEXT, photos: [] } as never,
      located: { areaId, neighbourhoodCode: null },
      triage: t.app.triage,
    });
  };

  it('keeps the other intakes of a group when one of them cannot be stored', async () => {
    const { createIntakeWriter } = await import('./intake-writer.js');
    const writer = createIntakeWriter({ pool: t.database.app, publicUrl: 'https://schakel.test' });
    // An area that does not exist (deleted after the intake was checked) fails the foreign key.
    const signals = await Promise.all([prepareIntake(), prepareIntake('00000000-0000-4000-8000-000000000000'), prepareIntake(), prepareIntake()]);
    const results = await Promise.allSettled(signals.map((signal) => writer.write('GM0748', signal)));
    await writer.drain();
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const kept = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const { rows } = await t.database.owner.query('select count(*)::int as n from signals where id = any($1::uuid[])', [kept.map((s) => s.id)]);
    expect(rows[0].n).toBe(3);
    // The failed group gave its numbers back: the three kept are numbered without a gap.
    const numbers = kept.map((s) => Number(s.reference.split('-')[2])).sort((a, b) => a - b);
    expect(numbers).toEqual([numbers[0], (numbers[0] as number) + 1, (numbers[0] as number) + 2]);
  });

  it('answers every intake however they arrive: in bursts, one by one, and while groups are being written', async () => {
    const { createIntakeWriter } = await import('./intake-writer.js');
    const writer = createIntakeWriter({ pool: t.database.app, publicUrl: 'https://schakel.test', maxGroup: 4, maxWriting: 2 });
    const prepared = await prepareIntake();
    const written: Promise<{ id: string; reference: string }>[] = [];
    // Each needs its own tracking token (unique in the table).
    const next = (i: number) => writer.write('GM0748', { ...prepared, row: { ...prepared.row, trackingTokenHash: `${prepared.row.trackingTokenHash}-${i}` } });
    for (let wave = 0; wave < 5; wave++) {
      for (let i = 0; i < 9; i++) written.push(next(wave * 100 + i));
      // Let some groups reach the database before the next wave arrives.
      await new Promise((resolve) => setTimeout(resolve, wave * 3));
    }
    const stored = await Promise.all(written);
    await writer.drain();
    expect(new Set(stored.map((s) => s.reference)).size).toBe(45);
    const { rows } = await t.database.owner.query('select count(*)::int as n from signals where id = any($1::uuid[])', [stored.map((s) => s.id)]);
    expect(rows[0].n).toBe(45);
  });

  it('tells every waiting intake when it cannot reach the database, and then writes again once it can', async () => {
    const pg = (await import('pg')).default;
    const { createIntakeWriter } = await import('./intake-writer.js');
    const prepared = await prepareIntake();
    const unreachable = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 2_000 });
    try {
      const writer = createIntakeWriter({ pool: unreachable, publicUrl: 'https://schakel.test' });
      const results = await Promise.allSettled([0, 1, 2].map((i) => writer.write('GM0748', { ...prepared, row: { ...prepared.row, trackingTokenHash: `down-${i}` } })));
      await writer.drain();
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    } finally {
      await unreachable.end();
    }
    const writer = createIntakeWriter({ pool: t.database.app, publicUrl: 'https://schakel.test' });
    const stored = await writer.write('GM0748', { ...prepared, row: { ...prepared.row, trackingTokenHash: 'up-again' } });
    expect(stored.reference).toMatch(/^S-\d{4}-\d{4,}$/);
  });

  it('stems a staff intake’s new words on its own transaction, so a full pool does not stall it', async () => {
    // One connection: the staff intake's transaction holds it while triage meets words it never saw.
    const tight = await buildTestApp({ template: 'demo', appPoolSize: 1 });
    try {
      const connector = await signIn(tight.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
      const unseen = `wijkvoorziening${Date.now().toString(36)}`;
      const response = await tight.app.inject({
        method: 'POST',
        url: '/api/v1/signals/staff',
        headers: connector.headers,
        payload: { text: `Bewoners vragen om een ${unseen} bij het buurthuis`, channel: 'telefoon', neighbourhoodCode: 'BU07480101' },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().triage.kind).toBe('area_issue');
    } finally {
      await tight.close();
    }
  });

  it('rate-limits public writes per client', async () => {
    const limited = await buildTestApp({ template: 'demo', config: { rateLimits: { login: 10, publicWrite: 2, publicRead: 1000 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await limited.app.inject({ method: 'POST', url: '/api/v1/signals', payload: { municipality: 'GM0748', text: AREA_TEXT } });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});
