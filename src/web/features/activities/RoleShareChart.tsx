import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ACTIVITY_ROLE_COLORS, ACTIVITY_ROLE_LABELS, ACTIVITY_ROLES, type RoleDashboard } from '../../../shared/schemas/activity.js';
import { formatMinutes, formatShare } from './fields.js';

type Period = RoleDashboard['periods'][number];

const TREND_TEXT = {
  rising: 'stijgt',
  falling: 'daalt',
  flat: 'blijft gelijk',
  unknown: 'is nog niet te zeggen (te weinig perioden met tijd)',
} as const;

/** One sentence on the fixer share and where it is going: the first thing a coordinator reads. */
export function fixerSummary(dashboard: RoleDashboard): string {
  const { fixerTrend, totals } = dashboard;
  const share = formatShare(totals.shares.fixing);
  const slope = fixerTrend.slope === null ? '' : ` (${fixerTrend.slope > 0 ? '+' : ''}${fixerTrend.slope.toLocaleString('nl-NL')} procentpunt per periode)`;
  return `Aandeel oplossen (fixer) in deze periode: ${share}. Het aandeel ${TREND_TEXT[fixerTrend.direction]}${slope}.`;
}

/**
 * Share of time per role per period as stacked bars, with the fixer share as a line on top. The chart is
 * for the eye; the table under it holds the same numbers for everyone (and for screen readers).
 */
export function RoleShareChart({ dashboard, title }: { dashboard: RoleDashboard; title: string }) {
  const width = 720;
  const height = 280;
  const pad = { top: 16, right: 16, bottom: 44, left: 48 };
  const x = scaleBand<string>()
    .domain(dashboard.periods.map((p) => p.key))
    .range([pad.left, width - pad.right])
    .padding(0.2);
  const y = scaleLinear().domain([0, 1]).range([height - pad.bottom, pad.top]);
  const withTime = dashboard.periods.filter((p) => p.totalMinutes > 0);
  const fixerLine = line<Period>()
    .x((p) => (x(p.key) ?? 0) + x.bandwidth() / 2)
    .y((p) => y(p.shares.fixing ?? 0))(withTime);
  const labelEvery = Math.ceil(dashboard.periods.length / 12);
  const shortLabel = (p: Period) => (dashboard.granularity === 'week' ? `wk ${p.key.slice(6)}` : p.label.replace(/ \d{4}$/, ''));

  return (
    <figure className="role-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: gestapelde staven met het aandeel tijd per rol per periode, en een lijn voor het aandeel oplossen. De tabel eronder geeft dezelfde cijfers.`}>
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="#d9d9d9" />
            <text x={pad.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize="11" fill="#333333">
              {tick * 100}%
            </text>
          </g>
        ))}
        {dashboard.periods.map((period, index) => {
          let offset = 0;
          return (
            <g key={period.key}>
              {period.totalMinutes > 0 &&
                ACTIVITY_ROLES.map((role) => {
                  const share = period.shares[role] ?? 0;
                  const top = y(offset + share);
                  const rect = (
                    <rect key={role} x={x(period.key)} width={x.bandwidth()} y={top} height={y(offset) - top} fill={ACTIVITY_ROLE_COLORS[role]}>
                      <title>{`${period.label}: ${ACTIVITY_ROLE_LABELS[role]} ${formatShare(share)}`}</title>
                    </rect>
                  );
                  offset += share;
                  return rect;
                })}
              {period.totalMinutes === 0 && (
                <text x={(x(period.key) ?? 0) + x.bandwidth() / 2} y={y(0) - 6} textAnchor="middle" fontSize="10" fill="#4d4d4d">
                  geen
                </text>
              )}
              {index % labelEvery === 0 && (
                <text x={(x(period.key) ?? 0) + x.bandwidth() / 2} y={height - pad.bottom + 16} textAnchor="middle" fontSize="11" fill="#333333">
                  {shortLabel(period)}
                </text>
              )}
            </g>
          );
        })}
        {fixerLine && <path d={fixerLine} fill="none" stroke="#000000" strokeWidth={2} strokeDasharray="5 3" />}
        {withTime.map((p) => (
          <circle key={p.key} cx={(x(p.key) ?? 0) + x.bandwidth() / 2} cy={y(p.shares.fixing ?? 0)} r={3.5} fill="#000000" />
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {ACTIVITY_ROLES.map((role) => (
            <li key={role}>
              <span className="legend-swatch" style={{ backgroundColor: ACTIVITY_ROLE_COLORS[role] }} aria-hidden="true" /> {ACTIVITY_ROLE_LABELS[role]}
            </li>
          ))}
          <li>
            <span className="legend-line" aria-hidden="true" /> Aandeel oplossen
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** The same figures as the chart, per period: minutes and shares per role. */
export function RoleShareTable({ dashboard, caption }: { dashboard: RoleDashboard; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="utrecht-table utrecht-table--html-table role-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Periode</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Tijd</th>
            {ACTIVITY_ROLES.map((role) => (
              <th key={role} scope="col" className={`utrecht-table__header-cell utrecht-table__header-cell--numeric-column${role === 'fixing' ? ' is-fixer' : ''}`}>
                {ACTIVITY_ROLE_LABELS[role]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {dashboard.periods.map((period) => (
            <tr key={period.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">{period.label}</th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{period.totalMinutes ? formatMinutes(period.totalMinutes) : '—'}</td>
              {ACTIVITY_ROLES.map((role) => (
                <td key={role} className={`utrecht-table__cell utrecht-table__cell--numeric-data${role === 'fixing' ? ' is-fixer' : ''}`}>
                  {formatShare(period.shares[role])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Shares per connector or per area over the whole range. */
export function RoleBreakdownTable({ rows, caption, nameHeader }: { rows: (RoleDashboard['totals'] & { key: string; name: string })[]; caption: string; nameHeader: string }) {
  return (
    <div className="table-scroll">
      <table className="utrecht-table utrecht-table--html-table role-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{nameHeader}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Tijd</th>
            {ACTIVITY_ROLES.map((role) => (
              <th key={role} scope="col" className={`utrecht-table__header-cell utrecht-table__header-cell--numeric-column${role === 'fixing' ? ' is-fixer' : ''}`}>
                {ACTIVITY_ROLE_LABELS[role]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">{row.name}</th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{formatMinutes(row.totalMinutes)}</td>
              {ACTIVITY_ROLES.map((role) => (
                <td key={role} className={`utrecht-table__cell utrecht-table__cell--numeric-data${role === 'fixing' ? ' is-fixer' : ''}`}>
                  {formatShare(row.shares[role])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
