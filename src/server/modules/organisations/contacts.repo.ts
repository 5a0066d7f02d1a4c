import type { ContactInput, ContactUpdate } from '../../../shared/schemas/organisation.js';
import type { Db } from '../../platform/db/tenant.js';

export interface ContactRow {
  id: string;
  organisation_id: string | null;
  organisation_name: string | null;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  legal_basis: ContactInput['legalBasis'];
  legal_basis_note: string;
  relation_holder_id: string | null;
  relation_holder_name: string | null;
}

const SELECT = `
  select c.id, c.organisation_id, o.name as organisation_name, c.name, c.role, c.email, c.phone, c.legal_basis, c.legal_basis_note,
    c.relation_holder_id, u.name as relation_holder_name
  from contacts c
  left join organisations o on o.id = c.organisation_id
  left join users u on u.id = c.relation_holder_id`;

export async function listContactRows(db: Db, municipalityId: string, filter: { organisationId?: string; q?: string }): Promise<ContactRow[]> {
  const where = ['c.municipality_id = $1'];
  const params: unknown[] = [municipalityId];
  if (filter.organisationId) {
    params.push(filter.organisationId);
    where.push(`c.organisation_id = $${params.length}`);
  }
  if (filter.q) {
    params.push(filter.q);
    where.push(`(c.name ilike '%' || $${params.length} || '%' or o.name ilike '%' || $${params.length} || '%')`);
  }
  const { rows } = await db.query<ContactRow>(`${SELECT} where ${where.join(' and ')} order by o.name nulls last, c.name`, params);
  return rows;
}

export async function findContactRow(db: Db, municipalityId: string, id: string): Promise<ContactRow | undefined> {
  const { rows } = await db.query<ContactRow>(`${SELECT} where c.municipality_id = $1 and c.id = $2`, [municipalityId, id]);
  return rows[0];
}

const COLUMNS: Record<string, string> = {
  name: 'name',
  role: 'role',
  email: 'email',
  phone: 'phone',
  legalBasis: 'legal_basis',
  legalBasisNote: 'legal_basis_note',
  relationHolderId: 'relation_holder_id',
};

export async function insertContact(db: Db, municipalityId: string, organisationId: string, input: ContactInput): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into contacts (municipality_id, organisation_id, name, role, email, phone, legal_basis, legal_basis_note, relation_holder_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [municipalityId, organisationId, input.name, input.role, input.email, input.phone, input.legalBasis, input.legalBasisNote, input.relationHolderId],
  );
  return rows[0]?.id as string;
}

export async function updateContact(db: Db, municipalityId: string, id: string, update: ContactUpdate): Promise<void> {
  const entries = Object.entries(update).filter(([key, value]) => key in COLUMNS && value !== undefined);
  const sets = entries.map(([key], i) => `${COLUMNS[key]} = $${i + 3}`);
  await db.query(`update contacts set ${[...sets, 'updated_at = now()'].join(', ')} where municipality_id = $1 and id = $2`, [
    municipalityId,
    id,
    ...entries.map(([, value]) => value),
  ]);
}

export async function deleteContact(db: Db, municipalityId: string, id: string): Promise<void> {
  await db.query('delete from contacts where municipality_id = $1 and id = $2', [municipalityId, id]);
}

export async function contactExists(db: Db, municipalityId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('select 1 from contacts where municipality_id = $1 and id = $2', [municipalityId, id]);
  return (rowCount ?? 0) > 0;
}

export interface ContactChoiceRow {
  id: string;
  name: string;
  role: string;
  organisation_name: string | null;
}

/** Contacts for a picker: only what choosing needs, of some organisations and/or matching a name. */
export async function listContactChoiceRows(
  db: Db,
  municipalityId: string,
  filter: { organisationIds?: string[]; q?: string; limit: number },
): Promise<ContactChoiceRow[]> {
  const where = ['c.municipality_id = $1'];
  const params: unknown[] = [municipalityId];
  if (filter.organisationIds) {
    params.push(filter.organisationIds);
    where.push(`c.organisation_id = any($${params.length}::uuid[])`);
  }
  if (filter.q) {
    // The text is a name, not a pattern: % and _ match themselves.
    params.push(`%${filter.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
    where.push(`(c.name ilike $${params.length} or o.name ilike $${params.length})`);
  }
  params.push(filter.limit);
  const { rows } = await db.query<ContactChoiceRow>(
    `select c.id, c.name, c.role, o.name as organisation_name
     from contacts c left join organisations o on o.id = c.organisation_id and o.municipality_id = c.municipality_id
     where ${where.join(' and ')}
     order by o.name nulls last, c.name
     limit $${params.length}`,
    params,
  );
  return rows;
}
