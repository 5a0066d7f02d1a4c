import { EVENT_LABELS, formatDateTime, statusLabel } from './labels.js';
import type { SignalDetail } from './types.js';

type SignalEvent = SignalDetail['events'][number];

// What the note of an event is, per kind of event.
const NOTE_LABELS: Record<string, string> = {
  note: 'Notitie',
  referral_answered: 'Antwoord',
  referral_follow_up: 'Vervolg',
  status: 'Reden',
  reopened: 'Reden',
};

/** Everything that happened to the signal, oldest first; internal notes included (this is the staff view). */
export function Timeline({ events }: { events: SignalEvent[] }) {
  return (
    <ol className="timeline">
      {events.map((event, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a history only grows at the end; time plus position is unique
        <li key={`${event.at}-${index}`} className={`timeline__item timeline__item--${event.type === 'note' ? 'internal' : 'default'}`}>
          <p className="utrecht-paragraph timeline__head">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time> — <strong>{EVENT_LABELS[event.type] ?? event.type}</strong>
            {event.actor ? ` door ${event.actor}` : ''}
          </p>
          {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus && (
            <p className="utrecht-paragraph timeline__detail">
              Status: {statusLabel(event.fromStatus)} → {statusLabel(event.toStatus)}
            </p>
          )}
          {!event.fromStatus && event.toStatus && event.type === 'created' && <p className="utrecht-paragraph timeline__detail">Status: {statusLabel(event.toStatus)}</p>}
          {event.note && (
            <p className="utrecht-paragraph timeline__detail preserve-lines">
              {NOTE_LABELS[event.type] ?? 'Toelichting'}
              {event.type === 'note' ? ' (intern)' : ''}: {event.note}
            </p>
          )}
          {event.publicMessage && (
            <p className="utrecht-paragraph timeline__detail preserve-lines">Bericht aan de melder (op de volgpagina): {event.publicMessage}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
