import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A sub-category of the Signalen (Amsterdam) taxonomy. */
export interface SignalenCategory {
  mainSlug: string;
  mainName: string;
  slug: string;
  name: string;
  /** Only real descriptions: the fixtures also hold placeholders such as "blah" and "Dit is een testje". */
  description: string | null;
}

export interface SignalenTaxonomy {
  categories: SignalenCategory[];
  /**
   * Other names for daily reports from the older backend fixture and the service-level table
   * ("Honden(poep)", "Vuurwerkoverlast", "lichthinder"), with the category when the slug is the same.
   */
  aliases: { text: string; slug: string | null }[];
}

/**
 * Main groups whose categories are not daily reports in Schakel's sense: housing fraud and quality,
 * and organised crime go to their own departments, and "Overig" says nothing about the text.
 */
export const NON_DAILY_MAIN_GROUPS: ReadonlySet<string> = new Set(['wonen', 'ondermijning', 'overig']);

const PLACEHOLDER = /^(test\b|blah|dit is (een|het)\b|een verhaal over)|testje|omschrijving/i;

interface FlatCategory {
  main_slug: string;
  main_name: string;
  slug: string;
  name: string;
  description: string | null;
  is_active: boolean;
}

interface BackendFixtureRow {
  pk: number;
  fields: { parent: number | null; slug: string; name: string; is_active: boolean };
}

/** Reads the taxonomy from `sharedDataDir/signalen/` (never copied into the repository). */
export async function readSignalenTaxonomy(sharedDataDir: string): Promise<SignalenTaxonomy> {
  const directory = path.join(sharedDataDir, 'signalen');
  const flatFile = path.join(directory, 'categories_flat_from_departmentsCategories.json');
  const flat = await readOptionalJson<FlatCategory[]>(flatFile);
  if (!flat) throw new Error(`Signalen-taxonomie niet gevonden: ${flatFile} (SHARED_DATA_DIR)`);
  const categories = flat
    .filter((row) => row.is_active)
    .map((row) => ({
      mainSlug: row.main_slug,
      mainName: row.main_name,
      slug: row.slug,
      name: row.name,
      description: row.description && !PLACEHOLDER.test(row.description.trim()) ? row.description.trim() : null,
    }));
  const knownSlugs = new Set(categories.map((category) => category.slug));
  const knownNames = new Set(categories.map((category) => category.name.toLowerCase()));
  const aliases: SignalenTaxonomy['aliases'] = [];
  const addAlias = (text: string, slug: string) => {
    if (knownNames.has(text.toLowerCase())) return;
    knownNames.add(text.toLowerCase());
    aliases.push({ text, slug: knownSlugs.has(slug) ? slug : null });
  };

  const backend = await readOptionalJson<BackendFixtureRow[]>(path.join(directory, 'backend_fixture_categories.json'));
  for (const row of backend ?? []) {
    // Main categories (no parent) are already known as main names.
    if (row.fields.parent !== null && row.fields.is_active) addAlias(row.fields.name, row.fields.slug);
  }
  const objectives = await readOptionalJson<Record<string, unknown>>(
    path.join(directory, 'service_level_objectives_initial.json'),
  );
  for (const slug of Object.keys(objectives ?? {})) {
    if (!knownSlugs.has(slug)) addAlias(slug.replace(/-/g, ' '), slug);
  }
  return { categories, aliases };
}

async function readOptionalJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
