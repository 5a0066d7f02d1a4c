import type { Role } from '../../../shared/schemas/common.js';
import type { Db } from '../../platform/db/tenant.js';

export interface UserRow {
  id: string;
  municipality_id: string;
  email: string;
  name: string;
  roles: Role[];
  phone: string | null;
  department: string | null;
  job_title: string | null;
  expertise: string[];
  is_active: boolean;
  organisation_id: string | null;
  organisation_name: string | null;
}

const SELECT = `
  select u.id, u.municipality_id, u.email, u.name, u.roles, u.phone, u.department, u.job_title, u.expertise, u.is_active,
    u.organisation_id, o.name as organisation_name
  from users u
  left join organisations o on o.id = u.organisation_id and o.municipality_id = u.municipality_id`;

export async function listUserRows(db: Db, municipalityId: string): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>(`${SELECT} where u.municipality_id = $1 order by u.is_active desc, u.name`, [municipalityId]);
  return rows;
}

export async function findUserRow(db: Db, municipalityId: string, id: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(`${SELECT} where u.municipality_id = $1 and u.id = $2`, [municipalityId, id]);
  return rows[0];
}

/** The organisation's name, if it is one of this municipality's (a partner account may only be linked to those). */
export async function findOrganisationName(db: Db, municipalityId: string, id: string): Promise<string | undefined> {
  const { rows } = await db.query<{ name: string }>('select name from organisations where municipality_id = $1 and id = $2', [municipalityId, id]);
  return rows[0]?.name;
}

export async function insertUserRow(
  db: Db,
  user: Omit<UserRow, 'id' | 'is_active' | 'organisation_name'> & { password_hash: string | null },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into users (municipality_id, email, name, roles, phone, department, job_title, expertise, password_hash, organisation_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      user.municipality_id,
      user.email,
      user.name,
      user.roles,
      user.phone,
      user.department,
      user.job_title,
      user.expertise,
      user.password_hash,
      user.organisation_id,
    ],
  );
  return rows[0]?.id ?? '';
}

export async function updateUserRow(
  db: Db,
  municipalityId: string,
  id: string,
  update: Partial<Omit<UserRow, 'id' | 'municipality_id' | 'email' | 'organisation_name'>> & { password_hash?: string },
): Promise<boolean> {
  const has = (key: string) => Object.hasOwn(update, key);
  const { rowCount } = await db.query(
    `update users set
       name = coalesce($3, name), roles = coalesce($4, roles),
       phone = case when $5::boolean then $6 else phone end,
       department = case when $7::boolean then $8 else department end,
       job_title = case when $9::boolean then $10 else job_title end,
       expertise = coalesce($11, expertise), is_active = coalesce($12, is_active),
       password_hash = coalesce($13, password_hash),
       organisation_id = case when $14::boolean then $15::uuid else organisation_id end, updated_at = now()
     where municipality_id = $1 and id = $2`,
    [
      municipalityId,
      id,
      update.name ?? null,
      update.roles ?? null,
      has('phone'),
      update.phone ?? null,
      has('department'),
      update.department ?? null,
      has('job_title'),
      update.job_title ?? null,
      update.expertise ?? null,
      update.is_active ?? null,
      update.password_hash ?? null,
      has('organisation_id'),
      update.organisation_id ?? null,
    ],
  );
  return (rowCount ?? 0) > 0;
}

export async function deleteUserSessions(db: Db, municipalityId: string, userId: string): Promise<void> {
  await db.query('delete from sessions where municipality_id = $1 and user_id = $2', [municipalityId, userId]);
}
