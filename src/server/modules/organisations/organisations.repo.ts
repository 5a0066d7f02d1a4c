import type { OrganisationInput, OrganisationListQuery, OrganisationUpdate } from '../../../shared/schemas/organisation.js';
import type { Db } from '../../platform/db/tenant.js';

export interface OrganisationRow {
  id: string;
  name: string;
  type: OrganisationInput['type'];
  sector: OrganisationInput['sector'];
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  is_subsidised: boolean;
  account_manager_id: string | null;
  account_manager_name: string | null;
  account_manager_email: string | null;
  relation_holder_id: string | null;
  relation_holder_name: string | null;
  board_seats: number | null;
  board_vacancies: number | null;
  board_stopped_on: string | null;
  fallback_adviser_id: string | null;
  fallback_adviser_name: string | null;
  fallback_community_worker_id: string | null;
  fallback_community_worker_name: string | null;
  fallback_community_worker_organisation: string | null;
  fallback_tasks: string | null;
  areas: { id: string; name: string }[];
  contact_count: number;
}

const SELECT = `
  select o.id, o.name, o.type, o.sector, o.description, o.email, o.phone, o.website, o.is_subsidised,
    o.account_manager_id, am.name as account_manager_name, am.email as account_manager_email,
    o.relation_holder_id, rh.name as relation_holder_name,
    o.board_seats, o.board_vacancies, o.board_stopped_on,
    o.fallback_adviser_id, fa.name as fallback_adviser_name,
    o.fallback_community_worker_id, cw.name as fallback_community_worker_name, cwo.name as fallback_community_worker_organisation,
    o.fallback_tasks,
    coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'name', a.name) order by a.name)
              from organisation_areas oa join areas a on a.id = oa.area_id
              where oa.organisation_id = o.id and oa.municipality_id = o.municipality_id), '[]'::jsonb) as areas,
    (select count(*)::int from contacts c where c.organisation_id = o.id and c.municipality_id = o.municipality_id) as contact_count
  from organisations o
  left join users am on am.id = o.account_manager_id
  left join users rh on rh.id = o.relation_holder_id
  left join users fa on fa.id = o.fallback_adviser_id
  left join contacts cw on cw.id = o.fallback_community_worker_id
  left join organisations cwo on cwo.id = cw.organisation_id`;

export async function listOrganisationRows(
  db: Db,
  municipalityId: string,
  query: OrganisationListQuery & { onlyId?: string },
): Promise<OrganisationRow[]> {
  const where = ['o.municipality_id = $1'];
  const params: unknown[] = [municipalityId];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (query.onlyId) add('o.id = ?', query.onlyId);
  if (query.areaId) add('exists (select 1 from organisation_areas oa where oa.organisation_id = o.id and oa.area_id = ?)', query.areaId);
  if (query.type) add('o.type = ?', query.type);
  if (query.sector) add('o.sector = ?', query.sector);
  if (query.q) add(`o.name ilike '%' || ? || '%'`, query.q);
  const { rows } = await db.query<OrganisationRow>(`${SELECT} where ${where.join(' and ')} order by o.name`, params);
  return rows;
}

export async function findOrganisationRow(db: Db, municipalityId: string, id: string): Promise<OrganisationRow | undefined> {
  const { rows } = await db.query<OrganisationRow>(`${SELECT} where o.municipality_id = $1 and o.id = $2`, [municipalityId, id]);
  return rows[0];
}

const COLUMNS: Record<string, string> = {
  name: 'name',
  type: 'type',
  sector: 'sector',
  description: 'description',
  email: 'email',
  phone: 'phone',
  website: 'website',
  isSubsidised: 'is_subsidised',
  accountManagerId: 'account_manager_id',
  relationHolderId: 'relation_holder_id',
  boardSeats: 'board_seats',
  boardVacancies: 'board_vacancies',
  boardStoppedOn: 'board_stopped_on',
  fallbackAdviserId: 'fallback_adviser_id',
  fallbackCommunityWorkerId: 'fallback_community_worker_id',
  fallbackTasks: 'fallback_tasks',
};

export async function insertOrganisation(db: Db, municipalityId: string, input: Omit<OrganisationInput, 'areaIds'>): Promise<string> {
  const entries = Object.entries(input).filter(([key]) => key in COLUMNS);
  const { rows } = await db.query<{ id: string }>(
    `insert into organisations (municipality_id, ${entries.map(([key]) => COLUMNS[key]).join(', ')})
     values ($1, ${entries.map((_, i) => `$${i + 2}`).join(', ')}) returning id`,
    [municipalityId, ...entries.map(([, value]) => value)],
  );
  return rows[0]?.id as string;
}

export async function updateOrganisation(db: Db, municipalityId: string, id: string, update: Omit<OrganisationUpdate, 'areaIds'>): Promise<boolean> {
  const entries = Object.entries(update).filter(([key, value]) => key in COLUMNS && value !== undefined);
  const sets = entries.map(([key], i) => `${COLUMNS[key]} = $${i + 3}`);
  const { rowCount } = await db.query(
    `update organisations set ${[...sets, 'updated_at = now()'].join(', ')} where municipality_id = $1 and id = $2`,
    [municipalityId, id, ...entries.map(([, value]) => value)],
  );
  return (rowCount ?? 0) > 0;
}

export async function deleteOrganisation(db: Db, municipalityId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from organisations where municipality_id = $1 and id = $2', [municipalityId, id]);
  return (rowCount ?? 0) > 0;
}

export async function replaceOrganisationAreas(db: Db, municipalityId: string, organisationId: string, areaIds: string[]): Promise<void> {
  await db.query('delete from organisation_areas where municipality_id = $1 and organisation_id = $2', [municipalityId, organisationId]);
  await db.query(`insert into organisation_areas (organisation_id, area_id, municipality_id) select $2, unnest($3::uuid[]), $1`, [
    municipalityId,
    organisationId,
    areaIds,
  ]);
}

/** The organisation a partner user belongs to (null: none linked yet). */
export async function findUserOrganisationId(db: Db, municipalityId: string, userId: string): Promise<string | null> {
  const { rows } = await db.query<{ organisation_id: string | null }>('select organisation_id from users where municipality_id = $1 and id = $2', [
    municipalityId,
    userId,
  ]);
  return rows[0]?.organisation_id ?? null;
}

export async function listPartnerUsers(db: Db, municipalityId: string, organisationId: string) {
  const { rows } = await db.query<{ id: string; name: string }>(
    'select id, name from users where municipality_id = $1 and organisation_id = $2 order by name',
    [municipalityId, organisationId],
  );
  return rows;
}

/** Links exactly these partner accounts to the organisation (and unlinks the others). */
export async function replacePartnerUsers(db: Db, municipalityId: string, organisationId: string, userIds: string[]): Promise<void> {
  await db.query('update users set organisation_id = null where municipality_id = $1 and organisation_id = $2 and not (id = any($3::uuid[]))', [
    municipalityId,
    organisationId,
    userIds,
  ]);
  await db.query('update users set organisation_id = $2 where municipality_id = $1 and id = any($3::uuid[])', [municipalityId, organisationId, userIds]);
}

/** Ids among `ids` that are active users of this municipality having one of `roles` (any role when empty). */
export async function findActiveUsers(db: Db, municipalityId: string, ids: string[], roles: string[] = []): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>(
    `select id from users where municipality_id = $1 and id = any($2::uuid[]) and is_active
       and (cardinality($3::text[]) = 0 or roles && $3::text[])`,
    [municipalityId, ids, roles],
  );
  return new Set(rows.map((row) => row.id));
}

export async function countAreas(db: Db, municipalityId: string, ids: string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from areas where municipality_id = $1 and id = any($2::uuid[])', [
    municipalityId,
    ids,
  ]);
  return rows[0]?.n ?? 0;
}
