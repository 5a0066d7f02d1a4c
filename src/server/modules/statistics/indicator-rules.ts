/**
 * How an indicator's values of several regions make one value for an area, and which direction is
 * favourable. Only rules we can defend: a count adds up; a rate or percentage is a weighted mean only
 * when its own denominator is in the same table and year; everything else is "not available".
 */

export type Aggregation = 'sum' | 'weighted_mean' | 'none';

export interface TopicFacts {
  key: string;
  title: string;
  unit: string;
  presentation: string;
  datatype: string;
}

/** The key without CBS's position suffix: AantalInwoners_5 → AantalInwoners. Same concept across years. */
export const conceptOf = (key: string) => key.replace(/_\d+$/, '');

// Units whose values count things or measure surface: the value of two regions is their sum.
const ADDITIVE_UNITS = new Set(['aantal', 'ha', 'km²']);

// Rates whose denominator CBS publishes in the same table: weighted by that denominator, the mean is exact
// (up to the source's rounding). Keyed by concept; the weight is a concept of the same table.
const WEIGHTS: Record<string, string> = {
  Bevolkingsdichtheid: 'OppervlakteLand',
  GeboorteRelatief: 'AantalInwoners',
  SterfteRelatief: 'AantalInwoners',
  WmoClientenRelatief: 'AantalInwoners',
  PercentageEengezinswoning: 'Woningvoorraad',
  PercentageTussenwoningEengezins: 'Woningvoorraad',
  PercentageHoekwoningEengezins: 'Woningvoorraad',
  PercentageTweeOnderEenKapWoningEe: 'Woningvoorraad',
  PercentageVrijstaandeWoningEengezins: 'Woningvoorraad',
  PercentageMeergezinswoning: 'Woningvoorraad',
  Koopwoningen: 'Woningvoorraad',
  HuurwoningenTotaal: 'Woningvoorraad',
  InBezitWoningcorporatie: 'Woningvoorraad',
  InBezitOverigeVerhuurders: 'Woningvoorraad',
  BouwjaarMeerDanTienJaarGeleden: 'Woningvoorraad',
  BouwjaarAfgelopenTienJaar: 'Woningvoorraad',
};

// Where a higher value is the better outcome (the priority index then counts a low value as attention).
const HIGHER_IS_BETTER = new Set([
  'ErvarenGezondheidGoedZeerGoed',
  'VoldoetAanBeweegrichtlijn',
  'WekelijkseSporters',
  'NormaalGewicht',
  'VoldoetAanAlcoholRichtlijn',
  'MatigVeelRegieOverEigenLeven',
  'Vrijwilligerswerk',
  'LopenEnOfFietsenNaarSchoolOfWerk',
  'LopenNaarSchoolOfWerk',
  'FietsenNaarSchoolOfWerk',
  'Nettoarbeidsparticipatie',
  'GemiddeldInkomenPerInwoner',
  'GemiddeldInkomenPerInkomensontvanger',
  'GemGestandaardiseerdInkomenVanHuish',
  'MediaanVermogenVanParticuliereHuish',
]);

/** The aggregation rule of a topic, given the concepts → keys of its own table. */
export function aggregationOf(topic: TopicFacts, keysByConcept: Map<string, string>): { aggregation: Aggregation; weightKey: string | null } {
  const concept = conceptOf(topic.key);
  const isAverage = /^gem(\.|iddeld|\s)/i.test(topic.title) || /gemiddeld/i.test(topic.key);
  // CBS marks counts 'Absolute'; CSV DataProperties of some tables leave the presentation out.
  if ((topic.presentation === 'Absolute' || topic.presentation === '') && ADDITIVE_UNITS.has(topic.unit) && !isAverage) return { aggregation: 'sum', weightKey: null };
  const weightConcept = WEIGHTS[concept];
  const weightKey = weightConcept ? keysByConcept.get(weightConcept) : undefined;
  if (weightKey) return { aggregation: 'weighted_mean', weightKey };
  return { aggregation: 'none', weightKey: null };
}

export const isHigherBetter = (key: string) => HIGHER_IS_BETTER.has(conceptOf(key));
