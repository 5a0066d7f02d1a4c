import type { RawRecord } from './read-statistics-file.js';

// RIVM "Gezondheid per wijk en buurt" (Statline table 50090NED) is published without its metadata in our
// shared data. Titles follow the table's topics; a DataProperties file for 50090NED, when imported along,
// takes precedence. The figures are model-based estimates (kleine-domeinschattingen) from the
// Gezondheidsmonitor Volwassenen en Ouderen of GGD'en, CBS and RIVM, as a percentage of the age group.

export const RIVM_TABLE_ID = '50090NED';
export const RIVM_TABLE_INFO = {
  tableId: RIVM_TABLE_ID,
  title: 'Gezondheid per wijk en buurt',
  catalog: 'RIVM',
};

const BASE =
  'Modelmatige schatting (kleine-domeinschatting) van RIVM op basis van de Gezondheidsmonitor Volwassenen en Ouderen ' +
  'van GGD’en, CBS en RIVM; percentage van de inwoners in de leeftijdsgroep. Definitie: RIVM Statline, tabel 50090NED.';

const TOPICS: [key: string, title: string, note?: string][] = [
  ['ErvarenGezondheidGoedZeerGoed_4', 'Ervaren gezondheid goed/zeer goed'],
  ['VoldoetAanBeweegrichtlijn_5', 'Voldoet aan beweegrichtlijn'],
  ['WekelijkseSporters_6', 'Wekelijkse sporters'],
  ['Ondergewicht_7', 'Ondergewicht'],
  ['NormaalGewicht_8', 'Normaal gewicht'],
  ['Overgewicht_9', 'Overgewicht'],
  ['ErnstigOvergewicht_10', 'Ernstig overgewicht'],
  ['Roker_11', 'Roker'],
  ['VoldoetAanAlcoholRichtlijn_12', 'Voldoet aan alcoholrichtlijn'],
  ['Drinker_13', 'Drinker'],
  ['ZwareDrinker_14', 'Zware drinker'],
  ['OvermatigeDrinker_15', 'Overmatige drinker'],
  ['EenOfMeerLangdurigeAandoeningen_16', 'Eén of meer langdurige aandoeningen'],
  ['BeperktVanwegeGezondheid_17', 'Beperkt vanwege gezondheid'],
  ['ErnstigBeperktVanwegeGezondheid_18', 'Ernstig beperkt vanwege gezondheid'],
  ['LangdurigeZiekteEnBeperkt_19', 'Langdurige ziekte en beperkt'],
  ['EenOfMeerLichamelijkeBeperkingen_20', 'Eén of meer lichamelijke beperkingen'],
  ['BeperkingInHoren_21', 'Beperking in horen'],
  ['BeperkingInZien_22', 'Beperking in zien'],
  ['BeperkingInBewegen_23', 'Beperking in bewegen'],
  ['MatigHoogRisicoOpAngstOfDepressie_24', 'Matig/hoog risico op angststoornis of depressie'],
  ['HoogRisicoOpAngstOfDepressie_25', 'Hoog risico op angststoornis of depressie'],
  ['HeelVeelStressInAfgelopen4Weken_26', '(Heel) veel stress in afgelopen 4 weken'],
  ['MatigVeelRegieOverEigenLeven_27', 'Matig/veel regie over eigen leven'],
  ['Eenzaam_28', 'Eenzaam', 'Eenzaamheidsschaal van De Jong Gierveld.'],
  ['ErnstigZeerErnstigEenzaam_29', 'Ernstig/zeer ernstig eenzaam', 'Eenzaamheidsschaal van De Jong Gierveld.'],
  ['EmotioneelEenzaam_30', 'Emotioneel eenzaam'],
  ['SociaalEenzaam_31', 'Sociaal eenzaam'],
  ['Mantelzorger_32', 'Mantelzorger'],
  ['Vrijwilligerswerk_33', 'Vrijwilligerswerk'],
  ['LopenEnOfFietsenNaarSchoolOfWerk_34', 'Lopen en/of fietsen naar school of werk'],
  ['LopenNaarSchoolOfWerk_35', 'Lopen naar school of werk'],
  ['FietsenNaarSchoolOfWerk_36', 'Fietsen naar school of werk'],
  ['ErnstigeGeluidhinderDoorBuren_37', 'Ernstige geluidhinder door buren'],
  ['MoeiteMetRondkomen_38', 'Moeite met rondkomen'],
];

/** The 50090NED topics and dimensions in the shape of CBS DataProperties records. */
export const RIVM_PROPERTIES: RawRecord[] = [
  { Type: 'Dimension', Key: 'Leeftijd', Title: 'Leeftijd' },
  { Type: 'Dimension', Key: 'Marges', Title: 'Marges' },
  { Type: 'GeoDimension', Key: 'WijkenEnBuurten', Title: 'Wijken en buurten' },
  { Type: 'TimeDimension', Key: 'Perioden', Title: 'Perioden' },
  { Type: 'Topic', Key: 'Gemeentenaam_1', Title: 'Gemeentenaam', Datatype: 'String', Unit: 'naam' },
  { Type: 'Topic', Key: 'SoortRegio_2', Title: 'Soort regio', Datatype: 'String', Unit: 'omschrijving' },
  { Type: 'Topic', Key: 'Codering_3', Title: 'Codering', Datatype: 'String', Unit: 'code' },
  ...TOPICS.map(([key, title, note], index) => ({
    Type: 'Topic',
    Key: key,
    Title: title,
    Description: note ? `${BASE} ${note}` : BASE,
    Datatype: 'Double',
    Unit: '%',
    Decimals: 1,
    PresentationType: 'Relative',
    Position: index + 4,
  })),
];

/** Labels of the dimension codes in 50090NED. Only the value row (MW00000) of `Marges` is imported. */
export const RIVM_DIMENSION_LABELS: Record<string, Record<string, string>> = {
  Leeftijd: { '20300': '18 jaar of ouder', '80200': '65 jaar of ouder', '53105': '18 tot 65 jaar' },
};

/** Whether data columns are those of 50090NED (the shared RIVM files carry no table code). */
export function looksLikeRivmGezondheid(columns: string[]): boolean {
  const keys = new Set(TOPICS.map(([key]) => key));
  const topicColumns = columns.filter((column) => /_\d+$/.test(column) && !['Gemeentenaam_1', 'SoortRegio_2', 'Codering_3'].includes(column));
  // Mostly its columns: then it is this table, and the column check names the ones that do not fit.
  const known = topicColumns.filter((column) => keys.has(column)).length;
  return topicColumns.length > 0 && known >= 0.8 * topicColumns.length;
}
