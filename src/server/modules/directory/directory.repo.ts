import type { Role } from '../../../shared/schemas/common.js';
import type { Db } from '../../platform/db/tenant.js';

export interface DirectoryRow {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  job_title: string | null;
  department: string | null;
  roles: Role[];
  expertise: string[];
  covered_areas: string[] | null;
  connector_of: string[];
  score: number;
}

/**
 * Colleagues ranked for a Dutch question: expertise, job title and department matched on PostgreSQL's
 * dutch stems (speeltoestellen ≈ speeltoestel), with a trigram fallback for typos; people who cover the
 * named area rank first, and someone limited to other areas drops out.
 */
export async function searchDirectory(db: Db, municipalityId: string, terms: string, areaIds: string[]): Promise<DirectoryRow[]> {
  const { rows } = await db.query<DirectoryRow>(
    `with q as (
       select case when numnode(plainto_tsquery('dutch', $2)) = 0 then null
         else to_tsquery('dutch', array_to_string(tsvector_to_array(to_tsvector('dutch', $2)), ' | ')) end as query
     ),
     people as (
       select u.*, to_tsvector('dutch', array_to_string(u.expertise, ' ') || ' ' || coalesce(u.job_title, '') || ' ' || coalesce(u.department, '')) as document,
         (select array_agg(sa.area_id) from specialist_areas sa where sa.user_id = u.id and sa.municipality_id = u.municipality_id) as covers,
         (select coalesce(array_agg(a.name order by a.name), '{}') from area_people ap join areas a on a.id = ap.area_id
           where ap.user_id = u.id and ap.role = 'connector' and ap.municipality_id = u.municipality_id) as connector_of,
         (select coalesce(array_agg(ap.area_id), '{}') from area_people ap where ap.user_id = u.id and ap.municipality_id = u.municipality_id) as works_in
       from users u where u.municipality_id = $1 and u.is_active and not ('partner' = any(u.roles))
     )
     select p.id, p.name, p.email, p.phone, p.job_title, p.department, p.roles, p.expertise, p.connector_of,
       (select array_agg(a.name order by a.name) from areas a where a.id = any(p.covers)) as covered_areas,
       ( coalesce(ts_rank(p.document, q.query), 0) * 10
         + greatest(similarity(array_to_string(p.expertise, ' '), $2), word_similarity($2, array_to_string(p.expertise, ' ')))
         + case when cardinality($3::uuid[]) > 0 and (p.covers && $3::uuid[] or p.works_in && $3::uuid[]) then 0.5 else 0 end
       )::float8 as score
     from people p, q
     where ((q.query is not null and p.document @@ q.query)
        or word_similarity($2, array_to_string(p.expertise, ' ')) > 0.45
        or (cardinality($3::uuid[]) > 0 and p.works_in && $3::uuid[] and $2 = ''))
       and (p.covers is null or cardinality($3::uuid[]) = 0 or p.covers && $3::uuid[])
     order by score desc, p.name
     limit 20`,
    [municipalityId, terms, areaIds],
  );
  return rows;
}

export async function listAreaNames(db: Db, municipalityId: string): Promise<{ id: string; name: string }[]> {
  const { rows } = await db.query<{ id: string; name: string }>('select id, name from areas where municipality_id = $1', [municipalityId]);
  return rows;
}

/** Every active colleague (not partners), for pickers: who can be asked. */
export async function listColleagueRows(db: Db, municipalityId: string) {
  const { rows } = await db.query<{ id: string; name: string; email: string; phone: string | null; job_title: string | null; department: string | null; roles: Role[]; expertise: string[] }>(
    `select id, name, email, phone, job_title, department, roles, expertise from users
     where municipality_id = $1 and is_active and not ('partner' = any(roles)) order by name`,
    [municipalityId],
  );
  return rows;
}
