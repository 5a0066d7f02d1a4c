import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';
import { SignalListItemSchema } from '../../../shared/schemas/signal.js';
import { THEME_KEYS } from '../../../shared/schemas/signal-vocabulary.js';

// The inbox and the area map read with hand-written SQL (ids first under a cap, JSON text built by
// PostgreSQL): these check them against plain queries over the same rows.

interface Expected {
  id: string;
  reference: string;
  text: string;
  lat: number | null;
  lon: number | null;
  kind: string;
  status: string;
  themes: string[];
  priority: string | null;
}

const LONG = 'Bewoners van de Pijnboomstraat vragen al maanden om een oplossing voor de hangplek achter de supermarkt. ';
// 139 characters, five of them outside the BMP: 144 UTF-16 units, so the excerpt cuts it as the browser counts.
const EMOJI = `${'🌳'.repeat(5)}${'b'.repeat(134)}`;

describe('signal inbox and map: what the read paths return', () => {
  let t: TestApp;
  let connector: Session;
  let areaId: string;
  let otherAreaId: string;

  const owner = (sql: string, values: unknown[] = []) => t.database.owner.query(sql, values);
  const get = async (url: string) => {
    const response = await t.app.inject({ url, headers: connector.headers });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  /** Inserts `count` signals of Bergen op Zoom, the i-th `minutes` × i minutes before the newest. */
  const insertSignals = (options: { count: number; area: string; theme: string[]; status?: string; prefix: string; text?: string; start?: number }) =>
    owner(
      `insert into signals (municipality_id, reference, text, channel, area_id, lat, lon, kind, triage, themes, status, closing_state, priority,
         tracking_token_hash, created_at)
       select 'GM0748', $5 || '-' || n, coalesce($7, 'Signaal ' || n || ' over de buurt'), 'website', $1, 51.49 + n / 100000.0, 4.29 + n / 100000.0,
         case when n % 3 = 0 then 'daily_report' else 'area_issue' end, '{}', $2, $3, case when $3 = 'closed' then 'resolved' end,
         (array['urgent', 'high', 'normal', 'low', null])[1 + n % 5], md5($5 || n), now() - interval '1 hour' - ($6 + n) * interval '1 minute'
       from generate_series(1, $4) as n`,
      [options.area, options.theme, options.status ?? 'in_progress', options.count, options.prefix, options.start ?? 0, options.text ?? null],
    );

  /** The oracle: the same filter as a plain query, as the owner. */
  const expected = async (where: string, order: string, values: unknown[]): Promise<Expected[]> =>
    (
      await owner(
        `select id, reference, text, lat, lon, kind, status, themes, priority from signals s
         where municipality_id = 'GM0748' and ${where} order by ${order}`,
        values,
      )
    ).rows;

  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
    const areas = (await owner(`select id from areas where municipality_id = 'GM0748' order by name`)).rows;
    areaId = areas[0].id;
    otherAreaId = areas[1].id;
    // More than the cap of one theme (the count stops at 500), a few of another, closed ones, and the same
    // themes in another area, which must not be counted.
    await insertSignals({ count: 520, area: areaId, theme: ['duurzaamheid'], prefix: 'T-DUUR' });
    await insertSignals({ count: 30, area: areaId, theme: ['wonen', 'duurzaamheid'], prefix: 'T-WON', start: 1000 });
    await insertSignals({ count: 10, area: areaId, theme: ['wonen'], status: 'closed', prefix: 'T-WONC', start: 2000 });
    await insertSignals({ count: 40, area: otherAreaId, theme: ['wonen'], prefix: 'T-WONB', start: 3000 });
    await insertSignals({ count: 1, area: areaId, theme: ['wonen'], prefix: 'T-LONG', text: LONG.repeat(3), start: 4000 });
    await insertSignals({ count: 1, area: areaId, theme: ['wonen'], prefix: 'T-EMOJI', text: EMOJI, start: 4001 });
    await insertSignals({ count: 1, area: areaId, theme: ['wonen'], prefix: 'T-140', text: 'c'.repeat(140), start: 4002 });
    // One open referral past its due date and one answered: the list counts only open ones.
    const referred = (await owner(`select id from signals where reference = 'T-WON-1'`)).rows[0].id;
    const specialist = (await owner(`select id from users where email = 'f.aarts@bergenopzoom.demo'`)).rows[0].id;
    await owner(
      `insert into referrals (municipality_id, signal_id, specialist_id, question, due_on, status)
       values ('GM0748', $1, $2, 'Kunt u meekijken?', current_date - 3, 'open'), ('GM0748', $1, $2, 'En hier?', current_date - 3, 'answered')`,
      [referred, specialist],
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('pages an area’s open signals of one theme newest first, counting up to the cap', async () => {
    const all = await expected(`area_id = $1 and status <> 'closed' and 'duurzaamheid' = any(themes)`, 'created_at desc', [areaId]);
    expect(all.length).toBeGreaterThan(500);
    const first = await get(`/api/v1/signals?limit=50&status=open&areaId=${areaId}&theme=duurzaamheid`);
    expect(first).toMatchObject({ total: 500, isTotalCapped: true });
    expect(first.items.map((item: { id: string }) => item.id)).toEqual(all.slice(0, 50).map((row) => row.id));
    const third = await get(`/api/v1/signals?limit=50&offset=100&status=open&areaId=${areaId}&theme=duurzaamheid`);
    expect(third.items.map((item: { id: string }) => item.id)).toEqual(all.slice(100, 150).map((row) => row.id));
    // Past the cap the page comes straight from the sorted query, in every order.
    const oldest = await get(`/api/v1/signals?limit=50&sort=oldest&status=open&areaId=${areaId}&theme=duurzaamheid`);
    expect(oldest.items.map((item: { id: string }) => item.id)).toEqual(all.slice(-50).map((row) => row.id).reverse());
    const byPriority = await expected(
      `area_id = $1 and status <> 'closed' and 'duurzaamheid' = any(themes)`,
      `array_position(array['urgent','high','normal','low'], priority) nulls last, created_at desc`,
      [areaId],
    );
    // The page that holds the referred signal, so its referral counts are checked on this path too.
    const offset = Math.floor(byPriority.findIndex((row) => row.reference === 'T-WON-1') / 50) * 50;
    const prioritised = await get(`/api/v1/signals?limit=50&offset=${offset}&sort=priority&status=open&areaId=${areaId}&theme=duurzaamheid`);
    expect(prioritised).toMatchObject({ total: 500, isTotalCapped: true });
    expect(prioritised.items.map((item: { id: string }) => item.id)).toEqual(byPriority.slice(offset, offset + 50).map((row) => row.id));
    expect(prioritised.items.find((item: { reference: string }) => item.reference === 'T-WON-1')).toMatchObject({ openReferrals: 1, isOverdue: true });
  });

  it('sorts the matches under the cap by the chosen order, and presents each item field by field', async () => {
    const where = `area_id = $1 and status <> 'closed' and 'wonen' = any(themes)`;
    const newest = await expected(where, 'created_at desc', [areaId]);
    expect(newest.length).toBe(33);
    const page = await get(`/api/v1/signals?limit=20&status=open&areaId=${areaId}&theme=wonen`);
    expect(page).toMatchObject({ total: 33, isTotalCapped: false });
    expect(page.items.map((item: { id: string }) => item.id)).toEqual(newest.slice(0, 20).map((row) => row.id));
    const rest = await get(`/api/v1/signals?limit=20&offset=20&status=open&areaId=${areaId}&theme=wonen`);
    expect(rest.items.map((item: { id: string }) => item.id)).toEqual(newest.slice(20).map((row) => row.id));
    const beyond = await get(`/api/v1/signals?limit=20&offset=40&status=open&areaId=${areaId}&theme=wonen`);
    expect(beyond).toEqual({ items: [], total: 33, isTotalCapped: false });

    const oldest = await get(`/api/v1/signals?limit=50&sort=oldest&status=open&areaId=${areaId}&theme=wonen`);
    expect(oldest.items.map((item: { id: string }) => item.id)).toEqual(newest.map((row) => row.id).reverse());
    const byPriority = await expected(where, `array_position(array['urgent','high','normal','low'], priority) nulls last, created_at desc`, [areaId]);
    const prioritised = await get(`/api/v1/signals?limit=50&sort=priority&status=open&areaId=${areaId}&theme=wonen`);
    expect(prioritised.items.map((item: { id: string }) => item.id)).toEqual(byPriority.map((row) => row.id));

    // Serialised with JSON.stringify, so the presenter alone decides what leaves the server: exactly the schema's fields.
    for (const item of oldest.items) {
      expect(Object.keys(item).sort()).toEqual(Object.keys(SignalListItemSchema.shape).sort());
      expect(SignalListItemSchema.parse(item)).toEqual(item);
    }
    const byReference = new Map(oldest.items.map((item: { reference: string }) => [item.reference, item]));
    // The excerpt is cut as before the text was shortened in SQL: over 140 UTF-16 units, 137 of them and '…'.
    const excerptOf = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}…` : text);
    for (const row of newest) expect(byReference.get(row.reference)).toMatchObject({ excerpt: excerptOf(row.text), themes: row.themes, kind: row.kind });
    expect(byReference.get('T-LONG-1')).toMatchObject({ excerpt: `${LONG.repeat(2).slice(0, 137)}…` });
    expect(byReference.get('T-EMOJI-1')).toMatchObject({ excerpt: `${EMOJI.slice(0, 137)}…` });
    expect(byReference.get('T-140-1')).toMatchObject({ excerpt: 'c'.repeat(140) });
    expect(byReference.get('T-WON-1')).toMatchObject({ openReferrals: 1, isOverdue: true, status: 'in_progress', channel: 'website', closingState: null });
    expect(byReference.get('T-WON-2')).toMatchObject({ openReferrals: 0, isOverdue: false });
    expect((byReference.get('T-WON-2') as { area: { id: string; name: string } }).area.id).toBe(areaId);
  });

  it('has an index of open signals for every theme, so a theme filter never checks a whole area', async () => {
    const { rows } = await owner(`select indexdef from pg_indexes where tablename = 'signals'`);
    for (const theme of THEME_KEYS) {
      const index = rows.find((row: { indexdef: string }) => row.indexdef.includes(`themes @> '{${theme}}'::text[]`));
      expect(index?.indexdef, theme).toMatch(/\(municipality_id, area_id, created_at DESC\) INCLUDE \(id\) WHERE \(\(status <> 'closed'::text\) AND/);
    }
  });

  it('sends the map’s points as the JSON the schema describes, newest first, escaping what needs it', async () => {
    await owner(
      `insert into signals (municipality_id, reference, text, channel, area_id, lat, lon, kind, triage, themes, status, tracking_token_hash, created_at)
       values ('GM0748', 'R-"aan\\hal"-é', 'Een lastig kenmerk', 'website', $1, -0.00001, 4.5e-7, 'area_issue', '{}', '{}', 'new', 'tok-odd', now()),
              ('GM0748', 'R-NOLON', 'Zonder lengtegraad', 'website', $1, 51.5, null, 'area_issue', '{}', '{groen}', 'new', 'tok-nolon', now())`,
      [areaId],
    );
    const rows = await expected(`area_id = $1 and lat is not null and lon is not null`, 'created_at desc', [areaId]);
    const asPoint = (row: Expected) => ({ id: row.id, reference: row.reference, lat: row.lat, lon: row.lon, kind: row.kind, status: row.status, themes: row.themes });

    const open = await t.app.inject({ url: `/api/v1/signals/map?areaId=${areaId}&limit=5000`, headers: connector.headers });
    expect(open.statusCode).toBe(200);
    expect(open.headers['content-type']).toMatch(/^application\/json/);
    expect(open.json()).toEqual(rows.filter((row) => row.status !== 'closed').map(asPoint));
    expect(open.json()[0]).toEqual({ id: expect.any(String), reference: 'R-"aan\\hal"-é', lat: -0.00001, lon: 4.5e-7, kind: 'area_issue', status: 'new', themes: [] });

    const all = await get(`/api/v1/signals/map?areaId=${areaId}&open=false&limit=5000`);
    expect(all).toEqual(rows.map(asPoint));
    expect(all.some((point: { status: string }) => point.status === 'closed')).toBe(true);
    expect(await get(`/api/v1/signals/map?areaId=${areaId}&limit=3`)).toEqual(rows.slice(0, 3).map(asPoint));

    // None of another area, and an empty array when there is nothing to show.
    const other = await get(`/api/v1/signals/map?areaId=${otherAreaId}&limit=5000`);
    expect(other.some((point: { reference: string }) => point.reference.startsWith('T-DUUR'))).toBe(false);
    expect(other.some((point: { reference: string }) => point.reference.startsWith('T-WONB'))).toBe(true);
    const empty = await t.app.inject({ url: '/api/v1/signals/map?areaId=00000000-0000-4000-8000-000000000000', headers: connector.headers });
    expect(empty.body).toBe('[]');
  });
});
