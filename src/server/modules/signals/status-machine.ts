import type { ClosingState, SignalStatus } from '../../../shared/schemas/signal.js';
import { AppError } from '../../platform/errors.js';

// new → assessed → referred/in progress → result agreed → monitoring → closed; any open state may close
// with an honest closing state; a closed signal can be reopened (back to assessed).
const TRANSITIONS: Record<SignalStatus, SignalStatus[]> = {
  new: ['assessed', 'closed'],
  assessed: ['in_progress', 'closed'],
  in_progress: ['result_agreed', 'closed'],
  result_agreed: ['monitoring', 'closed'],
  monitoring: ['closed'],
  closed: ['assessed'],
};

export const allowedTransitions = (from: SignalStatus): SignalStatus[] => TRANSITIONS[from];

/** Checks a status change; throws a readable 409/400 when it is not allowed or incomplete. */
export function assertTransition(options: {
  from: SignalStatus;
  to: SignalStatus;
  closingState?: ClosingState;
  reason?: string;
}): void {
  const { from, to, closingState, reason } = options;
  if (!TRANSITIONS[from].includes(to)) {
    throw new AppError(409, 'invalid_transition', `Van status '${from}' kan een signaal niet naar '${to}'.`);
  }
  if (to === 'closed' && !closingState) {
    throw new AppError(400, 'closing_state_required', 'Kies hoe het signaal wordt afgesloten (bijvoorbeeld opgelost of niet opgelost).');
  }
  if (to === 'closed' && (closingState === 'not_resolved' || closingState === 'not_municipal_task') && !reason) {
    throw new AppError(400, 'reason_required', 'Geef een reden bij "niet opgelost" of "geen taak van de gemeente".');
  }
  if (to !== 'closed' && closingState) {
    throw new AppError(400, 'closing_state_unexpected', 'Een afsluitreden hoort alleen bij afsluiten.');
  }
}
