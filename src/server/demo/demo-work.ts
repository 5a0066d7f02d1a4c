import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { type ActivityKind, type ActivityRole, suggestRole } from '../../shared/schemas/activity.js';
import { seededRandom } from '../../shared/seeded-random.js';

// Bergen op Zoom's partner network and the connectors' recent work, so the dashboards have something to
// show. The organisations exist (Stadlander, WijZijn Traversegroep, …); every person and figure is invented.

interface DemoOrganisation {
  name: string;
  type: string;
  sector: 'professional' | 'volunteer';
  areas: string[] | 'all';
  description: string;
  website?: string;
  isSubsidised?: boolean;
  accountManager?: string;
  relationHolder?: string;
  board?: { seats: number; vacancies: number; stoppedOn?: string };
  contacts: { name: string; role: string; email: string; phone?: string; legalBasis: 'consent' | 'public_task' | 'contract' }[];
  partnerUser?: string;
}

const ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Stadlander',
    type: 'housing_corporation',
    sector: 'professional',
    areas: 'all',
    website: 'https://www.stadlander.nl/',
    description: 'Woningcorporatie met het grootste deel van de huurwoningen in Bergen op Zoom.',
    relationHolder: 'coordinator@bergenopzoom.demo',
    contacts: [
      { name: 'Mark Verschuren', role: 'wijkconsulent Noord en Centrum', email: 'm.verschuren@stadlander.demo', phone: '0164 200 310', legalBasis: 'public_task' },
      { name: 'Ellen de Bruijn', role: 'wijkconsulent Zuid en Halsteren', email: 'e.debruijn@stadlander.demo', legalBasis: 'public_task' },
    ],
  },
  {
    name: 'WijZijn Traversegroep',
    type: 'welfare',
    sector: 'professional',
    areas: 'all',
    website: 'https://www.wijzijntraversegroep.nl/',
    description: 'Welzijnsorganisatie: opbouwwerk, jongerenwerk, ouderenwerk en mantelzorgondersteuning.',
    isSubsidised: true,
    accountManager: 'f.aarts@bergenopzoom.demo',
    relationHolder: 'coordinator@bergenopzoom.demo',
    partnerUser: 'partner@bergenopzoom.demo',
    contacts: [
      { name: 'Karin Smits', role: 'opbouwwerker', email: 'k.smits@wijzijn.demo', phone: '0164 200 410', legalBasis: 'contract' },
      { name: 'Ahmed Yilmaz', role: 'jongerenwerker', email: 'a.yilmaz@wijzijn.demo', legalBasis: 'contract' },
    ],
  },
  {
    name: 'Wijkcommissie Noord',
    type: 'wijkraad',
    sector: 'volunteer',
    areas: ['Noordelijke wijken'],
    description: 'Bewonerscommissie voor de Noordelijke wijken; vergadert elke tweede dinsdag van de maand.',
    relationHolder: 'wijkverbinder@bergenopzoom.demo',
    board: { seats: 7, vacancies: 2 },
    contacts: [{ name: 'Henk Peeters', role: 'voorzitter', email: 'voorzitter@wijkcommissienoord.demo', legalBasis: 'consent' }],
  },
  {
    name: 'Dorpsraad Lepelstraat',
    type: 'dorpsraad',
    sector: 'volunteer',
    areas: ['Lepelstraat'],
    description: 'Dorpsraad van de kern Lepelstraat. Gestopt bij gebrek aan bestuursleden.',
    relationHolder: 'l.mertens@bergenopzoom.demo',
    board: { seats: 5, vacancies: 5, stoppedOn: '2025-09-01' },
    contacts: [{ name: 'Gerda van Dorst', role: 'laatste secretaris', email: 'secretaris@dorpsraadlepelstraat.demo', legalBasis: 'consent' }],
  },
  {
    name: 'Buurtpreventieteam Gageldonk',
    type: 'buurtpreventieteam',
    sector: 'volunteer',
    areas: ['Gageldonk-Warande'],
    description: 'Bewoners lopen twee avonden per week een ronde en melden wat opvalt.',
    relationHolder: 'p.dekort@bergenopzoom.demo',
    board: { seats: 3, vacancies: 0 },
    contacts: [{ name: 'Lies Maas', role: 'coördinator', email: 'l.maas@bpt-gageldonk.demo', legalBasis: 'consent' }],
  },
  {
    name: 'Buurtpreventie Halsteren',
    type: 'buurtpreventieteam',
    sector: 'volunteer',
    areas: ['Halsteren'],
    description: 'WhatsApp-buurtpreventie en avondrondes in Halsteren.',
    relationHolder: 'r.suijkerbuijk@bergenopzoom.demo',
    contacts: [{ name: 'Jan Rijnierse', role: 'beheerder buurtapp', email: 'j.rijnierse@bp-halsteren.demo', legalBasis: 'consent' }],
  },
];

/** Per connector: how much of their time goes to fixing at the start and at the end of the twelve weeks. */
const CONNECTOR_WORK: { email: string; area: string; fixing: [number, number] }[] = [
  { email: 'wijkverbinder@bergenopzoom.demo', area: 'Noordelijke wijken', fixing: [0.45, 0.15] },
  { email: 'h.bastiaansen@bergenopzoom.demo', area: 'Fort-Zeekant-Markiezaten', fixing: [0.3, 0.3] },
  { email: 'y.elkaddouri@bergenopzoom.demo', area: 'Centrum', fixing: [0.2, 0.15] },
  { email: 'p.dekort@bergenopzoom.demo', area: 'Gageldonk-Warande', fixing: [0.35, 0.25] },
  { email: 'a.vanloon@bergenopzoom.demo', area: 'Borgvliet-Langeweg', fixing: [0.2, 0.2] },
  { email: 'k.tamer@bergenopzoom.demo', area: 'Bergse Plaat en Waterfront', fixing: [0.25, 0.2] },
  { email: 'r.suijkerbuijk@bergenopzoom.demo', area: 'Halsteren', fixing: [0.3, 0.6] },
  { email: 'l.mertens@bergenopzoom.demo', area: 'Lepelstraat', fixing: [0.25, 0.3] },
];

const NOTES: Record<ActivityRole, string[]> = {
  informing: ['Bewoners bijgepraat over de herinrichting van de straat.', 'Collega’s van Veiligheid uitgelegd wat er speelt in de wijk.', 'Nieuwsbrief voor de wijk samengesteld.'],
  agenda_setting: ['Terugkerende klachten over verkeer voorgelegd aan Verkeer en Vervoer.', 'Notitie over eenzaamheid onder ouderen voor het wijkoverleg.', 'Thema parkeren op de agenda van het college gezet.'],
  exploring: ['Met bewoners gekeken naar een plek voor een moestuin.', 'Schouw met de woningcorporatie langs de achterpaden.', 'Verkend of het buurthuis langer open kan.'],
  facilitating: ['Wijkoverleg met bewoners, woningcorporatie en wijkagent.', 'Gesprek tussen bewonersgroep en de afdeling Groen begeleid.', 'Leefbaarheidsgesprek voorbereid en geleid.'],
  fixing: ['Losliggende stoeptegel zelf doorgegeven en nagebeld.', 'Vraag over een kapotte lantaarnpaal afgehandeld.', 'Container op de stoep laten weghalen.'],
};

const KINDS: ActivityKind[] = ['contact', 'meeting', 'call', 'visit', 'work'];
const MINUTES = [30, 45, 60, 60, 90, 120];

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Loads the partner network, twelve weeks of activities and a year of answered referrals for Bergen op Zoom. */
export async function loadDemoWork(db: pg.PoolClient, municipalityId: string, today = new Date()): Promise<void> {
  const users = new Map(
    (await db.query<{ email: string; id: string }>('select email, id from users where municipality_id = $1', [municipalityId])).rows.map((r) => [r.email, r.id]),
  );
  const areas = new Map(
    (await db.query<{ name: string; id: string }>('select name, id from areas where municipality_id = $1', [municipalityId])).rows.map((r) => [r.name, r.id]),
  );
  const user = (email: string | undefined) => (email ? (users.get(email) ?? null) : null);

  // Every demo municipality's budgets started a year ago, so past weeks have their hours.
  await db.query(`update connector_hours set valid_from = current_date - 365 where valid_from = current_date`);
  const availability: Record<string, string> = {
    'wijkverbinder@bergenopzoom.demo': 'Maandag en donderdag. Spreekuur dinsdag 10–12 uur in het wijkgebouw in de Tuinwijk.',
    'r.suijkerbuijk@bergenopzoom.demo': 'Woensdag en vrijdagochtend; spreekuur vrijdag 9–10 uur in het dorpshuis.',
    'l.mertens@bergenopzoom.demo': 'Dinsdagmiddag; verder via e-mail.',
  };
  for (const [email, text] of Object.entries(availability)) {
    await db.query('insert into connector_profiles (user_id, municipality_id, availability) values ($1, $2, $3)', [user(email), municipalityId, text]);
  }

  const contactIds = new Map<string, string>();
  const organisationIds = new Map<string, string>();
  for (const org of ORGANISATIONS) {
    const { rows } = await db.query<{ id: string }>(
      `insert into organisations (municipality_id, name, type, sector, description, website, is_subsidised, account_manager_id, relation_holder_id,
         board_seats, board_vacancies, board_stopped_on)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
      [
        municipalityId, org.name, org.type, org.sector, org.description, org.website ?? null, org.isSubsidised ?? false,
        user(org.accountManager), user(org.relationHolder), org.board?.seats ?? null, org.board?.vacancies ?? null, org.board?.stoppedOn ?? null,
      ],
    );
    const id = rows[0]?.id as string;
    organisationIds.set(org.name, id);
    const areaIds = org.areas === 'all' ? [...areas.values()] : org.areas.map((name) => areas.get(name));
    await db.query('insert into organisation_areas (organisation_id, area_id, municipality_id) select $1, unnest($2::uuid[]), $3', [id, areaIds, municipalityId]);
    for (const contact of org.contacts) {
      const inserted = await db.query<{ id: string }>(
        `insert into contacts (municipality_id, organisation_id, name, role, email, phone, legal_basis, relation_holder_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
        [municipalityId, id, contact.name, contact.role, contact.email, contact.phone ?? null, contact.legalBasis, user(org.relationHolder)],
      );
      contactIds.set(contact.name, inserted.rows[0]?.id as string);
    }
    if (org.partnerUser) await db.query('update users set organisation_id = $1 where id = $2', [id, user(org.partnerUser)]);
  }
  // The dorpsraad stopped: the opbouwwerker and the wijkadviseur take over its overarching tasks.
  await db.query(
    `update organisations set fallback_adviser_id = $2, fallback_community_worker_id = $3,
       fallback_tasks = 'Het jaarlijkse leefbaarheidsgesprek, de dorpsschouw en het aanspreekpunt voor dorpsinitiatieven.'
     where id = $1`,
    [organisationIds.get('Dorpsraad Lepelstraat'), user('j.devries@bergenopzoom.demo'), contactIds.get('Karin Smits')],
  );
  const year = today.getUTCFullYear();
  await db.query(
    `insert into agreements (municipality_id, organisation_id, area_id, title, description, starts_on, created_by) values
       ($1, $2, $3, 'Gezamenlijke wijkschouw twee keer per jaar', 'Stadlander en de gemeente lopen in het voor- en najaar samen met de wijkcommissie door de wijk.', $6, $7),
       ($1, $4, $5, 'Opbouwwerk in Lepelstraat na het stoppen van de dorpsraad', 'Acht uur per week opbouwwerk, tot er weer een dorpsraad is.', '2025-09-01', $8)`,
    [
      municipalityId, organisationIds.get('Stadlander'), areas.get('Noordelijke wijken'), organisationIds.get('WijZijn Traversegroep'),
      areas.get('Lepelstraat'), `${year}-01-01`, user('wijkverbinder@bergenopzoom.demo'), user('coordinator@bergenopzoom.demo'),
    ],
  );
  await db.query(
    `insert into product_wishes (municipality_id, organisation_id, area_id, year, wish, status, status_note, created_by) values
       ($1, $2, $3, $5, 'Inloopochtend voor ouderen in de Tuinwijk', 'included', 'Opgenomen in de productafspraken.', $6),
       ($1, $2, $4, $5, 'Jongerenwerk op vrijdagavond in Lepelstraat', 'proposed', '', $7)`,
    [
      municipalityId, organisationIds.get('WijZijn Traversegroep'), areas.get('Noordelijke wijken'), areas.get('Lepelstraat'), year + 1,
      user('wijkverbinder@bergenopzoom.demo'), user('l.mertens@bergenopzoom.demo'),
    ],
  );

  await loadActivities(db, municipalityId, today, { users, areas, contactIds, organisationIds });
  await loadAnsweredReferrals(db, municipalityId, today, { users, areas });
}

async function loadActivities(
  db: pg.PoolClient,
  municipalityId: string,
  today: Date,
  ids: { users: Map<string, string>; areas: Map<string, string>; contactIds: Map<string, string>; organisationIds: Map<string, string> },
): Promise<void> {
  const random = seededRandom(748);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)] as T;
  const monday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - ((today.getUTCDay() + 6) % 7)));
  const organisationsOf: Record<string, string[]> = {
    'Noordelijke wijken': ['Wijkcommissie Noord', 'Stadlander'],
    Lepelstraat: ['WijZijn Traversegroep'],
    'Gageldonk-Warande': ['Buurtpreventieteam Gageldonk'],
    Halsteren: ['Buurtpreventie Halsteren'],
  };
  for (const work of CONNECTOR_WORK) {
    for (let week = 11; week >= 0; week--) {
      const fixingShare = work.fixing[0] + ((work.fixing[1] - work.fixing[0]) * (11 - week)) / 11;
      const count = 2 + Math.floor(random() * 3);
      for (let i = 0; i < count; i++) {
        const day = new Date(monday.getTime() + (-week * 7 + Math.floor(random() * 5)) * 86_400_000);
        if (day > today) continue;
        const kind = pick(KINDS);
        const suggested = suggestRole({ kind }).role;
        const role: ActivityRole = random() < fixingShare ? 'fixing' : random() < 0.8 ? suggested : pick(['informing', 'agenda_setting', 'exploring', 'facilitating']);
        const { rows } = await db.query<{ id: string }>(
          `insert into activities (municipality_id, user_id, area_id, kind, occurred_on, minutes, role, suggested_role, note)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
          [municipalityId, ids.users.get(work.email), ids.areas.get(work.area), kind, isoDate(day), pick(MINUTES), role, suggested, pick(NOTES[role])],
        );
        const organisation = organisationsOf[work.area] && random() < 0.4 ? pick(organisationsOf[work.area] as string[]) : undefined;
        if (organisation) {
          await db.query('insert into activity_organisations (activity_id, organisation_id, municipality_id) values ($1, $2, $3)', [
            rows[0]?.id,
            ids.organisationIds.get(organisation),
            municipalityId,
          ]);
        }
      }
    }
  }
}

/** Answered referrals of the past year, closed long enough ago to stay out of today's inbox and reminders. */
async function loadAnsweredReferrals(
  db: pg.PoolClient,
  municipalityId: string,
  today: Date,
  ids: { users: Map<string, string>; areas: Map<string, string> },
): Promise<void> {
  const random = seededRandom(164);
  // Per specialist: typical hours to acknowledge and to answer, and how often the answer comes late.
  // (Not the specialists the demo accounts table names: their own inbox stays empty.)
  const specialists = [
    { email: 'j.devries@bergenopzoom.demo', acknowledge: 6, answer: 50, late: 0.1 },
    { email: 'e.vermeulen@bergenopzoom.demo', acknowledge: 30, answer: 220, late: 0.5 },
    { email: 'n.bakker@bergenopzoom.demo', acknowledge: 48, answer: 300, late: 0.6 },
    { email: 'd.hoek@bergenopzoom.demo', acknowledge: 8, answer: 70, late: 0.15 },
  ];
  const questions = [
    'Kunnen jullie meekijken naar de verkeerssituatie bij de school?',
    'Is er budget voor extra groenonderhoud in dit deel van de wijk?',
    'Kan er een gesprek komen met de bewoners over de overlast?',
    'Past dit initiatief binnen het beleid voor duurzaamheid?',
    'Wie kan de bewonersgroep helpen met een subsidieaanvraag?',
  ];
  const connectors = CONNECTOR_WORK.slice(0, 6);
  for (let n = 0; n < 24; n++) {
    const connector = connectors[n % connectors.length] as (typeof CONNECTOR_WORK)[number];
    const specialist = specialists[Math.floor(random() * specialists.length)] as (typeof specialists)[number];
    const daysAgo = 130 + Math.floor(random() * 230);
    const createdAt = new Date(today.getTime() - daysAgo * 86_400_000);
    createdAt.setUTCHours(9, 0, 0, 0);
    const acknowledgeHours = Math.max(1, Math.round(specialist.acknowledge * (0.5 + random())));
    const answerHours = Math.max(acknowledgeHours + 1, Math.round(specialist.answer * (0.5 + random())));
    const isLate = random() < specialist.late;
    const answeredAt = new Date(createdAt.getTime() + answerHours * 3_600_000);
    const dueOn = isoDate(new Date(isLate ? answeredAt.getTime() - 2 * 86_400_000 : answeredAt.getTime() + 3 * 86_400_000));
    const { rows } = await db.query<{ id: string }>(
      `insert into signals (municipality_id, reference, text, channel, received_on, entered_by, area_id, kind, triage, themes, status,
         closing_state, closing_reason, tracking_token_hash, created_at, updated_at, closed_at)
       values ($1, $2, $3, 'gesprek', $4, $5, $6, 'area_issue', $7, '{}', 'closed', 'referred_to_department',
         'Doorverwezen en beantwoord (demo).', $8, $9, $10, $10)
       returning id`,
      [
        municipalityId,
        `S-DEMO-${String(n + 1).padStart(3, '0')}`,
        `Voorbeeldsignaal ${n + 1} uit ${connector.area}: ${questions[n % questions.length]}`,
        isoDate(createdAt),
        ids.users.get(connector.email),
        ids.areas.get(connector.area),
        JSON.stringify({ kind: 'area_issue', confidence: 1, themes: [], specialists: [], reason: 'Demogegeven.', regularChannel: null }),
        randomBytes(16).toString('hex'),
        createdAt,
        new Date(answeredAt.getTime() + 86_400_000),
      ],
    );
    await db.query(
      `insert into referrals (municipality_id, signal_id, specialist_id, created_by, question, due_on, status, created_at, seen_at, answered_at, answer)
       values ($1, $2, $3, $4, $5, $6, 'closed', $7, $8, $9, 'Beantwoord (demo).')`,
      [
        municipalityId, rows[0]?.id, ids.users.get(specialist.email), ids.users.get(connector.email), questions[n % questions.length], dueOn,
        createdAt, new Date(createdAt.getTime() + acknowledgeHours * 3_600_000), answeredAt,
      ],
    );
  }
}
