import type { Municipality } from '../../../shared/schemas/municipality.js';
import type { MunicipalityRow } from './municipalities.repo.js';

export function presentMunicipality(row: MunicipalityRow): Municipality {
  return {
    code: row.id,
    name: row.name,
    connectorTitle: row.connector_title,
    theme: row.theme,
    regularChannels: row.regular_channels,
    websiteUrl: row.website_url,
  };
}
