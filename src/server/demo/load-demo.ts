import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { hashPassword } from '../platform/auth/passwords.js';
import { importBoundaries } from '../modules/boundaries/import-boundaries.js';
import { readMunicipalityNames } from '../modules/boundaries/municipality-names.js';
import { type ParsedRegion, parseBoundaryFile } from '../modules/boundaries/parse-boundaries.js';
import { DEMO_BOUNDARY_FILES, DEMO_MUNICIPALITIES, type DemoMunicipality } from './demo-data.js';
import { loadDemoWork } from './demo-work.js';
import { loadDemoProgramme } from './demo-programme.js';

/**
 * Loads the demo municipalities (Bergen op Zoom, Den Helder, Ridderkerk) from the real CBS files, with
 * invented people. Does nothing when they are already there, so a restart keeps all data.
 */
export async function loadDemoData(options: {
  ownerPool: pg.Pool;
  sharedDataDir: string;
  password: string;
  log?: (message: string) => void;
}): Promise<boolean> {
  const { rows } = await options.ownerPool.query('select 1 from users where email = $1', [
    DEMO_MUNICIPALITIES[0]?.people[0]?.email,
  ]);
  if (rows.length > 0) return false;

  const ids = new Set(DEMO_MUNICIPALITIES.map((m) => m.id));
  const regions: ParsedRegion[] = [];
  for (const file of DEMO_BOUNDARY_FILES) {
    const fullPath = path.join(options.sharedDataDir, file);
    const text = await readFile(fullPath, 'utf8').catch(() => {
      throw new Error(`Demodata: ${fullPath} niet gevonden. Zet SHARED_DATA_DIR naar de map met de CBS-bestanden.`);
    });
    regions.push(...parseBoundaryFile({ fileName: file, text, municipalityIds: ids }));
  }
  const names = await readMunicipalityNames(options.sharedDataDir);
  for (const municipality of DEMO_MUNICIPALITIES) {
    await importBoundaries({
      ownerPool: options.ownerPool,
      regions: regions.filter((region) => region.municipalityId === municipality.id),
      municipalityNames: names,
      createDefaultAreas: !municipality.areas,
    });
  }

  const passwordHash = await hashPassword(options.password);
  const client = await options.ownerPool.connect();
  try {
    await client.query('begin');
    for (const municipality of DEMO_MUNICIPALITIES) await loadMunicipality(client, municipality, passwordHash);
    await loadDemoWork(client, 'GM0748');
    await loadDemoProgramme(client, 'GM0748');
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  options.log?.(`Demodata geladen: ${DEMO_MUNICIPALITIES.map((m) => m.id).join(', ')}`);
  return true;
}

async function loadMunicipality(db: pg.PoolClient, municipality: DemoMunicipality, passwordHash: string): Promise<void> {
  await db.query(
    `update municipalities set connector_title = $2, theme = $3, regular_channels = $4, website_url = $5 where id = $1`,
    [municipality.id, municipality.connectorTitle, municipality.theme, JSON.stringify(municipality.regularChannels), municipality.websiteUrl],
  );
  const userIds = new Map<string, string>();
  for (const person of municipality.people) {
    const { rows } = await db.query<{ id: string }>(
      `insert into users (municipality_id, email, name, roles, job_title, department, phone, expertise, password_hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
      [
        municipality.id,
        person.email,
        person.name,
        person.roles,
        person.jobTitle ?? null,
        person.department ?? null,
        person.phone ?? null,
        person.expertise ?? [],
        passwordHash,
      ],
    );
    userIds.set(person.email, rows[0]?.id ?? '');
  }
  const addPerson = (areaId: string, email: string, role: string, hours: number | null) =>
    db.query(
      `insert into area_people (area_id, user_id, municipality_id, role, hours_per_week) values ($1, $2, $3, $4, $5)`,
      [areaId, userIds.get(email), municipality.id, role, hours],
    );

  if (municipality.areas) {
    for (const area of municipality.areas) {
      const { rows } = await db.query<{ id: string }>(
        `insert into areas (municipality_id, name, kind) values ($1, $2, $3) returning id`,
        [municipality.id, area.name, area.kind],
      );
      const areaId = rows[0]?.id ?? '';
      await db.query(
        `insert into area_regions (area_id, municipality_id, region_code) select $1, $2, unnest($3::text[])`,
        [areaId, municipality.id, area.regionCodes],
      );
      for (const connector of area.connectors) await addPerson(areaId, connector.email, 'connector', connector.hoursPerWeek);
      await addPerson(areaId, area.alderman, 'alderman', null);
      if (area.adviser) await addPerson(areaId, area.adviser, 'adviser', null);
    }
  } else if (municipality.districtConnectors) {
    const { emails, hoursPerWeek, alderman } = municipality.districtConnectors;
    const { rows } = await db.query<{ id: string }>('select id from areas where municipality_id = $1 order by name', [
      municipality.id,
    ]);
    // Each connector takes an equal share of the districts, and so of their hours.
    const share = Math.round((hoursPerWeek / Math.ceil(rows.length / emails.length)) * 10) / 10;
    for (const [i, row] of rows.entries()) {
      await addPerson(row.id, emails[i % emails.length] as string, 'connector', share);
      await addPerson(row.id, alderman, 'alderman', null);
    }
  }
}
