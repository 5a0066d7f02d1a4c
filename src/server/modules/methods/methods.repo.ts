import type { TemplateKind } from '../../../shared/schemas/programme.js';
import type { Db } from '../../platform/db/tenant.js';

export interface TemplateRow {
  id: string;
  municipality_id: string;
  kind: TemplateKind;
  name: string;
  description: string;
  content: Record<string, unknown>;
  is_default: boolean;
  is_published: boolean;
  published_at: Date | null;
  adopted_from_id: string | null;
  adopted_from_municipality: string | null;
  created_by: string | null;
}

export interface PublishedTemplateRow {
  id: string;
  municipality_id: string;
  municipality_name: string;
  kind: TemplateKind;
  name: string;
  description: string;
  content: Record<string, unknown>;
  published_at: Date;
}

export async function listTemplateRows(db: Db, municipalityId: string): Promise<TemplateRow[]> {
  const { rows } = await db.query<TemplateRow>(
    `select * from method_templates where municipality_id = $1 order by kind, is_default desc, name`,
    [municipalityId],
  );
  return rows;
}

export async function findTemplateRow(db: Db, municipalityId: string, id: string): Promise<TemplateRow | undefined> {
  const { rows } = await db.query<TemplateRow>('select * from method_templates where municipality_id = $1 and id = $2', [municipalityId, id]);
  return rows[0];
}

/** The template a new programme or meeting uses: the default of its kind, else the newest. */
export async function findDefaultTemplateRow(db: Db, municipalityId: string, kind: TemplateKind, meetingKind?: string): Promise<TemplateRow | undefined> {
  const { rows } = await db.query<TemplateRow>(
    `select * from method_templates
     where municipality_id = $1 and kind = $2 and ($3::text is null or content ->> 'meetingKind' = $3)
     order by is_default desc, updated_at desc limit 1`,
    [municipalityId, kind, meetingKind ?? null],
  );
  return rows[0];
}

export async function countTemplateRows(db: Db, municipalityId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from method_templates where municipality_id = $1', [municipalityId]);
  return rows[0]?.n ?? 0;
}

export async function insertTemplateRow(
  db: Db,
  row: { municipalityId: string; kind: TemplateKind; name: string; description: string; content: unknown; isDefault: boolean; createdBy: string | null; adoptedFromId?: string; adoptedFromMunicipality?: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into method_templates (municipality_id, kind, name, description, content, is_default, created_by, adopted_from_id, adopted_from_municipality)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [row.municipalityId, row.kind, row.name, row.description, JSON.stringify(row.content), row.isDefault, row.createdBy, row.adoptedFromId ?? null, row.adoptedFromMunicipality ?? null],
  );
  return rows[0]?.id as string;
}

export async function updateTemplateRow(
  db: Db,
  municipalityId: string,
  id: string,
  update: { name?: string; description?: string; content?: unknown; isPublished?: boolean },
): Promise<void> {
  await db.query(
    `update method_templates set
       name = coalesce($3, name), description = coalesce($4, description), content = coalesce($5::jsonb, content),
       is_published = coalesce($6, is_published),
       published_at = case when $6::boolean is true and not is_published then now() when $6::boolean is false then null else published_at end,
       updated_at = now()
     where municipality_id = $1 and id = $2`,
    [municipalityId, id, update.name ?? null, update.description ?? null, update.content === undefined ? null : JSON.stringify(update.content), update.isPublished ?? null],
  );
}

/** Makes `id` the default of its kind (and meeting kind), and no other. */
export async function setDefaultTemplateRow(db: Db, municipalityId: string, row: TemplateRow): Promise<void> {
  await db.query(
    `update method_templates set is_default = false
     where municipality_id = $1 and kind = $2 and coalesce(content ->> 'meetingKind', '') = coalesce($3, '') and is_default`,
    [municipalityId, row.kind, (row.content.meetingKind as string | undefined) ?? null],
  );
  await db.query('update method_templates set is_default = true where municipality_id = $1 and id = $2', [municipalityId, row.id]);
}

export async function deleteTemplateRow(db: Db, municipalityId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from method_templates where municipality_id = $1 and id = $2', [municipalityId, id]);
  return (rowCount ?? 0) > 0;
}

/** Templates other municipalities published: read through a function that returns the template alone. */
export async function listPublishedTemplateRows(db: Db): Promise<PublishedTemplateRow[]> {
  const { rows } = await db.query<PublishedTemplateRow>('select * from published_method_templates()');
  return rows;
}
