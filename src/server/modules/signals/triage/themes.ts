import { THEME_KEYS, THEMES, type Theme } from '../../../../shared/schemas/signal-vocabulary.js';

/**
 * Word patterns per theme, matched on the lowercased text without accents. They extend the expertise
 * words of THEMES with the words residents use; a theme needs a real hit, not a guess.
 */
const THEME_PATTERNS: Record<Theme, RegExp[]> = {
  'openbare-ruimte': [
    /\bstoep/, /tegel/, /\bbestrating/, /\bwegdek/, /\bgat(en)?\b/, /\bkuil/, /\bklinker/, /\basfalt/, /lantaa?r[ea]?n/, /\blamp/,
    /verlichting/, /\bbankje/, /\bput(ten|je|deksel)?\b/, /riool|riolering/, /\bkolk/, /\bplein/, /\btrottoir/, /verzak/,
    /straatmeubilair/, /openbare ruimte/, /\bherinrichting/, /\binrichting/, /\bgraffiti|grafitti|beklad/, /\bbrug/, /wateroverlast/,
    /\bonderhoud/, /\bhek\b/, /\bgoot\b/, /\bgladheid|\bglad\b|strooi/, /regenbui|hoosbui|hevige regen|onder water|blank\b/,
  ],
  groen: [
    /groen/, /\bbo+m/, /bomen\b/, /\btak(ken)?\b/, /\bstruik/, /\bgras/, /\bplant/, /\bpark(je|en)?\b/,
    /\bsnoei/, /\bmaai/, /\bbloem/, /\bheg(gen)?\b/, /moestuin|pluktuin|geveltuin|beweegtuin/, /onkruid/, /processierups/,
    /duizendknoop/, /\bbladeren/, /\bplantsoen/, /\bvijver/, /\bsloot/,
  ],
  afval: [
    /afval/, /\bvuil/, /zwerfvuil|zwervuil/, /vuilnis|vuilniz/, /container|containr/, /prulle?n?bak/, /\bkliko/, /\bdump/, /gedumpt/,
    /\brommel/, /\btroep/, /\brotzooi/, /\bpeuk/, /blikje/, /glasbak/, /\bgft\b/, /\bpmd\b/, /grofvuil|grof vuil/, /\bpuin/,
    /bijplaatsing/, /matras/, /\bzakken\b/, /opschoon|opruim/, /poep|stront|uitwerpselen/,
  ],
  verkeer: [
    /verkeer/, /parkeer|parkeren|geparkeerd/, /\bauto/, /\bfiets/, /\bdrempel/, /oversteek|zebrapad/, /kruising|kruispunt/, /rotonde/,
    /\bhard\s+(rijden|gereden|rijdt)/, /\bracen|\bscheuren\b/, /stoplicht|verkeerslicht/, /verkeersbord/, /schoolroute/, /sluipverkeer/,
    /vrachtwagen|vrachtverkeer/, /\bbus(je|sen)?\b/, /laadpa(a)?l|oplaadp/, /\bbelijning/, /\bsnelheid/,
  ],
  veiligheid: [
    /\boverlast/, /onveilig/, /\bveilig/, /inbra(a)?k|inbrekers|inbraken/, /\bdrugs|\bdeal/, /\bdrank|dronken/, /vandalisme|vernield/,
    /vuurwerk/, /lastig/, /bedreig/, /\blawaai|\bherrie|geluid/, /\bpolitie|wijkagent/, /criminal|ondermijning/, /hennep|\bwiet/,
    /buurtpreventie/, /schietpartij/, /\bverward/, /coffeeshop/, /lachgas/, /hangplek|hangjonger|rondhang|\bhangen\b.{0,40}\brond\b/,
  ],
  handhaving: [
    /handhav/, /\bboa/, /\bbekeuring|\bboete/, /fout\s*geparkeerd|foutparkeren/, /op de stoep geparkeerd/, /\billegaal/, /\bverboden/,
    /\bcontrole/, /\btoezicht/, /zonder vergunning/, /\bwildplas/, /\baanlijn/,
  ],
  sociaal: [
    /eenza(a)?m/, /vereenza/, /mantelzorg/, /\bzorg\b|thuiszorg|wijkverpleging/, /\bwmo\b/, /armoede/, /\bschuld/, /rondkomen|rond te komen/,
    /voedselbank/, /uitkering|bijstand|toeslag/, /dementie|dementerend/, /\bhulp\b|huishoudelijke hulp/, /ondersteuning|begeleiding/,
    /welzijn/, /\bsociaal|sociale/, /kwetsba/, /\bisolement|geisoleerd/, /scootmobiel|traplift|rolstoel/, /psychisch/, /\bouderen\b/,
    /statushouder|taalcafe/, /dagbesteding/, /geld tekort|weinig geld/,
  ],
  jeugd: [
    /jongeren|jongens|jeugd/, /\bkinderen|\bkids\b/, /tieners|pubers/, /hangjonger/, /jongerenwerk/, /\bhonk\b/, /\bspijbel/,
    /jeugdhulp/, /\bschool/,
  ],
  wonen: [
    /\bwoning/, /\bhuis\b|\bhuizen\b/, /\bhuur/, /verhuurder/, /corporatie|woningstichting|huurdersvereniging/, /nieuwbouw/, /bouwplan/,
    /\bhoogbouw/, /\bflat/, /\bportiek/, /schimmel|lekkage|\bvocht/, /woningbouw/, /\bstarters/, /urgentie/, /\bsloop/,
    /arbeidsmigrant/, /leegstand|leeg te staan/, /\bverhuis/, /\bazc\b/, /renovat/,
  ],
  duurzaamheid: [
    /duurza(a)?m/, /energie/, /zonnepane/, /isolat|isoler/, /warmtepomp/, /van het gas af|aardgasvrij/, /\bklimaat/, /hittestress|hitte/,
    /wateroverlast|regenwater|regenton|regenbui|hoosbui|hevige regen|onder(gelopen|lopen)|lopen .{0,20}onder/, /tegelwip|tegels eruit/, /versteend|vergroen/,
  ],
  'spelen-sport': [
    /speeltuin|speelplek|speelplaats|speelveld/, /speeltoestel/, /\bschommel/, /glijbaan/, /\bwip\b/, /trapveld/, /voetbal/, /\bsport/,
    /basketbal/, /\bskate/, /pannakooi|voetbalkooi/, /zandbak/, /klimrek/, /\bspelen\b/, /beweegtuin|\bbewegen\b/, /jeu de boules/,
  ],
  voorzieningen: [
    /buurthuis|dorpshuis|wijkcentrum|wijksteunpunt/, /ontmoet/, /\bbibliothe/, /huisarts/, /pinautomaat/,
    /\b(supermarkt|winkel\w*|postkantoor|bank)\b.{0,40}\b(sluit|dicht|verdwijnt|vertrekt|leeg)/, /\b(geen|te weinig|missen)\b.{0,30}\b(winkel|supermarkt|voorziening)/,
    /\bbus rijdt/, /openbaar vervoer/, /koffieochtend|inloop|huiskamer/, /\bruimte voor/, /voorziening/, /\bspreekuur/,
  ],
  participatie: [
    /initiatief/, /wijkraad|dorpsraad|wijkcommissie|buurtvereniging|bewonersvereniging|bewonerscommissie/, /vrijwillig/,
    /meedenk|meedenken|denkt er mee|meepraten|inspraak/, /participatie/, /bewonersavond|bijeenkomst/, /buurtfeest|straatfeest/,
    /\borganiseren/, /\bidee/, /wijkbudget/, /bestuursleden|bestuur\b|voorzitter/, /\bniet gehoord/, /\bsamen met (de )?(bewoners|buurt)/,
    /leefbaarheidsgesprek/, /\bwij willen|\bwe willen/,
  ],
};

/** The themes of a Signalen sub-category (by slug), else of its main group. */
const SUB_CATEGORY_THEMES: { pattern: RegExp; themes: Theme[] }[] = [
  { pattern: /^(parkeeroverlast|auto-scooter-bromfietswrak)$/, themes: ['verkeer', 'handhaving'] },
  { pattern: /parkeer|verkeer|omleiding|bewegwijzering|oplaadpunt|verzinkbare|fietsrek|fietswrak/, themes: ['verkeer'] },
  { pattern: /speelplaats|sportvoorziening/, themes: ['spelen-sport'] },
  { pattern: /jongerenoverlast/, themes: ['jeugd', 'veiligheid'] },
  { pattern: /graffiti|onkruid-verharding|gladheid|putriolering/, themes: ['openbare-ruimte'] },
  { pattern: /zwerfvuil|prullenbak|uitwerpselen|drijfvuil|handhaving-op-afval/, themes: ['afval'] },
];

const MAIN_GROUP_THEMES: Record<string, Theme[]> = {
  afval: ['afval'],
  'wegen-verkeer-straatmeubilair': ['openbare-ruimte'],
  'civiele-constructies': ['openbare-ruimte'],
  'overlast-in-de-openbare-ruimte': ['openbare-ruimte'],
  'overlast-op-het-water': ['openbare-ruimte'],
  'overlast-van-dieren': ['openbare-ruimte'],
  schoon: ['openbare-ruimte'],
  'openbaar-groen-en-water': ['groen'],
  'overlast-van-en-door-personen-of-groepen': ['veiligheid'],
  'overlast-bedrijven-en-horeca': ['veiligheid'],
  ondermijning: ['veiligheid'],
  wonen: ['wonen'],
};

export function themesOfCategory(category: { mainSlug: string; slug: string }): Theme[] {
  const rule = SUB_CATEGORY_THEMES.find((candidate) => candidate.pattern.test(category.slug));
  return rule ? rule.themes : (MAIN_GROUP_THEMES[category.mainSlug] ?? []);
}

/** THEMES' own expertise words, matched at the start of a word: 'overlast' is not in 'wateroverlast'. */
const EXPERTISE_PATTERNS = Object.fromEntries(
  THEME_KEYS.map((theme) => [theme, THEMES[theme].expertise.map((word) => new RegExp(`\\b${word}`))]),
) as Record<Theme, RegExp[]>;

/**
 * Every pattern with its theme. Most match inside one word (no space, no '.', no '\s'): those are tried
 * once per distinct word and the word's hits kept (WORD_HITS), since a resident's words are mostly the same
 * few thousand; only the few that span words are matched against the text itself.
 */
const PATTERNS = THEME_KEYS.flatMap((theme) => [...THEME_PATTERNS[theme], ...EXPERTISE_PATTERNS[theme]].map((pattern) => ({ theme, pattern })));
const spansWords = (pattern: RegExp) => /[ .^$]|\\[sSWD]|\[\^/.test(pattern.source);
const IN_WORD = PATTERNS.flatMap((entry, index) => (spansWords(entry.pattern) ? [] : [index]));
const ACROSS_WORDS = PATTERNS.flatMap((entry, index) => (spansWords(entry.pattern) ? [index] : []));
/** All patterns that span words, as one: most texts have none of them. */
const ANY_ACROSS_WORDS = new RegExp(ACROSS_WORDS.map((index) => `(?:${(PATTERNS[index] as { pattern: RegExp }).pattern.source})`).join('|'));

/** Street and neighbourhood names ("Kerkstraat", "Bomenbuurt") say nothing about the theme. */
const PLACE_NAME = /^\w{2,}(straat|laan|weg|buurt|singel|kade|dreef|gracht|dijk|hof|erf)$/;

/** Per word: whether it names a place, else the patterns (by index in PATTERNS) that match inside it. */
const WORD_HITS = new Map<string, readonly number[] | null>();
const WORD_HITS_LIMIT = 100_000;

function hitsInWord(word: string): readonly number[] | null {
  let hits = WORD_HITS.get(word);
  if (hits === undefined) {
    hits = PLACE_NAME.test(word) ? null : IN_WORD.filter((index) => (PATTERNS[index] as { pattern: RegExp }).pattern.test(word));
    if (WORD_HITS.size >= WORD_HITS_LIMIT) WORD_HITS.clear();
    WORD_HITS.set(word, hits);
  }
  return hits;
}

/**
 * Up to three themes: word patterns in the text, the Signalen category's themes, and the themes the
 * connector gave to similar earlier signals (`neighbours`, with their similarity 0..1).
 */
export function suggestThemes(options: {
  /** The text's words, as tokenize gives them (the classifier has them already). */
  words: readonly string[];
  categoryThemes: readonly Theme[];
  neighbours: readonly { themes: readonly Theme[]; similarity: number }[];
}): Theme[] {
  const scores = new Map<Theme, number>();
  const add = (theme: Theme, amount: number) => scores.set(theme, (scores.get(theme) ?? 0) + amount);
  // Each pattern counts once per text, however many words it matches.
  const matched = new Set<number>();
  const kept: string[] = [];
  for (const word of options.words) {
    const hits = hitsInWord(word);
    if (hits === null) continue;
    kept.push(word);
    for (const index of hits) matched.add(index);
  }
  const normalised = kept.join(' ');
  if (ANY_ACROSS_WORDS.test(normalised)) {
    for (const index of ACROSS_WORDS) if ((PATTERNS[index] as { pattern: RegExp }).pattern.test(normalised)) matched.add(index);
  }
  for (const index of matched) add((PATTERNS[index] as { theme: Theme }).theme, 1);
  for (const theme of options.categoryThemes) add(theme, 1.5);
  for (const neighbour of options.neighbours) {
    for (const theme of neighbour.themes) add(theme, 2 * neighbour.similarity);
  }
  return [...scores.entries()]
    .filter(([, score]) => score >= 1)
    .sort((a, b) => b[1] - a[1] || THEME_KEYS.indexOf(a[0]) - THEME_KEYS.indexOf(b[0]))
    .slice(0, 3)
    .map(([theme]) => theme);
}
