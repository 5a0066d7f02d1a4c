import type { Db } from '../../platform/db/tenant.js';
import { COUNTED_SIGNALS } from './own-figures.repo.js';

// Read-only SQL on other modules' tables for the area report: signals (issue 3) and activities (issue 4).

export interface ThemeStatusRow {
  /** null with is_total false: signals without a theme. */
  theme: string | null;
  is_total: boolean;
  status: string;
  signals: number;
}

/** Counted signals of one area received in the period, per theme and status, and per status in total. */
export async function countAreaSignalsByThemeAndStatus(db: Db, municipalityId: string, areaId: string, period: { from: string; to: string }): Promise<ThemeStatusRow[]> {
  const { rows } = await db.query<ThemeStatusRow>(
    `select t.theme, grouping(t.theme) = 1 as is_total, s.status, count(distinct s.id)::int as signals
     from signals s
     left join lateral unnest(s.themes) as t(theme) on true
     where s.municipality_id = $1 and s.area_id = $2 and s.received_on between $3::date and $4::date and ${COUNTED_SIGNALS}
     group by grouping sets ((t.theme, s.status), (s.status))`,
    [municipalityId, areaId, period.from, period.to],
  );
  return rows;
}

export interface SignalKindCountsRow {
  area_issues: number;
  individual_questions: number;
  /** Daily reports and signals handed to the regular channel: not counted, but said how many. */
  regular_channel: number;
  duplicates: number;
}

/** What came in for the area in the period, by what it turned out to be. */
export async function countAreaSignalKinds(db: Db, municipalityId: string, areaId: string, period: { from: string; to: string }): Promise<SignalKindCountsRow> {
  const { rows } = await db.query<SignalKindCountsRow>(
    `select
       count(*) filter (where ${COUNTED_SIGNALS} and s.kind = 'area_issue')::int as area_issues,
       count(*) filter (where ${COUNTED_SIGNALS} and s.kind = 'individual_question')::int as individual_questions,
       count(*) filter (where s.kind = 'daily_report' or s.closing_state = 'handed_to_regular_channel')::int as regular_channel,
       count(*) filter (where s.kind <> 'daily_report' and s.closing_state is distinct from 'handed_to_regular_channel'
                          and (s.duplicate_of is not null or s.closing_state = 'duplicate'))::int as duplicates
     from signals s
     where s.municipality_id = $1 and s.area_id = $2 and s.received_on between $3::date and $4::date`,
    [municipalityId, areaId, period.from, period.to],
  );
  return rows[0] ?? { area_issues: 0, individual_questions: 0, regular_channel: 0, duplicates: 0 };
}

const ACTIVITY_COLUMNS = ['municipality_id', 'area_id', 'occurred_on', 'minutes', 'role'];

/**
 * Whether the activity log (issue 4, migration 0004_activities) is there with the columns the report reads.
 * The report is built beside that module: until its table exists, the report says so instead of failing.
 */
export async function hasActivityLog(db: Db): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from information_schema.columns
     where table_schema = current_schema() and table_name = 'activities' and column_name = any($1)`,
    [ACTIVITY_COLUMNS],
  );
  return rows[0]?.n === ACTIVITY_COLUMNS.length;
}

export interface ActivityRoleRow {
  role: string;
  activities: number;
  minutes: number;
}

/** The area's activities in the period per role (informing, agenda-setting, exploring, facilitating, fixing). */
export async function countAreaActivitiesByRole(db: Db, municipalityId: string, areaId: string, period: { from: string; to: string }): Promise<ActivityRoleRow[]> {
  const { rows } = await db.query<ActivityRoleRow>(
    `select role, count(*)::int as activities, coalesce(sum(minutes), 0)::int as minutes
     from activities
     where municipality_id = $1 and area_id = $2 and occurred_on between $3::date and $4::date
     group by role`,
    [municipalityId, areaId, period.from, period.to],
  );
  return rows;
}

/** What the municipality calls its connectors (wijkverbinder, wijkregisseur, …). */
export async function readConnectorTitle(db: Db, municipalityId: string): Promise<string> {
  const { rows } = await db.query<{ connector_title: string }>('select connector_title from municipalities where id = $1', [municipalityId]);
  return rows[0]?.connector_title ?? 'wijkverbinder';
}
