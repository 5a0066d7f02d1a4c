import type { Action } from '../../../shared/schemas/meeting.js';
import { Button } from '../../components/Button.js';
import { VisuallyHidden } from '../../components/Paragraph.js';
import { formatDate } from '../programme/api.js';
import { useUpdateAction } from './api.js';

const STATUS = { open: 'Open', done: 'Gedaan', cancelled: 'Vervallen' } as const;

/** Agreements as actions: who, what, before when; the owner or connector marks them done. */
export function ActionsTable({ actions, caption, canClose, showMeeting = false }: { actions: Action[]; caption: string; canClose: boolean; showMeeting?: boolean }) {
  const update = useUpdateAction();
  return (
    <table className="utrecht-table utrecht-table--html-table">
      <caption className="utrecht-table__caption">{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">Afspraak</th>
          <th scope="col" className="utrecht-table__header-cell">Eigenaar</th>
          <th scope="col" className="utrecht-table__header-cell">Vóór</th>
          <th scope="col" className="utrecht-table__header-cell">Status</th>
          {canClose && <th scope="col" className="utrecht-table__header-cell"><VisuallyHidden>Actie</VisuallyHidden></th>}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {actions.map((action) => (
          <tr key={action.id} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__cell">
              {action.text}
              {showMeeting && <span className="programme-note">{action.area.name} — {action.meetingTitle}</span>}
            </th>
            <td className="utrecht-table__cell">{action.owner?.name ?? action.ownerName}</td>
            <td className="utrecht-table__cell">
              {formatDate(action.dueOn)}
              {action.isOverdue && <strong> (verlopen)</strong>}
              {action.isOverdue && action.remindedAt && <span className="programme-note">Herinnering verstuurd op {formatDate(action.remindedAt)}</span>}
            </td>
            <td className="utrecht-table__cell">{STATUS[action.status]}</td>
            {canClose && (
              <td className="utrecht-table__cell">
                {action.status === 'open' && (
                  <Button busy={update.isPending && update.variables?.id === action.id} onClick={() => update.mutate({ id: action.id, body: { status: 'done' } })}>
                    Gedaan<VisuallyHidden>: {action.text}</VisuallyHidden>
                  </Button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
