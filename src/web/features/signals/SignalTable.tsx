import { AppLink } from '../../components/Link.js';
import { VisuallyHidden } from '../../components/Paragraph.js';
import { formatDate, kindLabel, priorityLabel, statusText } from './labels.js';
import type { SignalListItem } from './types.js';

interface SignalTableProps {
  items: SignalListItem[];
  caption: string;
  captionId: string;
  /** Leave out the area column (on an area's own page). */
  showArea?: boolean;
}

/** Signals in a table; "over de termijn" is a word with a marker, never only a colour. */
export function SignalTable({ items, caption, captionId, showArea = true }: SignalTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="utrecht-table utrecht-table--html-table signal-table">
        <caption className="utrecht-table__caption" id={captionId}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Kenmerk</th>
            <th scope="col" className="utrecht-table__header-cell">Ontvangen</th>
            <th scope="col" className="utrecht-table__header-cell">Signaal</th>
            {showArea && <th scope="col" className="utrecht-table__header-cell">Gebied</th>}
            <th scope="col" className="utrecht-table__header-cell">Soort</th>
            <th scope="col" className="utrecht-table__header-cell">Status</th>
            <th scope="col" className="utrecht-table__header-cell">Prioriteit</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Open verzoeken</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((signal) => (
            <tr key={signal.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">
                <AppLink to={`/werk/signalen/${signal.id}`} className="reference">
                  {signal.reference}
                </AppLink>
              </th>
              <td className="utrecht-table__cell signal-table__date">
                <time dateTime={signal.receivedOn}>{formatDate(signal.receivedOn)}</time>
              </td>
              <td className="utrecht-table__cell signal-table__excerpt">{signal.excerpt}</td>
              {showArea && <td className="utrecht-table__cell">{signal.area?.name ?? 'Nog geen gebied'}</td>}
              <td className="utrecht-table__cell">{kindLabel(signal.kind)}</td>
              <td className="utrecht-table__cell">{statusText(signal)}</td>
              <td className="utrecht-table__cell">{priorityLabel(signal.priority)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                {signal.openReferrals}
                {signal.isOverdue && (
                  <span className="overdue-tag">
                    <span aria-hidden="true">⚠ </span>over de termijn
                  </span>
                )}
                {signal.isOverdue && <VisuallyHidden>: een verzoek is niet op tijd beantwoord</VisuallyHidden>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
