import type { Scope } from '../../platform/db/scope.js';
import { normaliseName } from '../lookup/normalise-name.js';
import { listAreaNames, searchDirectory } from './directory.repo.js';

// Words of a question that say nothing about the subject.
const QUESTION_WORDS = /\b(wie|wat|welke|gaat|gaan|over|bij|in|de|het|een|van|voor|is|er|contactpersoon|collega|specialist|vraag|vragen)\b/g;

/** The wegwijzer: "wie gaat over speeltoestellen in Halsteren?" → the right colleagues, best first. */
export async function findColleagues(scope: Scope & { question: string }) {
  const normalised = normaliseName(scope.question);
  const areas = (await listAreaNames(scope.db, scope.municipalityId))
    .map((area) => ({ ...area, key: normaliseName(area.name) }))
    .filter((area) => area.key.length > 2 && normalised.includes(area.key));
  let rest = normalised;
  for (const area of areas) rest = rest.replace(area.key, ' ');
  const terms = rest.replace(QUESTION_WORDS, ' ').replace(/\s+/g, ' ').trim();
  const rows = await searchDirectory(scope.db, scope.municipalityId, terms, areas.map((a) => a.id));
  return {
    areas: areas.map(({ id, name }) => ({ id, name })),
    terms,
    people: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      phone: row.phone,
      jobTitle: row.job_title,
      department: row.department,
      roles: row.roles,
      expertise: row.expertise,
      coversAreas: row.covered_areas,
      connectorOf: row.connector_of,
    })),
  };
}
