import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.js';
import { type Session, signIn } from '../../../../test/factories.js';
import { clusterPairs } from './recurring.service.js';

describe('recurring problems and rising themes', () => {
  let t: TestApp;
  let connector: Session;
  beforeAll(async () => {
    t = await buildTestApp({ template: 'demo' });
    connector = await signIn(t.app, 'wijkverbinder@bergenopzoom.demo', 'demo');
  });
  afterAll(() => t.close());

  it('clusters linked pairs transitively', () => {
    const clusters = clusterPairs([{ a: '1', b: '2' }, { a: '2', b: '3' }, { a: '4', b: '5' }]).map((c) => c.sort());
    expect(clusters.sort()).toEqual([['1', '2', '3'], ['4', '5']]);
  });

  it('flags similar signals in one area as a recurring problem and turns them into a broader approach', async () => {
    const texts = [
      'Weer jongeren met scooters die hard rijden over het fietspad bij de Meilustschool.',
      'Jongeren op scooters rijden veel te hard over het fietspad bij de school in Meilust.',
      'Scooters met jongeren rijden elke middag hard over het fietspad langs de Meilustschool.',
      'Het buurthuis in Halsteren zoekt vrijwilligers voor de koffieochtend.',
    ];
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/signals/staff',
        headers: connector.headers,
        payload: { text, channel: 'telefoon', neighbourhoodCode: i < 3 ? 'BU07480101' : 'BU07480400' },
      });
      expect(response.statusCode).toBe(201);
      ids.push(response.json().id);
    }
    const recurring = (await t.app.inject({ url: '/api/v1/signals/recurring', headers: connector.headers })).json();
    expect(recurring).toHaveLength(1);
    expect(recurring[0].area.name).toBe('Noordelijke wijken');
    expect(recurring[0].signals.map((s: { id: string }) => s.id).sort()).toEqual(ids.slice(0, 3).sort());

    const approach = await t.app.inject({
      method: 'POST',
      url: '/api/v1/approaches',
      headers: connector.headers,
      payload: { title: 'Verkeersveiligheid rond de Meilustschool', proposal: 'Schoolzone met verkeer, handhaving en jongerenwerk.', signalIds: ids.slice(0, 3) },
    });
    expect(approach.statusCode).toBe(201);
    expect(approach.json()).toMatchObject({ title: 'Verkeersveiligheid rond de Meilustschool', area: 'Noordelijke wijken', status: 'proposed' });
    expect(approach.json().signalReferences).toHaveLength(3);
    const agreed = await t.app.inject({ method: 'PATCH', url: `/api/v1/approaches/${approach.json().id}`, headers: connector.headers, payload: { status: 'agreed' } });
    expect(agreed.json().status).toBe('agreed');
    const detail = (await t.app.inject({ url: `/api/v1/signals/${ids[0]}`, headers: connector.headers })).json();
    expect(detail.events.map((e: { type: string }) => e.type)).toContain('approach_proposed');
  });

  it('shows a theme rising in several areas at once', async () => {
    for (const code of ['BU07480102', 'BU07480103', 'BU07480500', 'BU07480501'.replace('0501', '0507')]) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/signals/staff',
        headers: connector.headers,
        payload: { text: 'Veel ouderen voelen zich eenzaam sinds de bibliotheek en het buurthuis dicht zijn.', channel: 'gesprek', neighbourhoodCode: code },
      });
    }
    await t.database.owner.query(`update signals set themes = array['sociaal'] where text like 'Veel ouderen%'`);
    const trends = (await t.app.inject({ url: '/api/v1/signals/trends', headers: connector.headers })).json();
    const social = trends.find((t: { theme: string }) => t.theme === 'sociaal');
    expect(social.risingIn).toEqual(['Lepelstraat', 'Noordelijke wijken']);
  });
});
