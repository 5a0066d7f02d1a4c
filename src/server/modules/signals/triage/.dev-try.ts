import pg from 'pg';
import { postgresStemmer, suggestTriage } from './triage.js';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const stem = postgresStemmer(pool);
const texts = process.argv.slice(2).length ? process.argv.slice(2) : [
  'lamp kapot hoek kerkstraat', 'lantarenpaal brand niet', 'stoepteggel los', 'vuilnis zakken naast de container', 'hondepoep op straat',
  'graffiti op de muur', 'er ligt een gat in de weg', 'auto fout geparkeerd op de stoep', 'ratten bij de container', 'herrie van de buren vannacht',
  'boom omgewaaid', 'eenzaamheid onder ouderen in de wijk', 'jongeren hangen al maanden elke avond rond bij het winkelcentrum',
  'wij willen een speeltuin in de buurt', 'mijn uitkering is niet betaald', 'hoe vraag ik een parkeervergunning aan',
  'de wijkraad stopt ermee', 'parkeerdruk in de hele wijk', 'de straat loopt na elke regenbui onder, al jaren',
  'Als bewoners van de Bomenbuurt maken wij ons zorgen over de leefbaarheid. Er is geen ontmoetingsplek, veel ouderen zijn eenzaam en jongeren hangen rond. Ook ligt er al lang een gat in de weg. Wij willen graag met de gemeente in gesprek.',
  'glasbak vol', 'kliko kapot', 'bankje stuk', 'wespennest', 'boomwortels', 'zwerfvuil', 'grofvuil', 'put verstopt', 'water op straat', 'tak',
  'te weinig prullenbakken in de wijk', 'ik wil een boom kappen in mijn tuin', 'mijn buurman maakt steeds lawaai, kan iemand bemiddelen',
  'verkeersveiligheid bij de school', 'er wordt hard gereden in onze straat, graag drempels', 'kunnen er meer prullenbakken in het park',
  'eikenprocessierups', 'dode kat', 'scooter rijdt op de stoep', 'wateroverlast', 'vernieling bushokje', 'ijzel',
];
for (const text of texts) {
  const s = await suggestTriage({ stem, sharedDataDir: '/work/shared/data', text });
  console.log(`${s.kind.padEnd(20)} ${s.confidence.toFixed(2)} [${s.themes.join(',')}] ${s.category ? s.category.main + ' > ' + s.category.name : ''}\n   ${text.slice(0, 90)}\n   → ${s.reason}`);
}
await pool.end();
