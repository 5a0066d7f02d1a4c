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
    frameworks: row.frameworks,
    retentionMonths: row.retention_months,
    // The API key is a secret: say whether there is one, never what it is.
    open311: row.open311 ? { endpoint: row.open311.endpoint, serviceCode: row.open311.serviceCode, hasApiKey: Boolean(row.open311.apiKey) } : null,
  };
}
