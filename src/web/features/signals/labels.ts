import {
  CHANNEL_LABELS,
  CLOSING_STATE_LABELS,
  PRIORITY_LABELS,
  SIGNAL_STATUS_LABELS,
  type ClosingState,
  type SignalStatus,
} from '../../../shared/schemas/signal.js';
import { SIGNAL_KIND_LABELS, THEMES, type SignalKind } from '../../../shared/schemas/signal-vocabulary.js';

export { CHANNEL_LABELS, CLOSING_STATE_LABELS, PRIORITY_LABELS, SIGNAL_KIND_LABELS, SIGNAL_STATUS_LABELS, THEMES };

/** What happened, in the signal's history. */
export const EVENT_LABELS: Record<string, string> = {
  created: 'Signaal ontvangen',
  assessed: 'Beoordeeld',
  referred: 'Verzoek aan een specialist',
  referral_seen: 'Verzoek gezien door de specialist',
  referral_answered: 'Verzoek beantwoord',
  referral_follow_up: 'Vervolg op een verzoek vastgelegd',
  referral_escalated: 'Verzoek over de termijn: gemeld bij de coördinator',
  status: 'Status gewijzigd',
  reopened: 'Heropend',
  message: 'Bericht aan de melder',
  note: 'Interne notitie',
  handoff: 'Doorgezet naar het meldkanaal',
  linked: 'Gekoppeld aan een eerder signaal (dubbel)',
  duplicate_added: 'Dubbel signaal hieraan gekoppeld',
  approach_proposed: 'Opgenomen in een voorstel voor een bredere aanpak',
};

export const themeLabel = (key: string) => (THEMES as Record<string, { label: string }>)[key]?.label ?? key;
export const kindLabel = (kind: string) => SIGNAL_KIND_LABELS[kind as SignalKind] ?? kind;
export const statusLabel = (status: string) => SIGNAL_STATUS_LABELS[status as SignalStatus] ?? status;
export const closingStateLabel = (state: string) => CLOSING_STATE_LABELS[state as ClosingState] ?? state;
export const priorityLabel = (priority: string | null) => (priority ? (PRIORITY_LABELS[priority as keyof typeof PRIORITY_LABELS] ?? priority) : 'Nog niet bepaald');

/** The status as a resident or colleague reads it: "Afgesloten: opgelost". */
export function statusText(signal: { status: string; closingState: string | null }): string {
  const status = statusLabel(signal.status);
  return signal.closingState ? `${status}: ${closingStateLabel(signal.closingState).toLowerCase()}` : status;
}

// Dates in Dutch, on the clock of the Netherlands (whatever the browser's time zone).
const TIME_ZONE = 'Europe/Amsterdam';
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });

/** "2026-03-05" (a calendar date) or an ISO timestamp → "5 maart 2026". */
export function formatDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** An ISO timestamp → "5 maart 2026 om 14:05". */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date).replace(',', ' om');
}

/** Today (or in `days` days) as a calendar date in the Netherlands: "2026-03-05". */
export function isoDateInDays(days = 0): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(date);
}
