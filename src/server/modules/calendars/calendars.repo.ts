import type pg from 'pg';
import type { Db } from '../../platform/db/tenant.js';

export async function replaceFeedToken(db: Db, municipalityId: string, userId: string, tokenHash: string): Promise<Date> {
  const { rows } = await db.query<{ created_at: Date }>(
    `insert into calendar_feed_tokens (user_id, municipality_id, token_hash) values ($1, $2, $3)
     on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now() returning created_at`,
    [userId, municipalityId, tokenHash],
  );
  return rows[0]?.created_at as Date;
}

export async function findFeedToken(db: Db, municipalityId: string, userId: string): Promise<{ created_at: Date } | undefined> {
  const { rows } = await db.query<{ created_at: Date }>('select created_at from calendar_feed_tokens where municipality_id = $1 and user_id = $2', [municipalityId, userId]);
  return rows[0];
}

export async function deleteFeedToken(db: Db, municipalityId: string, userId: string): Promise<void> {
  await db.query('delete from calendar_feed_tokens where municipality_id = $1 and user_id = $2', [municipalityId, userId]);
}

/** Whose feed a secret link is (only active users): read without a tenant, like a tracking link. */
export async function findFeedOwner(pool: pg.Pool, tokenHash: string): Promise<{ user_id: string; municipality_id: string } | undefined> {
  const { rows } = await pool.query<{ user_id: string; municipality_id: string }>('select * from calendar_feed_owner($1)', [tokenHash]);
  return rows[0];
}

/** The areas a person works for (connector, wijkwethouder, adviser). */
export async function personAreaIds(db: Db, municipalityId: string, userId: string): Promise<string[]> {
  const { rows } = await db.query<{ area_id: string }>('select distinct area_id from area_people where municipality_id = $1 and user_id = $2', [municipalityId, userId]);
  return rows.map((row) => row.area_id);
}

/** Meetings a person takes part in, was invited to or planned, outside their own areas too. */
export async function personMeetingIds(db: Db, municipalityId: string, userId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select m.id from meetings m where m.municipality_id = $1 and (
       m.created_by = $2 or m.participants @> jsonb_build_array(jsonb_build_object('userId', $2::text))
       or exists (select 1 from meeting_invitations i where i.meeting_id = m.id and i.municipality_id = m.municipality_id and i.user_id = $2))`,
    [municipalityId, userId],
  );
  return rows.map((row) => row.id);
}

export async function userName(db: Db, municipalityId: string, userId: string): Promise<string> {
  const { rows } = await db.query<{ name: string }>('select name from users where municipality_id = $1 and id = $2', [municipalityId, userId]);
  return rows[0]?.name ?? '';
}
