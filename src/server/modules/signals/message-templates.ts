import type { Db } from '../../platform/db/tenant.js';

/** Standard texts to residents; a municipality may override each one (message_templates). */
export const DEFAULT_TEMPLATES = {
  received: {
    title: 'Ontvangstbevestiging',
    body: 'Bedankt voor uw signaal. Wij hebben het ontvangen onder nummer {reference}. Via de link hieronder ziet u wat ermee gebeurt.',
  },
  daily_report: {
    title: 'Dagelijkse melding doorgezet',
    body: 'Uw signaal gaat over de openbare ruimte. Zulke meldingen handelt de gemeente af via {channel}; wij hebben uw melding daar neergelegd. U hoeft niets meer te doen.',
  },
  individual_question: {
    title: 'Individuele vraag doorverwezen',
    body: 'Uw vraag gaat over uw eigen situatie. Die beantwoordt de afdeling die erover gaat; wij hebben uw vraag doorgestuurd en zij nemen contact met u op.',
  },
  in_progress: {
    title: 'Wij zijn ermee bezig',
    body: 'Wij hebben uw signaal bekeken en de collega’s die erover gaan erbij gehaald. U hoort van ons als er een afspraak is over de aanpak.',
  },
  resolved: {
    title: 'Afgerond',
    body: 'Uw signaal is afgerond. Dank u wel dat u dit heeft gemeld: zo weten wij wat er speelt in de wijk.',
  },
  not_resolved: {
    title: 'Niet opgelost',
    body: 'Wij hebben uw signaal niet kunnen oplossen. De reden leest u hieronder. Heeft u vragen, neem dan contact op met uw contactpersoon.',
  },
} as const;
export type TemplateKey = keyof typeof DEFAULT_TEMPLATES;

export async function listTemplates(db: Db, municipalityId: string): Promise<{ key: string; title: string; body: string; isDefault: boolean }[]> {
  const { rows } = await db.query<{ key: string; title: string; body: string }>(
    'select key, title, body from message_templates where municipality_id = $1',
    [municipalityId],
  );
  const overrides = new Map(rows.map((row) => [row.key, row]));
  return Object.entries(DEFAULT_TEMPLATES).map(([key, template]) => {
    const override = overrides.get(key);
    return { key, title: override?.title ?? template.title, body: override?.body ?? template.body, isDefault: !override };
  });
}

export async function saveTemplate(db: Db, municipalityId: string, key: TemplateKey, body: string): Promise<void> {
  await db.query(
    `insert into message_templates (municipality_id, key, title, body) values ($1, $2, $3, $4)
     on conflict (municipality_id, key) do update set body = excluded.body, updated_at = now()`,
    [municipalityId, key, DEFAULT_TEMPLATES[key].title, body],
  );
}

export async function renderTemplate(db: Db, municipalityId: string, key: TemplateKey, values: Record<string, string>): Promise<string> {
  const template = (await listTemplates(db, municipalityId)).find((t) => t.key === key);
  return (template?.body ?? '').replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
