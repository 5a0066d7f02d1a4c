import type { Db } from '../../platform/db/tenant.js';
import type { MunicipalityUpdate } from '../../../shared/schemas/municipality.js';

export interface MunicipalityRow {
  id: string;
  name: string;
  connector_title: string;
  theme: Record<string, unknown>;
  regular_channels: { name: string; url: string; description: string }[];
  website_url: string | null;
  frameworks: string[];
  retention_months: number;
  open311: { endpoint: string; serviceCode: string; apiKey?: string } | null;
}

const COLUMNS = 'id, name, connector_title, theme, regular_channels, website_url, frameworks, retention_months, open311';

export async function findMunicipality(db: Db, municipalityId: string): Promise<MunicipalityRow | undefined> {
  const { rows } = await db.query<MunicipalityRow>(`select ${COLUMNS} from municipalities where id = $1`, [municipalityId]);
  return rows[0];
}

export async function updateMunicipality(
  db: Db,
  municipalityId: string,
  update: MunicipalityUpdate,
): Promise<MunicipalityRow | undefined> {
  const { rows } = await db.query<MunicipalityRow>(
    `update municipalities set
       name = coalesce($2, name),
       connector_title = coalesce($3, connector_title),
       theme = coalesce($4, theme),
       regular_channels = coalesce($5, regular_channels),
       website_url = case when $6::boolean then $7 else website_url end,
       frameworks = coalesce($8, frameworks),
       retention_months = coalesce($9, retention_months),
       open311 = case when $10::boolean then $11::jsonb else open311 end,
       updated_at = now()
     where id = $1
     returning ${COLUMNS}`,
    [
      municipalityId,
      update.name ?? null,
      update.connectorTitle ?? null,
      update.theme ? JSON.stringify(update.theme) : null,
      update.regularChannels ? JSON.stringify(update.regularChannels) : null,
      update.websiteUrl !== undefined,
      update.websiteUrl ?? null,
      update.frameworks ?? null,
      update.retentionMonths ?? null,
      update.open311 !== undefined,
      update.open311 ? JSON.stringify(update.open311) : null,
    ],
  );
  return rows[0];
}
