import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LearnedExample } from './triage.js';
import { postgresStemmer, type Stemmer } from './triage.js';
import { type LearnedSet, startTriage, type Triage } from './triage-thread.js';

describe('triage in a worker thread', () => {
  const { adminUrl, sharedDataDir } = inject('testDatabase');
  let pool: pg.Pool;
  let stem: Stemmer;
  let inThread: Triage;
  let inProcess: Triage;
  const stemmed: string[] = [];

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: adminUrl, max: 2 });
    const postgres = postgresStemmer(pool);
    stem = (texts) => {
      stemmed.push(...texts);
      return postgres(texts);
    };
    inThread = startTriage({ stem, sharedDataDir, threads: 1 });
    inProcess = startTriage({ stem: postgres, sharedDataDir, threads: 0 });
  });
  afterAll(async () => {
    await inThread.close();
    await pool.end();
  });

  const BORDERLINE = 'te weinig prullenbakken in de wijk';
  const TAUGHT: LearnedExample[] = [
    { text: 'er staan veel te weinig afvalbakken in onze wijk', kind: 'area_issue', themes: ['afval', 'openbare-ruimte'] },
    { text: 'te weinig prullenbakken langs de wandelroutes van de wijk', kind: 'area_issue', themes: ['afval'] },
  ];

  it('suggests what the request thread would, and stems new words in the main thread', async () => {
    const texts = [
      'lantaarnpaal kapot voor nummer 12',
      'hoe vraag ik bijstand aan?',
      'veel ouderen in de wijk zijn eenzaam en er is geen ontmoetingsplek',
      'de stoepteggels liggen los bij de flaterbuurtschool',
    ];
    for (const text of texts) {
      expect(await inThread.suggest({ text, learned: null })).toEqual(await inProcess.suggest({ text, learned: null }));
    }
    // The worker has no database: the words it had not seen came to this thread to be stemmed.
    expect(stemmed.some((text) => text.includes('flaterbuurtschool'))).toBe(true);
    const learned: LearnedSet = { key: 'GM0748|1', examples: TAUGHT };
    const taught = await inThread.suggest({ text: BORDERLINE, learned });
    expect(taught).toEqual(await inProcess.suggest({ text: BORDERLINE, learned }));
    expect(taught.kind).toBe('area_issue');
    expect(taught.reason).toContain('eerder signaal in deze gemeente');
  });

  it('asks for a municipality’s learned decisions again once it has let them go', async () => {
    const first: LearnedSet = { key: 'evicted|1', examples: TAUGHT };
    expect((await inThread.suggest({ text: BORDERLINE, learned: first })).kind).toBe('area_issue');
    // Fifty other municipalities' sets push the first out of the worker's memory.
    for (let i = 0; i < 50; i++) {
      await inThread.suggest({ text: 'lamp kapot', learned: { key: `other|${i}`, examples: [{ text: `gat in de weg ${i}`, kind: 'daily_report', themes: [] }] } });
    }
    // The main thread sends only the key; the worker asks for the examples and still decides with them.
    const again = await inThread.suggest({ text: BORDERLINE, learned: { key: first.key, examples: TAUGHT } });
    expect(again.kind).toBe('area_issue');
    expect(again.reason).toContain('eerder signaal in deze gemeente');
  });

  it('passes a failure to stem on to the caller, and works again when the database does', async () => {
    let down = true;
    const flaky: Stemmer = (texts) => (down ? Promise.reject(Object.assign(new Error('database unreachable'), { code: 'ECONNREFUSED' })) : stem(texts));
    const triage = startTriage({ stem: flaky, sharedDataDir, threads: 1 });
    try {
      await expect(triage.suggest({ text: 'lantaarnpaal kapot', learned: null })).rejects.toMatchObject({ message: 'database unreachable', code: 'ECONNREFUSED' });
      down = false;
      expect((await triage.suggest({ text: 'lantaarnpaal kapot', learned: null })).kind).toBe('daily_report');
    } finally {
      await triage.close();
    }
  });

  it('rejects what is still waiting when it is closed, and everything after', async () => {
    const triage = startTriage({ stem, sharedDataDir, threads: 2 });
    // The workers are still training their models when close comes.
    const waiting = [triage.suggest({ text: 'lantaarnpaal kapot', learned: null }), triage.suggest({ text: 'mijn uitkering', learned: null })];
    await triage.close();
    const outcomes = await Promise.allSettled(waiting);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    await expect(triage.suggest({ text: 'lamp kapot', learned: null })).rejects.toThrow('triage is closed');
  });
});
