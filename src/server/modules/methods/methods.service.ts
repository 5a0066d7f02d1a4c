import {
  ConversationFormatContentSchema,
  HandbookContentSchema,
  ParticipationFrameworkContentSchema,
  type PublishedTemplate,
  type Template,
  type TemplateInput,
  type TemplateKind,
  type TemplateUpdateSchema,
} from '../../../shared/schemas/programme.js';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import type { Db } from '../../platform/db/tenant.js';
import { AppError, notFound } from '../../platform/errors.js';
import { BUILT_IN_TEMPLATES } from './built-in-templates.js';
import {
  countTemplateRows,
  deleteTemplateRow,
  findDefaultTemplateRow,
  findTemplateRow,
  insertTemplateRow,
  listPublishedTemplateRows,
  listTemplateRows,
  setDefaultTemplateRow,
  type TemplateRow,
  updateTemplateRow,
} from './methods.repo.js';

const CONTENT_SCHEMAS = {
  wop_handbook: HandbookContentSchema,
  conversation_format: ConversationFormatContentSchema,
  participation_framework: ParticipationFrameworkContentSchema,
} as const;

/** Checks a template's content against its kind: steps, sections or the five participation levels. */
export function parseTemplateContent(kind: TemplateKind, content: unknown): Record<string, unknown> {
  const parsed = CONTENT_SCHEMAS[kind].safeParse(content);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: `body.content.${issue.path.join('.')}`, message: issue.message }));
    throw new AppError(400, 'invalid_template_content', `De inhoud past niet bij dit soort sjabloon — ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  return parsed.data as Record<string, unknown>;
}

/** A municipality without templates gets Schakel's built-in ones, as its own editable defaults. */
export async function ensureTemplates(db: Db, municipalityId: string): Promise<void> {
  if ((await countTemplateRows(db, municipalityId)) > 0) return;
  for (const template of BUILT_IN_TEMPLATES) {
    await insertTemplateRow(db, { municipalityId, ...template, isDefault: true, createdBy: null });
  }
}

/** The template a programme or meeting starts from (the default of its kind), or undefined. */
export async function defaultTemplate(db: Db, municipalityId: string, kind: TemplateKind, meetingKind?: string): Promise<TemplateRow | undefined> {
  await ensureTemplates(db, municipalityId);
  return findDefaultTemplateRow(db, municipalityId, kind, meetingKind);
}

export async function findTemplate(db: Db, municipalityId: string, id: string, kind: TemplateKind): Promise<TemplateRow> {
  const row = await findTemplateRow(db, municipalityId, id);
  if (!row || row.kind !== kind) throw new AppError(400, 'unknown_template', 'Dit sjabloon bestaat niet in deze gemeente, of is van een andere soort.');
  return row;
}

function present(row: TemplateRow): Template {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    content: row.content,
    isDefault: row.is_default,
    isPublished: row.is_published,
    isBuiltIn: row.created_by === null && row.adopted_from_id === null,
    adoptedFrom: row.adopted_from_id ? { id: row.adopted_from_id, municipality: row.adopted_from_municipality ?? '' } : null,
  };
}

export async function listTemplates(scope: Scope): Promise<Template[]> {
  await ensureTemplates(scope.db, scope.municipalityId);
  return (await listTemplateRows(scope.db, scope.municipalityId)).map(present);
}

export async function createTemplate(scope: Scope & { input: TemplateInput }): Promise<Template> {
  const { input } = scope;
  await ensureTemplates(scope.db, scope.municipalityId);
  const content = parseTemplateContent(input.kind, input.content);
  const id = await insertTemplateRow(scope.db, { municipalityId: scope.municipalityId, kind: input.kind, name: input.name, description: input.description, content, isDefault: false, createdBy: scope.actorId });
  const row = (await findTemplateRow(scope.db, scope.municipalityId, id)) as TemplateRow;
  if (input.isDefault) await setDefaultTemplateRow(scope.db, scope.municipalityId, row);
  await audit(scope, 'template.create', id, { kind: input.kind, name: input.name });
  return present((await findTemplateRow(scope.db, scope.municipalityId, id)) as TemplateRow);
}

export async function updateTemplate(scope: Scope & { templateId: string; update: z.infer<typeof TemplateUpdateSchema> }): Promise<Template> {
  const row = await findTemplateRow(scope.db, scope.municipalityId, scope.templateId);
  if (!row) throw notFound('Sjabloon niet gevonden.');
  const { update } = scope;
  const content = update.content === undefined ? undefined : parseTemplateContent(row.kind, update.content);
  if (content && row.kind === 'conversation_format' && content.meetingKind !== row.content.meetingKind && row.is_default) {
    throw new AppError(409, 'default_template', 'Dit is het standaardformat voor een soort bijeenkomst; maak eerst een ander format standaard.');
  }
  await updateTemplateRow(scope.db, scope.municipalityId, row.id, { name: update.name, description: update.description, content, isPublished: update.isPublished });
  if (update.isDefault) await setDefaultTemplateRow(scope.db, scope.municipalityId, { ...row, content: content ?? row.content });
  await audit(scope, update.isPublished === true ? 'template.publish' : update.isPublished === false ? 'template.unpublish' : 'template.update', row.id, { fields: Object.keys(update) });
  return present((await findTemplateRow(scope.db, scope.municipalityId, row.id)) as TemplateRow);
}

export async function deleteTemplate(scope: Scope & { templateId: string }): Promise<void> {
  const row = await findTemplateRow(scope.db, scope.municipalityId, scope.templateId);
  if (!row) throw notFound('Sjabloon niet gevonden.');
  if (row.is_default) throw new AppError(409, 'default_template', 'Het standaardsjabloon kan niet weg; maak eerst een ander sjabloon standaard.');
  await deleteTemplateRow(scope.db, scope.municipalityId, row.id);
  await audit(scope, 'template.delete', row.id, { name: row.name });
}

/** What other municipalities published: the templates alone, with the publisher's name. */
export async function listPublishedTemplates(scope: Scope): Promise<PublishedTemplate[]> {
  return (await listPublishedTemplateRows(scope.db))
    .filter((row) => row.municipality_id !== scope.municipalityId)
    .map((row) => ({
      id: row.id,
      municipality: { code: row.municipality_id, name: row.municipality_name },
      kind: row.kind,
      name: row.name,
      description: row.description,
      content: row.content,
      publishedAt: row.published_at.toISOString(),
    }));
}

/** Copies another municipality's published template into this one (the BAR way of learning from each other). */
export async function adoptTemplate(scope: Scope & { publishedId: string; makeDefault: boolean }): Promise<Template> {
  const source = (await listPublishedTemplateRows(scope.db)).find((row) => row.id === scope.publishedId && row.municipality_id !== scope.municipalityId);
  if (!source) throw notFound('Dit gedeelde sjabloon bestaat niet (meer).');
  await ensureTemplates(scope.db, scope.municipalityId);
  const content = parseTemplateContent(source.kind, source.content);
  const id = await insertTemplateRow(scope.db, {
    municipalityId: scope.municipalityId,
    kind: source.kind,
    name: source.name,
    description: source.description,
    content,
    isDefault: false,
    createdBy: scope.actorId,
    adoptedFromId: source.id,
    adoptedFromMunicipality: source.municipality_name,
  });
  if (scope.makeDefault) await setDefaultTemplateRow(scope.db, scope.municipalityId, (await findTemplateRow(scope.db, scope.municipalityId, id)) as TemplateRow);
  await audit(scope, 'template.adopt', id, { from: source.municipality_id, name: source.name });
  return present((await findTemplateRow(scope.db, scope.municipalityId, id)) as TemplateRow);
}

function audit(scope: Scope, action: string, id: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType: 'method_template', entityId: id, details });
}
