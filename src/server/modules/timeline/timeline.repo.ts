import { createHash } from 'node:crypto';
import type { TimelineType } from '../../../shared/schemas/activity.js';
import type { Db } from '../../platform/db/tenant.js';

export type Subject = { type: 'area' | 'organisation' | 'contact'; id: string };

export interface TimelineRow {
  type: TimelineType;
  id: string;
  on: string;
  at: Date;
  actor: string | null;
  /** Source fields the presenter turns into a title and detail. */
  data: Record<string, unknown>;
}

interface Range {
  from: string;
  to: string;
  limit: number;
}

// Activities of the subject: of the area; with the organisation (directly or through one of its contacts); with the contact.
const ACTIVITY_OF: Record<Subject['type'], string> = {
  area: 'a.area_id = $2',
  organisation: `(exists (select 1 from activity_organisations ao where ao.activity_id = a.id and ao.organisation_id = $2)
                  or exists (select 1 from activity_contacts ac join contacts c on c.id = ac.contact_id
                             where ac.activity_id = a.id and c.organisation_id = $2))`,
  contact: 'exists (select 1 from activity_contacts ac where ac.activity_id = a.id and ac.contact_id = $2)',
};

// Signals of the subject: of the area; raised by the organisation's partner accounts or linked to its activities; linked to the contact's.
const SIGNAL_OF: Record<Subject['type'], string> = {
  area: 's.area_id = $2',
  organisation: `(exists (select 1 from users pu where pu.id = s.entered_by and pu.organisation_id = $2)
                  or exists (select 1 from activities a where a.signal_id = s.id and ${ACTIVITY_OF.organisation}))`,
  contact: `exists (select 1 from activities a where a.signal_id = s.id and ${ACTIVITY_OF.contact})`,
};

const QUERIES: Record<TimelineType, (subject: Subject['type']) => string | null> = {
  activity: (subject) => `
    select 'activity' as type, a.id::text, a.occurred_on::text as on, a.occurred_on + a.created_at::time as at, u.name as actor,
      jsonb_build_object('kind', a.kind, 'role', a.role, 'minutes', a.minutes, 'note', a.note, 'participants', a.participants, 'area', ar.name) as data
    from activities a join users u on u.id = a.user_id left join areas ar on ar.id = a.area_id
    where a.municipality_id = $1 and ${ACTIVITY_OF[subject]} and a.occurred_on between $3::date and $4::date
    order by a.occurred_on desc, a.created_at desc limit $5`,
  signal: (subject) => `
    select 'signal' as type, s.id::text, s.received_on::text as on, s.created_at as at, u.name as actor,
      jsonb_build_object('reference', s.reference, 'status', s.status, 'kind', s.kind, 'text', left(s.text, 300)) as data
    from signals s left join users u on u.id = s.entered_by
    where s.municipality_id = $1 and ${SIGNAL_OF[subject]} and s.received_on between $3::date and $4::date
    order by s.received_on desc, s.created_at desc limit $5`,
  referral: (subject) =>
    subject === 'contact'
      ? null
      : `
    select 'referral' as type, f.id::text, (f.created_at at time zone 'Europe/Amsterdam')::date::text as on, f.created_at as at, cb.name as actor,
      jsonb_build_object('specialist', sp.name, 'department', sp.department, 'status', f.status, 'question', left(f.question, 300),
                         'dueOn', f.due_on, 'reference', s.reference) as data
    from referrals f join signals s on s.id = f.signal_id join users sp on sp.id = f.specialist_id left join users cb on cb.id = f.created_by
    where f.municipality_id = $1 and ${SIGNAL_OF[subject]}
      and (f.created_at at time zone 'Europe/Amsterdam')::date between $3::date and $4::date
    order by f.created_at desc limit $5`,
  // Meetings belong to an area (the programme module keeps them).
  meeting: (subject) =>
    subject !== 'area'
      ? null
      : `
    select 'meeting' as type, m.id::text, (m.starts_at at time zone 'Europe/Amsterdam')::date::text as on, m.starts_at as at, u.name as actor,
      jsonb_build_object('kind', m.kind, 'title', m.title, 'status', m.status, 'location', m.location, 'outcomes', left(m.outcomes, 300)) as data
    from meetings m left join users u on u.id = m.created_by
    where m.municipality_id = $1 and m.area_id = $2 and (m.starts_at at time zone 'Europe/Amsterdam')::date between $3::date and $4::date
    order by m.starts_at desc limit $5`,
  agreement: (subject) =>
    subject === 'contact'
      ? null
      : `
    select 'agreement' as type, g.id::text, g.starts_on::text as on, g.starts_on::timestamp as at, u.name as actor,
      jsonb_build_object('title', g.title, 'status', g.status, 'description', left(g.description, 300), 'organisation', o.name, 'endsOn', g.ends_on) as data
    from agreements g join organisations o on o.id = g.organisation_id left join users u on u.id = g.created_by
    where g.municipality_id = $1 and ${
      subject === 'area'
        ? `(g.area_id = $2 or (g.area_id is null and exists (select 1 from organisation_areas oa where oa.organisation_id = g.organisation_id and oa.area_id = $2)))`
        : 'g.organisation_id = $2'
    } and g.starts_on between $3::date and $4::date
    order by g.starts_on desc limit $5`,
  wish: (subject) =>
    subject === 'contact'
      ? null
      : `
    select 'wish' as type, w.id::text, (w.created_at at time zone 'Europe/Amsterdam')::date::text as on, w.created_at as at, u.name as actor,
      jsonb_build_object('year', w.year, 'status', w.status, 'wish', left(w.wish, 300), 'organisation', o.name, 'area', ar.name) as data
    from product_wishes w join organisations o on o.id = w.organisation_id join areas ar on ar.id = w.area_id left join users u on u.id = w.created_by
    where w.municipality_id = $1 and ${subject === 'area' ? 'w.area_id = $2' : 'w.organisation_id = $2'}
      and (w.created_at at time zone 'Europe/Amsterdam')::date between $3::date and $4::date
    order by w.created_at desc limit $5`,
  board: (subject) =>
    subject === 'contact'
      ? null
      : `
    select 'board' as type, o.id::text, o.board_stopped_on::text as on, o.board_stopped_on::timestamp as at, null::text as actor,
      jsonb_build_object('organisation', o.name, 'adviser', fa.name, 'communityWorker', cw.name, 'tasks', o.fallback_tasks) as data
    from organisations o left join users fa on fa.id = o.fallback_adviser_id left join contacts cw on cw.id = o.fallback_community_worker_id
    where o.municipality_id = $1 and o.board_stopped_on is not null and ${
      subject === 'area' ? 'exists (select 1 from organisation_areas oa where oa.organisation_id = o.id and oa.area_id = $2)' : 'o.id = $2'
    } and o.board_stopped_on between $3::date and $4::date
    limit $5`,
  handover: (subject) =>
    subject !== 'area'
      ? null
      : `
    select 'handover' as type, h.id::text, (h.created_at at time zone 'Europe/Amsterdam')::date::text as on, h.created_at as at, b.name as actor,
      jsonb_build_object('from', f.name, 'to', t.name, 'note', h.note) as data
    from area_handovers h left join users f on f.id = h.from_user_id left join users t on t.id = h.to_user_id left join users b on b.id = h.created_by
    where h.municipality_id = $1 and h.area_id = $2 and (h.created_at at time zone 'Europe/Amsterdam')::date between $3::date and $4::date
    order by h.created_at desc limit $5`,
};

/** The subject's events of the chosen types, newest first, in one round trip; each source gives at most `limit`. */
export async function findTimelineRows(db: Db, municipalityId: string, subject: Subject, types: TimelineType[], range: Range): Promise<TimelineRow[]> {
  const parts = types.flatMap((type) => {
    const sql = QUERIES[type](subject.type);
    return sql ? [`(select type, id, "on", at::timestamptz as at, actor, data from (${sql}) as part)`] : [];
  });
  if (parts.length === 0) return [];
  const text = `${parts.join(' union all ')} order by "on" desc, at desc limit $5`;
  // Named after its text, so each connection plans each variant (subject kind × chosen types) once:
  // planning eight joined sources cost about as much as running them.
  const { rows } = await db.query<TimelineRow>({
    name: `timeline-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`,
    text,
    values: [municipalityId, subject.id, range.from, range.to, range.limit],
  });
  return rows;
}

export async function findSubjectName(db: Db, municipalityId: string, subject: Subject): Promise<string | undefined> {
  const table = { area: 'areas', organisation: 'organisations', contact: 'contacts' }[subject.type];
  const { rows } = await db.query<{ name: string }>(`select name from ${table} where municipality_id = $1 and id = $2`, [municipalityId, subject.id]);
  return rows[0]?.name;
}
