import type { OrganisationSummary } from '../../../shared/schemas/organisation.js';
import { formatDate } from '../activities/fields.js';

/** When a volunteer body stopped: since when, and who take over its overarching tasks. */
export function BoardNotice({ organisation }: { organisation: Pick<OrganisationSummary, 'name' | 'board'> }) {
  const { board } = organisation;
  if (board.status !== 'stopped' || !board.stoppedOn) return null;
  const takers = [
    board.fallback?.communityWorker &&
      `opbouwwerker ${board.fallback.communityWorker.name}${board.fallback.communityWorker.organisation ? ` (${board.fallback.communityWorker.organisation})` : ''}`,
    board.fallback?.adviser && `wijkadviseur ${board.fallback.adviser.name}`,
  ].filter(Boolean);
  return (
    <div className="notice-fallback">
      <p className="utrecht-paragraph">
        <strong>{organisation.name} is gestopt</strong> op {formatDate(board.stoppedOn)}.{' '}
        {takers.length > 0 ? `De overkoepelende taken zijn overgenomen door ${takers.join(' en ')}.` : 'Nog niet vastgelegd wie de taken overneemt.'}
      </p>
      {board.fallback?.tasks && <p className="utrecht-paragraph">{board.fallback.tasks}</p>}
    </div>
  );
}
