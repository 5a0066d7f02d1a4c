import type { Area } from '../../../shared/schemas/area.js';
import type { AreaRow } from './areas.repo.js';

export function presentArea(row: AreaRow, viewerId: string): Area {
  return {
    id: row.id,
    municipalityCode: row.municipality_id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    publicEmail: row.public_email,
    publicPhone: row.public_phone,
    regionCodes: row.region_codes,
    people: row.people.map((person) => ({
      userId: person.user_id,
      name: person.name,
      email: person.email,
      phone: person.phone,
      role: person.role,
      hoursPerWeek: person.hours_per_week === null ? null : Number(person.hours_per_week),
    })),
    isMine: row.people.some((person) => person.user_id === viewerId),
  };
}
