import type { ConnectorFinderResult } from '../../../shared/schemas/activity.js';
import { THEMES, type Theme } from '../../../shared/schemas/signal-vocabulary.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import type { LookupIndex } from '../lookup/lookup-index.js';
import { type ColleagueAreaRow, findAvailability, findColleagueAreas, saveAvailability } from './connector-finder.repo.js';
import { locateStreet } from './street-locator.js';

const themeLabel = (key: string) => THEMES[key as Theme]?.label ?? key;

function presentArea(row: ColleagueAreaRow): ConnectorFinderResult['areas'][number] {
  const first = (role: string) => row.people.find((person) => person.role === role)?.name ?? null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    connectors: row.people
      .filter((person) => person.role === 'connector')
      .map((person) => ({
        id: person.id,
        name: person.name,
        email: person.email,
        phone: person.phone,
        jobTitle: person.job_title,
        department: person.department,
        hoursPerWeek: person.hours_per_week === null ? null : Number(person.hours_per_week),
        availability: person.availability ?? '',
      })),
    alderman: first('alderman'),
    adviser: first('adviser'),
    neighbourhoods: row.neighbourhoods,
    openSignals: row.open_signals,
    topThemes: row.top_themes.map(themeLabel),
    partners: row.partners,
    stoppedBoards: row.stopped_boards.map((board) => ({
      organisation: board.organisation,
      takenOverBy: [board.community_worker && `opbouwwerker ${board.community_worker}`, board.adviser && `wijkadviseur ${board.adviser}`]
        .filter(Boolean)
        .join(' en ') || 'nog niet geregeld',
    })),
    lastActivityOn: row.last_activity_on,
  };
}

/**
 * "Who is the connector for …": areas, buurten and CBS wijken by name (the in-memory lookup index), and
 * streets through the street seam when PDOK is configured. Without a query: every area.
 */
export async function findConnector(
  scope: Scope & { q?: string; lookup: LookupIndex; pdokUrl: string | undefined },
): Promise<ConnectorFinderResult> {
  const q = (scope.q ?? '').trim();
  if (q.length < 2) {
    const areas = (await findColleagueAreas(scope.db, scope.municipalityId, null)).map(presentArea);
    return { query: q, matches: [], areas, streetSearch: { available: Boolean(scope.pdokUrl), message: null } };
  }
  const named = scope.lookup.search(q, { municipality: scope.municipalityId, limit: 20 });
  const matches: ConnectorFinderResult['matches'] = named.map((match) => ({
    type: match.type,
    name: match.name,
    label: match.label,
    areaId: match.area.id,
    note: null,
  }));
  const street = await locateStreet({ baseUrl: scope.pdokUrl, street: q, municipalityCode: scope.municipalityId });
  if (street.available) {
    for (const found of street.streets) {
      const hit = scope.lookup.findByPoint(found.lat, found.lon);
      if (!hit || hit.municipality.code !== scope.municipalityId) continue;
      matches.push({
        type: 'street',
        name: found.name,
        label: `${found.name} (${hit.neighbourhood ? `buurt ${hit.neighbourhood.name}` : 'straat'} in ${hit.area.name})`,
        areaId: hit.area.id,
        note: 'Bepaald op het midden van de straat: een lange straat kan door meer buurten lopen.',
      });
    }
  }
  const areaIds = [...new Set(matches.map((match) => match.areaId))];
  const areas = areaIds.length === 0 ? [] : (await findColleagueAreas(scope.db, scope.municipalityId, areaIds)).map(presentArea);
  return { query: q, matches, areas, streetSearch: { available: street.available, message: street.message } };
}

export async function getConnectorProfile(scope: Scope): Promise<{ availability: string }> {
  return { availability: await findAvailability(scope.db, scope.municipalityId, scope.actorId) };
}

/** The connector tells colleagues when they are available. */
export async function saveConnectorProfile(scope: Scope & { availability: string }): Promise<{ availability: string }> {
  await saveAvailability(scope.db, scope.municipalityId, scope.actorId, scope.availability);
  await recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action: 'connector_profile.update', entityType: 'user', entityId: scope.actorId });
  return getConnectorProfile(scope);
}
