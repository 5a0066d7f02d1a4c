import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { ensureTemplates } from '../modules/methods/methods.service.js';
import { amsterdamToInstant } from '../modules/meetings/occurrences.js';

// Bergen op Zoom's year in the area: the leefbaarheidsgesprekken the council letter of 8 November 2019
// mentions (Noordelijke wijken March 2018, Fort-Zeekant-Markiezaten December 2018, Lepelstraat September
// 2019), spreekuren, a programme with projects, a leefbaarheidsbudget and an initiative. Details invented.

const PHASES = (notes: Record<string, string[]>) =>
  [
    ['discover', 'Ontdekken — wat gaat er goed in de wijk?'],
    ['dream', 'Dromen — hoe ziet de wijk eruit op haar best?'],
    ['design', 'Ontwerpen — wat is daarvoor nodig?'],
    ['deliver', 'Doen — afspraken met eigenaar en termijn'],
  ].map(([key, title]) => ({ key, title, prompt: '', items: (notes[key as string] ?? []).map((text) => ({ text, source: null })) }));

/** Loads the demo programme and meetings into one municipality (owner connection, inside the demo transaction). */
export async function loadDemoProgramme(db: pg.PoolClient, municipalityId: string): Promise<void> {
  const area = async (name: string) => (await db.query<{ id: string }>('select id from areas where municipality_id = $1 and name = $2', [municipalityId, name])).rows[0]?.id as string;
  const user = async (email: string) => (await db.query<{ id: string }>('select id from users where email = $1', [email])).rows[0]?.id as string;
  const north = await area('Noordelijke wijken');
  const fort = await area('Fort-Zeekant-Markiezaten');
  const lepelstraat = await area('Lepelstraat');
  const sanne = await user('wijkverbinder@bergenopzoom.demo');
  const lotte = await user('l.mertens@bergenopzoom.demo');
  const hans = await user('h.bastiaansen@bergenopzoom.demo');
  const ruud = await user('specialist@bergenopzoom.demo');
  const eline = await user('e.vermeulen@bergenopzoom.demo');
  await ensureTemplates(db, municipalityId);
  const format = (await db.query<{ id: string }>(`select id from method_templates where municipality_id = $1 and content ->> 'meetingKind' = 'leefbaarheidsgesprek' and is_default`, [municipalityId])).rows[0]?.id ?? null;

  const meeting = async (m: { areaId: string; kind: string; title: string; date: string; start: string; end: string; location: string; status: string; summary?: string; minutes?: string; agenda?: unknown; createdBy: string }) =>
    (
      await db.query<{ id: string }>(
        `insert into meetings (municipality_id, area_id, kind, title, starts_at, ends_at, location, status, is_public, agenda, minutes, public_summary, format_template_id, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, true, $9, $10, $11, $12, $13) returning id`,
        [municipalityId, m.areaId, m.kind, m.title, amsterdamToInstant(m.date, m.start), amsterdamToInstant(m.date, m.end), m.location, m.status, JSON.stringify(m.agenda ?? []), m.minutes ?? '', m.summary ?? '', m.kind === 'leefbaarheidsgesprek' ? format : null, m.createdBy],
      )
    ).rows[0]?.id as string;
  const action = (meetingId: string, areaId: string, text: string, owner: { userId?: string; name?: string }, dueOn: string, status = 'open') =>
    db.query(
      `insert into meeting_actions (municipality_id, meeting_id, area_id, text, owner_user_id, owner_name, due_on, status, done_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, case when $8 = 'done' then now() else null end)`,
      [municipalityId, meetingId, areaId, text, owner.userId ?? null, owner.name ?? null, dueOn, status],
    );

  const northTalk = await meeting({
    areaId: north, kind: 'leefbaarheidsgesprek', title: 'Leefbaarheidsgesprek Meilust, Noordgeest en Tuinwijk', date: '2018-03-15', start: '19:30', end: '21:30',
    location: 'Wijkgebouw Noord', status: 'held', createdBy: sanne,
    summary: 'Zestig bewoners en de wijkpartners (Stadlander, WijZijn Traversegroep, wijkcommissie, buurtpreventie) spraken over wat goed gaat en wat beter kan. Drie afspraken.',
    minutes: 'Trots op de groene straten en de buurtpreventie. Zorgen over eenzaamheid onder ouderen en over parkeren in Tuinwijk.',
    agenda: PHASES({ discover: ['Groene straten en de buurtpreventie'], dream: ['Een ontmoetingsplek voor jong en oud'], design: ['Koffieochtend in het wijksteunpunt', 'Parkeren in Tuinwijk bekijken'], deliver: ['Drie afspraken met eigenaar'] }),
  });
  await action(northTalk, north, 'Wekelijkse koffieochtend in het wijksteunpunt starten', { name: 'WijZijn Traversegroep' }, '2018-06-01', 'done');
  await action(northTalk, north, 'Parkeerdruk Tuinwijk laten tellen', { userId: eline }, '2018-09-01', 'done');
  const fortTalk = await meeting({
    areaId: fort, kind: 'leefbaarheidsgesprek', title: 'Leefbaarheidsgesprek Fort-Zeekant-Markiezaten', date: '2018-12-06', start: '19:30', end: '21:30',
    location: 'Buurthuis De Markiezaten', status: 'held', createdBy: hans,
    summary: 'Bewoners van de nieuwe wijk Markiezaten en van Fort-Zeekant zochten elkaar op; afspraken over spelen en verkeer.',
    agenda: PHASES({ discover: ['Nieuwe bewoners, actieve buurtapp'], design: ['Speelplek aan het water', 'Snelheid op de Zeekant'], deliver: [] }),
  });
  await action(fortTalk, fort, 'Snelheidsmeting op de Zeekant', { userId: ruud }, '2019-03-01', 'done');
  const lepelstraatTalk = await meeting({
    areaId: lepelstraat, kind: 'leefbaarheidsgesprek', title: 'Dorpsgesprek Lepelstraat', date: '2019-09-19', start: '19:30', end: '21:30',
    location: 'Dorpshuis Lepelstraat', status: 'held', createdBy: lotte,
    summary: 'Met de dorpsraad over voorzieningen in de kern, het dorpshuis en de verkeersveiligheid rond de school.',
    agenda: PHASES({ discover: ['Sterke dorpsraad en verenigingen'], dream: ['Een dorpshuis dat van iedereen is'], design: ['Schoolzone veiliger maken'], deliver: [] }),
  });
  await action(lepelstraatTalk, lepelstraat, 'Schoolzone rond de basisschool herinrichten', { userId: eline }, '2020-06-30', 'done');
  await action(lepelstraatTalk, lepelstraat, 'Dorpsraad maakt een plan voor het beheer van het dorpshuis', { name: 'Dorpsraad Lepelstraat' }, '2020-03-31', 'open');

  // What comes next: a planned conversation and spreekuren (dates relative to today, so the demo stays current).
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await meeting({ areaId: north, kind: 'leefbaarheidsgesprek', title: 'Leefbaarheidsgesprek Noordelijke wijken', date: inDays(45), start: '19:30', end: '21:30', location: 'Wijkgebouw Noord', status: 'planned', createdBy: sanne, agenda: PHASES({}) });
  const schedule = (areaId: string, title: string, location: string, weekday: number, start: string, end: string, interval: number, themes: string[], host: string) =>
    db.query(
      `insert into office_hour_schedules (municipality_id, area_id, title, location, weekday, start_time, end_time, interval_weeks, starts_on, themes, host_user_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [municipalityId, areaId, title, location, weekday, start, end, interval, inDays(-90), themes, host],
    );
  await schedule(north, 'Spreekuur wijkverbinder', 'Wijksteunpunt Tuinwijk', 2, '14:00', '16:00', 2, ['sociaal', 'veiligheid'], sanne);
  await schedule(lepelstraat, 'Spreekuur in het dorpshuis', 'Dorpshuis Lepelstraat', 4, '10:00', '11:30', 4, ['voorzieningen', 'verkeer'], lotte);

  // The programme of the Noordelijke wijken, with projects of the municipality and its partners.
  const year = new Date().getFullYear();
  const programme = (
    await db.query<{ id: string }>(
      `insert into programmes (municipality_id, area_id, title, period_start, period_end, status, summary, created_by)
       values ($1, $2, $3, $4, $5, 'running', $6, $7) returning id`,
      [municipalityId, north, `Wijkontwikkelingsprogramma Noordelijke wijken ${year}–${year + 3}`, `${year}-01-01`, `${year + 3}-12-31`,
        'Uit de leefbaarheidsgesprekken: ontmoeting voor jong en oud, veilige straten en groen. Gemeente, Stadlander, WijZijn Traversegroep en de wijkcommissie werken samen.', sanne],
    )
  ).rows[0]?.id as string;
  const handbook = (await db.query<{ content: { steps: { title: string; description: string }[] } }>(`select content from method_templates where municipality_id = $1 and kind = 'wop_handbook' and is_default`, [municipalityId])).rows[0];
  for (const [i, step] of (handbook?.content.steps ?? []).entries()) {
    await db.query(
      `insert into programme_steps (programme_id, municipality_id, position, title, description, done_at, done_by) values ($1, $2, $3, $4, $5, $6, $7)`,
      [programme, municipalityId, i + 1, step.title, step.description, i < 7 ? new Date() : null, i < 7 ? sanne : null],
    );
  }
  await db.query(`insert into programme_goals (programme_id, municipality_id, position, title) values ($1, $2, 1, 'Ontmoeting voor jong en oud'), ($1, $2, 2, 'Veilige en groene straten')`, [programme, municipalityId]);
  const project = async (p: { title: string; description: string; carriedBy: string; ownerName?: string; partners: string[]; budget: number; status: string; planned: string; realised?: string; specialist?: string; milestones: [string, number][] }) => {
    const id = (
      await db.query<{ id: string }>(
        `insert into projects (municipality_id, programme_id, title, description, carried_by, owner_user_id, owner_name, partners, budget_cents, start_on, end_on, status,
           participation_planned, participation_realised, participation_specialist_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning id`,
        [municipalityId, programme, p.title, p.description, p.carriedBy, p.ownerName ? null : sanne, p.ownerName ?? null, p.partners, p.budget, `${year}-02-01`, `${year + 1}-06-30`, p.status, p.planned, p.realised ?? null, p.specialist ?? null],
      )
    ).rows[0]?.id as string;
    for (const [i, [title, percent]] of p.milestones.entries()) {
      await db.query('insert into project_milestones (project_id, municipality_id, position, title, percent_done) values ($1, $2, $3, $4, $5)', [id, municipalityId, i + 1, title, percent]);
    }
  };
  await project({ title: 'Speelplek Meilust vernieuwen', description: 'Samen met kinderen uit de buurt ontworpen.', carriedBy: 'together', ownerName: 'Stadlander', partners: ['Stadlander', 'WijZijn Traversegroep'], budget: 4_500_000, status: 'running', planned: 'coproduceren', realised: 'raadplegen', specialist: eline, milestones: [['Ontwerpavond met kinderen', 100], ['Aanleg', 40]] });
  await project({ title: 'Koffieochtend wijksteunpunt', description: 'Elke dinsdag een ontmoetingsochtend.', carriedBy: 'partner', ownerName: 'WijZijn Traversegroep', partners: ['WijZijn Traversegroep'], budget: 300_000, status: 'running', planned: 'coproduceren', realised: 'coproduceren', milestones: [['Vrijwilligers geworven', 100]] });
  await project({ title: 'Buurtpreventie uitbreiden naar Noordgeest', description: 'Tweede team buurtpreventie.', carriedBy: 'together', partners: ['Buurtpreventieteam Noord'], budget: 250_000, status: 'planned', planned: 'adviseren', specialist: ruud, milestones: [['Team gevormd', 20]] });

  const budget = (
    await db.query<{ id: string }>(
      `insert into budgets (municipality_id, name, description, year, total_cents, max_per_initiative_cents) values ($1, 'Leefbaarheidsbudget', $2, $3, 2500000, 250000) returning id`,
      [municipalityId, 'Voor initiatieven van bewoners die de leefbaarheid van hun wijk of kern verbeteren.', year],
    )
  ).rows[0]?.id as string;
  await db.query(`insert into initiative_counters (municipality_id, year, last_number) values ($1, $2, 1) on conflict do nothing`, [municipalityId, year]);
  const initiative = (
    await db.query<{ id: string }>(
      `insert into initiatives (municipality_id, reference, area_id, title, description, initiator_group, status, connector_id, intake_at, intake_notes, advice, budget_id,
         amount_requested_cents, amount_granted_cents, decision, decision_reason, decided_on, is_public, public_summary, tracking_token_hash)
       values ($1, $2, $3, 'Geveltuinen Meilust', 'Geveltuinen langs de Meilustlaan, aangelegd en onderhouden door de bewoners.', 'Bewoners Meilustlaan', 'approved', $4, now(),
         'Zes huishoudens doen mee.', 'Past in het leefbaarheidsbudget; grond in bruikleen via realisatie & beheer.', $5, 150000, 120000, 'approved', 'Draagt bij aan groen en aan contact tussen buren.', current_date, true,
         'Groene gevels langs de Meilustlaan, door en voor de bewoners.', $6) returning id`,
      [municipalityId, `BI-${year}-0001`, north, sanne, budget, createHash('sha256').update(randomBytes(24)).digest('hex')],
    )
  ).rows[0]?.id as string;
  await db.query(`insert into initiative_events (initiative_id, municipality_id, actor_id, type, to_status) values ($1, $2, null, 'submitted', 'submitted'), ($1, $2, $3, 'decision', 'approved')`, [initiative, municipalityId, sanne]);

  await db.query(`insert into college_terms (municipality_id, name, starts_on, ends_on) values ($1, '2018–2022', '2018-04-01', '2022-03-31'), ($1, '2022–2026', '2022-04-01', '2026-03-31'), ($1, '2026–2030', '2026-04-01', '2030-03-31')`, [municipalityId]);
  await meeting({ areaId: lepelstraat, kind: 'collegebezoek', title: 'Het college in Lepelstraat', date: '2023-05-12', start: '09:00', end: '13:00', location: 'Dorpshuis Lepelstraat', status: 'held', createdBy: lotte, summary: 'Het college bezocht de kern een ochtend: dorpshuis, school en sportpark.' });
  await db.query(
    `insert into college_agenda_items (municipality_id, area_id, theme, title, note, status, marked_by) values ($1, $2, 'sociaal', 'Eenzaamheid onder ouderen in Tuinwijk', 'Komt terug in elk leefbaarheidsgesprek; vraagt om stedelijke aanpak.', 'proposed', $3)`,
    [municipalityId, north, sanne],
  );
}
