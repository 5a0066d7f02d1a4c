import type { Role } from '../../shared/schemas/common.js';
import type { RegularChannel, Theme } from '../../shared/schemas/municipality.js';

// Geography is real (CBS wijk- en buurtkaart 2022); the people are invented.

export const DEMO_BOUNDARY_FILES = [
  'cbs-gebieden/wijk_2022_gm0400_gm0597_gm0748.geojson',
  'cbs-gebieden/buurt_2022_gm0400_gm0597_gm0748.geojson',
];

export interface DemoPerson {
  email: string;
  name: string;
  roles: Role[];
  jobTitle?: string;
  department?: string;
  phone?: string;
  expertise?: string[];
}

export interface DemoArea {
  name: string;
  kind: 'wijk' | 'kern';
  regionCodes: string[];
  connectors: { email: string; hoursPerWeek: number }[];
  alderman: string;
  adviser?: string;
}

export interface DemoMunicipality {
  id: string;
  connectorTitle: string;
  websiteUrl: string;
  theme: Theme;
  regularChannels: RegularChannel[];
  people: DemoPerson[];
  /** Areas as the municipality defines them; absent: one area per CBS district, connectors by `districtConnectors`. */
  areas?: DemoArea[];
  districtConnectors?: { emails: string[]; hoursPerWeek: number; alderman: string };
}

const BERGEN_OP_ZOOM_CHANNELS: RegularChannel[] = [
  {
    name: 'BuitenBeter-app',
    url: 'https://www.buitenbeter.nl/',
    description: 'Meld een kapotte lantaarnpaal, zwerfafval, een losliggende stoeptegel of ander probleem in de openbare ruimte.',
  },
  {
    name: 'Melding openbare ruimte op de website',
    url: 'https://www.bergenopzoom.nl/',
    description: 'Voor meldingen zonder app.',
  },
  {
    name: 'Toegang sociaal domein',
    url: 'https://www.bergenopzoom.nl/',
    description: 'Voor persoonlijke vragen over zorg, werk en inkomen.',
  },
];

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  {
    id: 'GM0748',
    connectorTitle: 'wijkverbinder',
    websiteUrl: 'https://www.bergenopzoom.nl/',
    theme: {
      primaryColor: '#00548f',
      primaryTextColor: '#ffffff',
      linkColor: '#00548f',
      headerBackgroundColor: '#00548f',
      headerTextColor: '#ffffff',
    },
    regularChannels: BERGEN_OP_ZOOM_CHANNELS,
    people: [
      { email: 'beheerder@bergenopzoom.demo', name: 'Ilse Verhoeven', roles: ['administrator'], jobTitle: 'Functioneel beheerder', department: 'Informatievoorziening' },
      { email: 'coordinator@bergenopzoom.demo', name: 'Marco van Gils', roles: ['coordinator'], jobTitle: 'Coördinator wijkaanpak leefbaarheid', department: 'Maatschappelijke Ontwikkeling' },
      { email: 'wijkverbinder@bergenopzoom.demo', name: 'Sanne Rijnders', roles: ['connector'], jobTitle: 'Beleidsmedewerker wonen', department: 'Stedelijke Ontwikkeling', phone: '0164 277 101' },
      { email: 'h.bastiaansen@bergenopzoom.demo', name: 'Hans Bastiaansen', roles: ['connector'], jobTitle: 'Medewerker realisatie & beheer', department: 'Stedelijke Ontwikkeling', phone: '0164 277 102' },
      { email: 'y.elkaddouri@bergenopzoom.demo', name: 'Yasmina El Kaddouri', roles: ['connector'], jobTitle: 'Beleidsmedewerker jeugd', department: 'Maatschappelijke Ontwikkeling', phone: '0164 277 103' },
      { email: 'p.dekort@bergenopzoom.demo', name: 'Peter de Kort', roles: ['connector'], jobTitle: 'Projectleider openbare ruimte', department: 'Stedelijke Ontwikkeling', phone: '0164 277 104' },
      { email: 'a.vanloon@bergenopzoom.demo', name: 'Anouk van Loon', roles: ['connector'], jobTitle: 'Adviseur duurzaamheid', department: 'Stedelijke Ontwikkeling', phone: '0164 277 105' },
      { email: 'r.suijkerbuijk@bergenopzoom.demo', name: 'Rob Suijkerbuijk', roles: ['connector'], jobTitle: 'Medewerker vergunningen', department: 'Dienstverlening', phone: '0164 277 106' },
      { email: 'l.mertens@bergenopzoom.demo', name: 'Lotte Mertens', roles: ['connector'], jobTitle: 'Beleidsmedewerker sport', department: 'Maatschappelijke Ontwikkeling', phone: '0164 277 107' },
      { email: 'k.tamer@bergenopzoom.demo', name: 'Kerem Tamer', roles: ['connector'], jobTitle: 'Medewerker economische zaken', department: 'Stedelijke Ontwikkeling', phone: '0164 277 108' },
      { email: 'wethouder@bergenopzoom.demo', name: 'Jolanda Buijs', roles: ['alderman'], jobTitle: 'Wethouder', department: 'College van B&W' },
      { email: 'w.vandenberg@bergenopzoom.demo', name: 'Wim van den Berg', roles: ['alderman'], jobTitle: 'Wethouder', department: 'College van B&W' },
      { email: 'm.oerlemans@bergenopzoom.demo', name: 'Monique Oerlemans', roles: ['alderman'], jobTitle: 'Wethouder', department: 'College van B&W' },
      { email: 'specialist@bergenopzoom.demo', name: 'Ruud Hendrikx', roles: ['specialist'], jobTitle: 'Veiligheidsfunctionaris', department: 'Veiligheid', phone: '0164 277 201', expertise: ['veiligheid', 'ondermijning', 'buurtpreventie'] },
      { email: 'e.vermeulen@bergenopzoom.demo', name: 'Eline Vermeulen', roles: ['specialist'], jobTitle: 'Medewerker realisatie & beheer', department: 'Stedelijke Ontwikkeling', phone: '0164 277 202', expertise: ['realisatie & beheer', 'groen', 'speeltoestellen', 'wegen'] },
      { email: 'f.aarts@bergenopzoom.demo', name: 'Fatima Aarts', roles: ['specialist'], jobTitle: 'Beleidsadviseur sociaal domein', department: 'Maatschappelijke Ontwikkeling', phone: '0164 277 203', expertise: ['sociaal domein', 'eenzaamheid', 'mantelzorg'] },
      { email: 'd.hoek@bergenopzoom.demo', name: 'Dirk Hoek', roles: ['specialist'], jobTitle: 'Adviseur duurzaamheid', department: 'Stedelijke Ontwikkeling', phone: '0164 277 204', expertise: ['duurzaamheid', 'energietransitie', 'klimaatadaptatie'] },
      { email: 'n.bakker@bergenopzoom.demo', name: 'Naima Bakker', roles: ['specialist'], jobTitle: 'Toezichthouder', department: 'Handhaving', phone: '0164 277 205', expertise: ['handhaving', 'parkeren', 'overlast'] },
      { email: 'j.devries@bergenopzoom.demo', name: 'Joost de Vries', roles: ['specialist'], jobTitle: 'Wijkadviseur', department: 'Maatschappelijke Ontwikkeling', phone: '0164 277 206', expertise: ['participatie', 'bewonersinitiatieven'] },
      { email: 'partner@bergenopzoom.demo', name: 'Karin Smits', roles: ['partner'], jobTitle: 'Opbouwwerker', department: 'WijZijn Traversegroep' },
    ],
    areas: [
      {
        name: 'Noordelijke wijken',
        kind: 'wijk',
        regionCodes: ['BU07480100', 'BU07480101', 'BU07480102', 'BU07480103'],
        connectors: [{ email: 'wijkverbinder@bergenopzoom.demo', hoursPerWeek: 4 }],
        alderman: 'wethouder@bergenopzoom.demo',
        adviser: 'j.devries@bergenopzoom.demo',
      },
      {
        name: 'Fort-Zeekant-Markiezaten',
        kind: 'wijk',
        regionCodes: ['BU07480004', 'BU07480005', 'BU07480301'],
        connectors: [{ email: 'h.bastiaansen@bergenopzoom.demo', hoursPerWeek: 4 }],
        alderman: 'wethouder@bergenopzoom.demo',
        adviser: 'j.devries@bergenopzoom.demo',
      },
      {
        name: 'Centrum',
        kind: 'wijk',
        regionCodes: ['BU07480000', 'BU07480001', 'BU07480002', 'BU07480003', 'BU07480006'],
        connectors: [{ email: 'y.elkaddouri@bergenopzoom.demo', hoursPerWeek: 6 }],
        alderman: 'w.vandenberg@bergenopzoom.demo',
        adviser: 'j.devries@bergenopzoom.demo',
      },
      {
        name: 'Gageldonk-Warande',
        kind: 'wijk',
        regionCodes: ['BU07480200', 'BU07480201', 'BU07480202', 'BU07480203'],
        connectors: [{ email: 'p.dekort@bergenopzoom.demo', hoursPerWeek: 4 }],
        alderman: 'w.vandenberg@bergenopzoom.demo',
        adviser: 'j.devries@bergenopzoom.demo',
      },
      {
        name: 'Borgvliet-Langeweg',
        kind: 'wijk',
        regionCodes: ['BU07480204', 'BU07480205', 'BU07480206', 'BU07480208', 'BU07480209'],
        connectors: [{ email: 'a.vanloon@bergenopzoom.demo', hoursPerWeek: 3 }],
        alderman: 'm.oerlemans@bergenopzoom.demo',
        adviser: 'j.devries@bergenopzoom.demo',
      },
      {
        name: 'Bergse Plaat en Waterfront',
        kind: 'wijk',
        regionCodes: ['BU07480300', 'BU07480302', 'BU07480306', 'BU07480308', 'BU07480309'],
        connectors: [{ email: 'k.tamer@bergenopzoom.demo', hoursPerWeek: 3 }],
        alderman: 'm.oerlemans@bergenopzoom.demo',
        adviser: 'j.devries@bergenopzoom.demo',
      },
      {
        name: 'Halsteren',
        kind: 'kern',
        regionCodes: ['BU07480400', 'BU07480401', 'BU07480402', 'BU07480403', 'BU07480404', 'BU07480405', 'BU07480408', 'BU07480409'],
        connectors: [{ email: 'r.suijkerbuijk@bergenopzoom.demo', hoursPerWeek: 4 }],
        alderman: 'wethouder@bergenopzoom.demo',
        adviser: 'j.devries@bergenopzoom.demo',
      },
      {
        name: 'Lepelstraat',
        kind: 'kern',
        regionCodes: ['BU07480500', 'BU07480507', 'BU07480508', 'BU07480509'],
        connectors: [{ email: 'l.mertens@bergenopzoom.demo', hoursPerWeek: 2 }],
        alderman: 'w.vandenberg@bergenopzoom.demo',
        adviser: 'j.devries@bergenopzoom.demo',
      },
    ],
  },
  {
    id: 'GM0400',
    connectorTitle: 'wijkmanager',
    websiteUrl: 'https://www.denhelder.nl/',
    theme: { primaryColor: '#004f7c', primaryTextColor: '#ffffff', linkColor: '#004f7c', headerBackgroundColor: '#004f7c', headerTextColor: '#ffffff' },
    regularChannels: [
      { name: 'Melding openbare ruimte', url: 'https://www.denhelder.nl/', description: 'Meld problemen in de openbare ruimte via de website.' },
    ],
    people: [
      { email: 'beheerder@denhelder.demo', name: 'Tom Koning', roles: ['administrator'], jobTitle: 'Functioneel beheerder' },
      { email: 'wijkmanager.oost@denhelder.demo', name: 'Marieke Boon', roles: ['connector'], jobTitle: 'Wijkmanager', phone: '0223 67 1001' },
      { email: 'wijkmanager.west@denhelder.demo', name: 'Erik Zijlstra', roles: ['connector'], jobTitle: 'Wijkmanager', phone: '0223 67 1002' },
      { email: 'wethouder@denhelder.demo', name: 'Greetje Kos', roles: ['alderman'], jobTitle: 'Wethouder' },
    ],
    districtConnectors: {
      emails: ['wijkmanager.oost@denhelder.demo', 'wijkmanager.west@denhelder.demo'],
      hoursPerWeek: 18,
      alderman: 'wethouder@denhelder.demo',
    },
  },
  {
    id: 'GM0597',
    connectorTitle: 'wijkregisseur',
    websiteUrl: 'https://www.ridderkerk.nl/',
    theme: { primaryColor: '#00703c', primaryTextColor: '#ffffff', linkColor: '#00703c', headerBackgroundColor: '#00703c', headerTextColor: '#ffffff' },
    regularChannels: [
      { name: 'BuitenBeter-app', url: 'https://www.buitenbeter.nl/', description: 'Meld problemen in de openbare ruimte met de app.' },
      { name: 'Melding openbare ruimte', url: 'https://www.ridderkerk.nl/', description: 'Meld problemen via de website.' },
    ],
    people: [
      { email: 'beheerder@ridderkerk.demo', name: 'Bas Verhoef', roles: ['administrator'], jobTitle: 'Functioneel beheerder' },
      { email: 'wijkregisseur.noord@ridderkerk.demo', name: 'Ingrid Molenaar', roles: ['connector'], jobTitle: 'Wijkregisseur', phone: '0180 45 1001' },
      { email: 'wijkregisseur.zuid@ridderkerk.demo', name: 'Ahmed Bouali', roles: ['connector'], jobTitle: 'Wijkregisseur', phone: '0180 45 1002' },
      { email: 'wethouder@ridderkerk.demo', name: 'Cor van Vliet', roles: ['alderman'], jobTitle: 'Wethouder' },
    ],
    districtConnectors: {
      emails: ['wijkregisseur.noord@ridderkerk.demo', 'wijkregisseur.zuid@ridderkerk.demo'],
      hoursPerWeek: 18,
      alderman: 'wethouder@ridderkerk.demo',
    },
  },
];

/** The demo accounts listed by `npm start` and the README (one per role, Bergen op Zoom). */
export const DEMO_ACCOUNTS = DEMO_MUNICIPALITIES[0]?.people
  .filter((person) => /^(beheerder|coordinator|wijkverbinder|specialist|wethouder|partner)@/.test(person.email))
  .map((person) => ({ email: person.email, role: person.roles[0] as Role, name: person.name })) ?? [];
