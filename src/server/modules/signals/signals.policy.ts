import type { SessionUser } from '../../platform/auth/sessions.js';
import { hasRole } from '../../platform/auth/access.js';

/** Who may handle signals: assess, move, message, refer, hand off. */
export const canHandleSignals = (user: SessionUser) => hasRole(user, 'connector', 'coordinator');

/** Who sees every signal of the municipality; others see only what they entered or were asked about. */
export const seesAllSignals = (user: SessionUser) => hasRole(user, 'connector', 'coordinator', 'administrator', 'alderman');

/**
 * Residents' contact details: only for whoever follows the signal up — its connector and the coordinator.
 * Every read is written to the audit log.
 */
export const canReadReporterData = (user: SessionUser, isConnectorOfArea: boolean) =>
  hasRole(user, 'coordinator') || (hasRole(user, 'connector') && isConnectorOfArea);
