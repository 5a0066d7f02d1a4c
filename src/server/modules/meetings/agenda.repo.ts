import type { Db } from '../../platform/db/tenant.js';

// What the area brings to a meeting: open signals, themes of its signals, open initiatives. Read-only.

export interface OpenSignalRow {
  id: string;
  reference: string;
  text: string;
  themes: string[];
  priority: string | null;
  status: string;
}

/** The area's open signals that are its own work (not daily reports), most urgent first. */
export async function listOpenAreaSignals(db: Db, municipalityId: string, areaId: string, limit = 15): Promise<OpenSignalRow[]> {
  const { rows } = await db.query<OpenSignalRow>(
    `select s.id, s.reference, s.text, s.themes, s.priority, s.status from signals s
     where s.municipality_id = $1 and s.area_id = $2 and s.status <> 'closed' and s.kind <> 'daily_report' and s.duplicate_of is null
     order by array_position(array['urgent', 'high', 'normal', 'low']::text[], s.priority) nulls last, s.created_at desc
     limit $3`,
    [municipalityId, areaId, limit],
  );
  return rows;
}

export async function countOpenAreaSignals(db: Db, municipalityId: string, areaId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from signals where municipality_id = $1 and area_id = $2 and status <> 'closed' and kind <> 'daily_report'`,
    [municipalityId, areaId],
  );
  return rows[0]?.n ?? 0;
}

/** How often each theme came up in the area's signals and spreekuur visits in the last `months` months. */
export async function countAreaThemes(db: Db, municipalityId: string, areaId: string, months: number) {
  const { rows } = await db.query<{ theme: string; signals: number; visits: number }>(
    `with s as (
       select unnest(themes) as theme from signals
       where municipality_id = $1 and area_id = $2 and kind <> 'daily_report' and created_at >= now() - make_interval(months => $3)
     ), v as (
       select unnest(themes) as theme from office_hour_visits
       where municipality_id = $1 and area_id = $2 and visited_on >= current_date - make_interval(months => $3)
     )
     select theme, sum(signals)::int as signals, sum(visits)::int as visits from (
       select theme, 1 as signals, 0 as visits from s union all select theme, 0, 1 from v
     ) t group by theme order by sum(signals) + sum(visits) desc, theme`,
    [municipalityId, areaId, months],
  );
  return rows;
}

export async function listOpenAreaInitiatives(db: Db, municipalityId: string, areaId: string) {
  const { rows } = await db.query<{ id: string; reference: string; title: string; status: string }>(
    `select id, reference, title, status from initiatives
     where municipality_id = $1 and area_id = $2 and status in ('submitted', 'intake', 'advice', 'decision', 'approved', 'running')
     order by created_at desc limit 10`,
    [municipalityId, areaId],
  );
  return rows;
}
