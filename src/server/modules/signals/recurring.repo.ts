import type { Db } from '../../platform/db/tenant.js';

export interface SimilarPair {
  a: string;
  b: string;
  score: number;
}

/**
 * Pairs of signals in the same area within `days` that look alike: trigram similarity of the texts,
 * raised by a shared theme and the same neighbourhood. Closed duplicates are left out (already linked).
 */
export async function findSimilarPairs(db: Db, municipalityId: string, options: { areaId?: string; days: number; threshold: number }): Promise<SimilarPair[]> {
  const { rows } = await db.query<SimilarPair>(
    `with recent as (
       select id, area_id, neighbourhood_code, themes, text from signals
       where municipality_id = $1 and area_id is not null and created_at > now() - make_interval(days => $2)
         and closing_state is distinct from 'duplicate' and ($3::uuid is null or area_id = $3)
     )
     select x.id as a, y.id as b,
       (similarity(x.text, y.text)
        + case when x.themes && y.themes then 0.15 else 0 end
        + case when x.neighbourhood_code = y.neighbourhood_code then 0.1 else 0 end)::float8 as score
     from recent x join recent y on x.area_id = y.area_id and x.id < y.id
     where similarity(x.text, y.text) + case when x.themes && y.themes then 0.15 else 0 end
           + case when x.neighbourhood_code = y.neighbourhood_code then 0.1 else 0 end >= $4`,
    [municipalityId, options.days, options.areaId ?? null, options.threshold],
  );
  return rows;
}

export async function findSignalSummaries(db: Db, municipalityId: string, ids: string[]) {
  const { rows } = await db.query<{ id: string; reference: string; text: string; themes: string[]; area_id: string; area_name: string; created_at: Date; status: string }>(
    `select s.id, s.reference, s.text, s.themes, s.area_id, a.name as area_name, s.created_at, s.status
     from signals s join areas a on a.id = s.area_id where s.municipality_id = $1 and s.id = any($2::uuid[]) order by s.created_at`,
    [municipalityId, ids],
  );
  return rows;
}

/** Signals per theme and area: the last `days` against the `days` before them. */
export async function countThemesByArea(db: Db, municipalityId: string, days: number) {
  const { rows } = await db.query<{ theme: string; area_id: string; area_name: string; recent: number; before: number }>(
    `select t.theme, s.area_id, a.name as area_name,
       count(*) filter (where s.created_at > now() - make_interval(days => $2))::int as recent,
       count(*) filter (where s.created_at <= now() - make_interval(days => $2))::int as before
     from signals s join areas a on a.id = s.area_id, unnest(s.themes) as t(theme)
     where s.municipality_id = $1 and s.created_at > now() - make_interval(days => $2 * 2)
     group by t.theme, s.area_id, a.name`,
    [municipalityId, days],
  );
  return rows;
}

export async function insertApproach(
  db: Db,
  approach: { municipalityId: string; areaId: string | null; title: string; proposal: string; createdBy: string; signalIds: string[] },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into approaches (municipality_id, area_id, title, proposal, created_by) values ($1, $2, $3, $4, $5) returning id`,
    [approach.municipalityId, approach.areaId, approach.title, approach.proposal, approach.createdBy],
  );
  const id = rows[0]?.id as string;
  await db.query(
    `insert into approach_signals (approach_id, signal_id, municipality_id) select $1, unnest($2::uuid[]), $3`,
    [id, approach.signalIds, approach.municipalityId],
  );
  return id;
}

export async function listApproachRows(db: Db, municipalityId: string) {
  const { rows } = await db.query<{ id: string; title: string; proposal: string; status: string; area_name: string | null; created_at: Date; created_by_name: string | null; signal_references: string[] }>(
    `select p.id, p.title, p.proposal, p.status, a.name as area_name, p.created_at, u.name as created_by_name,
       (select array_agg(s.reference order by s.reference) from approach_signals x join signals s on s.id = x.signal_id where x.approach_id = p.id) as signal_references
     from approaches p left join areas a on a.id = p.area_id left join users u on u.id = p.created_by
     where p.municipality_id = $1 order by p.created_at desc`,
    [municipalityId],
  );
  return rows;
}

export async function updateApproachStatus(db: Db, municipalityId: string, id: string, status: string): Promise<boolean> {
  const { rowCount } = await db.query('update approaches set status = $3 where municipality_id = $1 and id = $2', [municipalityId, id, status]);
  return (rowCount ?? 0) > 0;
}
