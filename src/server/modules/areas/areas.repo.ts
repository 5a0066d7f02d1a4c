import type { AreaInput, AreaPeopleInput, AreaUpdate } from '../../../shared/schemas/area.js';
import type { Db } from '../../platform/db/tenant.js';

export interface AreaRow {
  id: string;
  municipality_id: string;
  name: string;
  kind: 'wijk' | 'kern';
  description: string;
  public_email: string | null;
  public_phone: string | null;
  region_codes: string[];
  people: {
    user_id: string;
    name: string;
    email: string;
    phone: string | null;
    role: 'connector' | 'alderman' | 'adviser';
    hours_per_week: number | null;
  }[];
}

const AREA_SELECT = `
  select a.id, a.municipality_id, a.name, a.kind, a.description, a.public_email, a.public_phone,
    coalesce((select array_agg(ar.region_code order by ar.region_code) from area_regions ar
              where ar.area_id = a.id and ar.municipality_id = a.municipality_id), '{}') as region_codes,
    coalesce((select jsonb_agg(jsonb_build_object('user_id', u.id, 'name', u.name, 'email', u.email, 'phone', u.phone,
                     'role', ap.role, 'hours_per_week', ap.hours_per_week) order by ap.role, u.name)
              from area_people ap join users u on u.id = ap.user_id and u.municipality_id = ap.municipality_id
              where ap.area_id = a.id and ap.municipality_id = a.municipality_id), '[]'::jsonb) as people
  from areas a`;

export async function listAreaRows(db: Db, municipalityId: string): Promise<AreaRow[]> {
  const { rows } = await db.query<AreaRow>(`${AREA_SELECT} where a.municipality_id = $1 order by a.name`, [municipalityId]);
  return rows;
}

export async function findAreaRow(db: Db, municipalityId: string, id: string): Promise<AreaRow | undefined> {
  const { rows } = await db.query<AreaRow>(`${AREA_SELECT} where a.municipality_id = $1 and a.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function insertAreaRow(db: Db, municipalityId: string, input: AreaInput): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into areas (municipality_id, name, kind, description, public_email, public_phone)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [municipalityId, input.name, input.kind, input.description, input.publicEmail, input.publicPhone],
  );
  return rows[0]?.id ?? '';
}

export async function updateAreaRow(db: Db, municipalityId: string, id: string, update: AreaUpdate): Promise<boolean> {
  const has = (key: keyof AreaUpdate) => update[key] !== undefined;
  const { rowCount } = await db.query(
    `update areas set
       name = coalesce($3, name), kind = coalesce($4, kind), description = coalesce($5, description),
       public_email = case when $6::boolean then $7 else public_email end,
       public_phone = case when $8::boolean then $9 else public_phone end,
       updated_at = now()
     where municipality_id = $1 and id = $2`,
    [
      municipalityId,
      id,
      update.name ?? null,
      update.kind ?? null,
      update.description ?? null,
      has('publicEmail'),
      update.publicEmail ?? null,
      has('publicPhone'),
      update.publicPhone ?? null,
    ],
  );
  return (rowCount ?? 0) > 0;
}

export async function deleteAreaRow(db: Db, municipalityId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from areas where municipality_id = $1 and id = $2', [municipalityId, id]);
  return (rowCount ?? 0) > 0;
}

export async function replaceAreaRegions(db: Db, municipalityId: string, areaId: string, codes: string[]): Promise<void> {
  await db.query('delete from area_regions where municipality_id = $1 and area_id = $2', [municipalityId, areaId]);
  await db.query(
    `insert into area_regions (area_id, municipality_id, region_code) select $1, $2, unnest($3::text[])`,
    [areaId, municipalityId, codes],
  );
}

/** Codes among `codes` that this municipality has never imported (any year). */
export async function findUnknownRegionCodes(db: Db, municipalityId: string, codes: string[]): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>(
    `select c.code from unnest($2::text[]) as c(code)
     where not exists (select 1 from regions r where r.municipality_id = $1 and r.code = c.code)`,
    [municipalityId, codes],
  );
  return rows.map((row) => row.code);
}

/**
 * Codes among `codes` that already belong to another area, with that area's name — directly, or through
 * their district: a neighbourhood of a district that is wholly another area's, or a district with a
 * neighbourhood in another area.
 */
export async function findTakenRegionCodes(
  db: Db,
  municipalityId: string,
  codes: string[],
  exceptAreaId: string | null,
): Promise<{ code: string; area_name: string }[]> {
  const { rows } = await db.query<{ code: string; area_name: string }>(
    `with districts as (
       select distinct r.code, r.district_code from regions r where r.municipality_id = $1 and r.district_code is not null
     ),
     wanted as (
       select c.code, (select d.district_code from districts d where d.code = c.code limit 1) as district_code
       from unnest($2::text[]) as c(code)
     )
     select distinct w.code, a.name as area_name
     from wanted w
     join area_regions ar on ar.municipality_id = $1
       and (ar.region_code = w.code
            or ar.region_code = w.district_code
            or exists (select 1 from districts d where d.code = ar.region_code and d.district_code = w.code))
     join areas a on a.id = ar.area_id
     where $3::uuid is null or ar.area_id <> $3
     order by w.code`,
    [municipalityId, codes, exceptAreaId],
  );
  return rows;
}

export async function replaceAreaPeople(
  db: Db,
  municipalityId: string,
  areaId: string,
  people: AreaPeopleInput['people'],
): Promise<void> {
  await db.query('delete from area_people where municipality_id = $1 and area_id = $2', [municipalityId, areaId]);
  await db.query(
    `insert into area_people (area_id, user_id, municipality_id, role, hours_per_week)
     select $1, p."userId", $2, p.role, p."hoursPerWeek"
     from jsonb_to_recordset($3::jsonb) as p("userId" uuid, role text, "hoursPerWeek" numeric)`,
    [areaId, municipalityId, JSON.stringify(people)],
  );
}

/** Ids among `userIds` that are active users of this municipality. */
export async function findActiveUserIds(db: Db, municipalityId: string, userIds: string[]): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>(
    'select id from users where municipality_id = $1 and id = any($2::uuid[]) and is_active',
    [municipalityId, userIds],
  );
  return new Set(rows.map((row) => row.id));
}
