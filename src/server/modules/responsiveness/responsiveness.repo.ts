import type { Db } from '../../platform/db/tenant.js';

export interface ResponsivenessRow {
  dimension: 'department' | 'specialist' | 'quarter';
  department: string;
  specialist_id: string | null;
  specialist_name: string | null;
  quarter: string | null;
  count: number;
  answered: number;
  open: number;
  overdue: number;
  median_hours_to_acknowledge: number | null;
  median_hours_to_answer: number | null;
}

/**
 * Referral figures per department, per specialist and per quarter and department, in one pass (grouping
 * sets). Dates are Dutch calendar dates; cancelled referrals do not count. A referral is overdue when it
 * was answered after its due date, or is still open after it. Medians only over those acknowledged or
 * answered: an open referral has no time yet, and shows in `open` and `overdue` instead.
 */
export async function aggregateReferrals(db: Db, municipalityId: string, range: { from: string; to: string; today: string }): Promise<ResponsivenessRow[]> {
  const { rows } = await db.query<ResponsivenessRow>(
    `with r as (
       select f.specialist_id, u.name as specialist_name,
         coalesce(nullif(trim(u.department), ''), 'Afdeling onbekend') as department,
         to_char(f.created_at at time zone 'Europe/Amsterdam', 'YYYY-"Q"Q') as quarter,
         extract(epoch from (f.seen_at - f.created_at)) / 3600.0 as hours_to_acknowledge,
         extract(epoch from (f.answered_at - f.created_at)) / 3600.0 as hours_to_answer,
         f.answered_at is not null as is_answered,
         f.status in ('open', 'seen') as is_open,
         ((f.answered_at is not null and (f.answered_at at time zone 'Europe/Amsterdam')::date > f.due_on)
           or (f.status in ('open', 'seen') and f.due_on < $4::date)) as is_overdue
       from referrals f
       join users u on u.id = f.specialist_id and u.municipality_id = f.municipality_id
       where f.municipality_id = $1 and f.status <> 'cancelled'
         and (f.created_at at time zone 'Europe/Amsterdam')::date between $2::date and $3::date
     )
     select
       case when grouping(r.quarter) = 0 then 'quarter' when grouping(r.specialist_id) = 0 then 'specialist' else 'department' end as dimension,
       r.department, r.specialist_id, min(r.specialist_name) as specialist_name, r.quarter,
       count(*)::int as count,
       count(*) filter (where r.is_answered)::int as answered,
       count(*) filter (where r.is_open)::int as open,
       count(*) filter (where r.is_overdue)::int as overdue,
       percentile_cont(0.5) within group (order by r.hours_to_acknowledge) as median_hours_to_acknowledge,
       percentile_cont(0.5) within group (order by r.hours_to_answer) as median_hours_to_answer
     from r
     group by grouping sets ((r.department), (r.department, r.specialist_id), (r.quarter, r.department))
     order by r.department, r.quarter nulls first`,
    [municipalityId, range.from, range.to, range.today],
  );
  return rows;
}
