import type { Db } from '../../platform/db/tenant.js';

export interface ColleagueAreaRow {
  id: string;
  name: string;
  kind: 'wijk' | 'kern';
  people: {
    id: string;
    name: string;
    email: string;
    phone: string | null;
    job_title: string | null;
    department: string | null;
    role: 'connector' | 'alderman' | 'adviser';
    hours_per_week: number | null;
    availability: string | null;
  }[];
  neighbourhoods: string[];
  open_signals: number;
  top_themes: string[];
  partners: number;
  stopped_boards: { organisation: string; adviser: string | null; community_worker: string | null }[];
  last_activity_on: string | null;
}

/** A colleague's one-minute summary of areas: who, when available, what is open, which partners. */
export async function findColleagueAreas(db: Db, municipalityId: string, areaIds: string[] | null): Promise<ColleagueAreaRow[]> {
  const { rows } = await db.query<ColleagueAreaRow>(
    `select a.id, a.name, a.kind,
       coalesce((select jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name, 'email', u.email, 'phone', u.phone,
                   'job_title', u.job_title, 'department', u.department, 'role', ap.role, 'hours_per_week', ap.hours_per_week,
                   'availability', cp.availability) order by ap.role, u.name)
                 from area_people ap join users u on u.id = ap.user_id and u.is_active
                 left join connector_profiles cp on cp.user_id = u.id
                 where ap.area_id = a.id and ap.municipality_id = a.municipality_id), '[]'::jsonb) as people,
       coalesce((select array_agg(r.name order by r.name) from area_regions ar
                 join regions r on r.municipality_id = ar.municipality_id and r.code = ar.region_code
                   and r.year = (select max(r2.year) from regions r2 where r2.municipality_id = ar.municipality_id)
                 where ar.area_id = a.id), '{}') as neighbourhoods,
       (select count(*)::int from signals s where s.municipality_id = a.municipality_id and s.area_id = a.id and s.status <> 'closed') as open_signals,
       coalesce((select array_agg(t.theme order by t.n desc, t.theme) from (
                   select theme, count(*) as n from signals s, unnest(s.themes) as theme
                   where s.municipality_id = a.municipality_id and s.area_id = a.id and s.status <> 'closed'
                   group by theme order by n desc, theme limit 3) t), '{}') as top_themes,
       (select count(*)::int from organisation_areas oa where oa.area_id = a.id and oa.municipality_id = a.municipality_id) as partners,
       coalesce((select jsonb_agg(jsonb_build_object('organisation', o.name, 'adviser', fa.name, 'community_worker', cw.name) order by o.name)
                 from organisations o join organisation_areas oa on oa.organisation_id = o.id and oa.area_id = a.id
                 left join users fa on fa.id = o.fallback_adviser_id
                 left join contacts cw on cw.id = o.fallback_community_worker_id
                 where o.board_stopped_on is not null), '[]'::jsonb) as stopped_boards,
       (select max(occurred_on)::text from activities ac where ac.municipality_id = a.municipality_id and ac.area_id = a.id) as last_activity_on
     from areas a
     where a.municipality_id = $1 and ($2::uuid[] is null or a.id = any($2::uuid[]))
     order by a.name`,
    [municipalityId, areaIds],
  );
  return rows;
}

export async function findAvailability(db: Db, municipalityId: string, userId: string): Promise<string> {
  const { rows } = await db.query<{ availability: string }>(
    'select availability from connector_profiles where municipality_id = $1 and user_id = $2',
    [municipalityId, userId],
  );
  return rows[0]?.availability ?? '';
}

export async function saveAvailability(db: Db, municipalityId: string, userId: string, availability: string): Promise<void> {
  await db.query(
    `insert into connector_profiles (user_id, municipality_id, availability) values ($1, $2, $3)
     on conflict (user_id) do update set availability = excluded.availability, updated_at = now()`,
    [userId, municipalityId, availability],
  );
}
