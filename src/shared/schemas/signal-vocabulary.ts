/** What a signal turns out to be: only area issues are handled in Schakel itself. */
export const SIGNAL_KINDS = ['daily_report', 'individual_question', 'area_issue'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const SIGNAL_KIND_LABELS: Record<SignalKind, string> = {
  daily_report: 'Dagelijkse melding (openbare ruimte)',
  individual_question: 'Individuele vraag',
  area_issue: 'Wijkvraagstuk',
};

/** Themes of the area's work. Each lists the expertise words that make a specialist fit it. */
export const THEMES = {
  'openbare-ruimte': { label: 'Openbare ruimte en beheer', expertise: ['realisatie & beheer', 'wegen', 'openbare ruimte', 'riolering'] },
  groen: { label: 'Groen en bomen', expertise: ['groen', 'bomen', 'realisatie & beheer'] },
  afval: { label: 'Afval en zwerfvuil', expertise: ['afval', 'reiniging', 'realisatie & beheer'] },
  verkeer: { label: 'Verkeer en parkeren', expertise: ['verkeer', 'parkeren', 'wegen'] },
  veiligheid: { label: 'Veiligheid en overlast', expertise: ['veiligheid', 'ondermijning', 'buurtpreventie', 'overlast'] },
  handhaving: { label: 'Handhaving', expertise: ['handhaving', 'parkeren', 'overlast'] },
  sociaal: { label: 'Zorg, welzijn en armoede', expertise: ['sociaal domein', 'eenzaamheid', 'mantelzorg', 'armoede'] },
  jeugd: { label: 'Jeugd en jongeren', expertise: ['jeugd', 'jongerenwerk', 'sociaal domein'] },
  wonen: { label: 'Wonen', expertise: ['wonen', 'woningcorporatie', 'volkshuisvesting'] },
  duurzaamheid: { label: 'Duurzaamheid en klimaat', expertise: ['duurzaamheid', 'energietransitie', 'klimaatadaptatie'] },
  'spelen-sport': { label: 'Spelen en sport', expertise: ['speeltoestellen', 'sport', 'spelen'] },
  voorzieningen: { label: 'Voorzieningen en ontmoeting', expertise: ['voorzieningen', 'buurthuis', 'ontmoeting', 'sociaal domein'] },
  participatie: { label: 'Participatie en bewonersinitiatieven', expertise: ['participatie', 'bewonersinitiatieven'] },
} as const satisfies Record<string, { label: string; expertise: readonly string[] }>;
export type Theme = keyof typeof THEMES;
export const THEME_KEYS = Object.keys(THEMES) as Theme[];
