import type { Db } from '../../platform/db/tenant.js';

// Read-only SQL on the signals module's table for the own figures and the area report. Which signals count
// is decided here once, so the figures, the comparison, the priority index and the report agree.

/**
 * The signals that count: area issues and individual questions. Not daily reports (handled by the regular
 * channel), not signals handed to that channel, not duplicates (their problem counts with the original).
 */
export const COUNTED_SIGNALS = `s.kind in ('area_issue', 'individual_question')
  and s.closing_state is distinct from 'handed_to_regular_channel'
  and s.duplicate_of is null and s.closing_state is distinct from 'duplicate'`;

export interface SignalCountRow {
  area_id: string | null;
  /** null with is_total false: the signals without a theme. */
  theme: string | null;
  is_total: boolean;
  signals: number;
}

/** Counted signals received in the period, per area per theme and per area in total (each signal once). */
export async function countSignalsByAreaAndTheme(db: Db, municipalityId: string, period: { from: string; to: string }): Promise<SignalCountRow[]> {
  const { rows } = await db.query<SignalCountRow>(
    `select s.area_id, t.theme, grouping(t.theme) = 1 as is_total, count(distinct s.id)::int as signals
     from signals s
     left join lateral unnest(s.themes) as t(theme) on true
     where s.municipality_id = $1 and s.received_on between $2::date and $3::date and ${COUNTED_SIGNALS}
     group by grouping sets ((s.area_id, t.theme), (s.area_id))`,
    [municipalityId, period.from, period.to],
  );
  return rows;
}
