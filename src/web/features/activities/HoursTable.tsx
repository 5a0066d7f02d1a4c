import type { HoursOverview } from '../../../shared/schemas/activity.js';
import { formatHours } from './fields.js';

/**
 * Hours spent against the budget per area and connector, one column per week or month. Over budget is
 * marked in words too, not only in colour.
 */
export function HoursTable({ overview, caption }: { overview: HoursOverview; caption: string }) {
  const periods = overview.periods;
  return (
    <div className="table-scroll">
      <table className="utrecht-table utrecht-table--html-table hours-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Gebied en wijkverbinder</th>
            {periods.map((period) => (
              <th key={period.key} scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                {overview.granularity === 'week' ? `wk ${period.key.slice(6)}` : period.label}
                <span className="visually-hidden"> ({period.label})</span>
              </th>
            ))}
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Totaal</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {overview.lines.map((line) => (
            <tr key={`${line.areaId}/${line.userId}`} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">
                {line.areaName}
                <span className="hours-table__person">
                  {line.userName}
                  {line.hoursPerWeek !== null ? `, ${formatHours(line.hoursPerWeek)} u per week` : ''}
                </span>
              </th>
              {line.perPeriod.map((cell) => (
                <td key={cell.key} className={`utrecht-table__cell utrecht-table__cell--numeric-data${cell.spentHours > cell.budgetHours ? ' is-over' : ''}`}>
                  {formatHours(cell.spentHours)} / {formatHours(cell.budgetHours)}
                  {cell.spentHours > cell.budgetHours && <span className="visually-hidden"> (meer dan begroot)</span>}
                </td>
              ))}
              <td className={`utrecht-table__cell utrecht-table__cell--numeric-data${line.spentHours > line.budgetHours ? ' is-over' : ''}`}>
                {formatHours(line.spentHours)} / {formatHours(line.budgetHours)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
