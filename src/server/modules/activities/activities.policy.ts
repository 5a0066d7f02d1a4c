import type { SessionUser } from '../../platform/auth/sessions.js';
import { hasRole } from '../../platform/auth/access.js';

/** Who read the activity log and the dashboards: the connectors, their coordinator, administrators and aldermen. */
export const ACTIVITY_READERS = ['connector', 'coordinator', 'administrator', 'alderman'] as const;
/** Who log activities: connectors, and coordinators who do area work themselves. */
export const ACTIVITY_WRITERS = ['connector', 'coordinator'] as const;

/** Connectors change their own log; a coordinator may correct anyone's. */
export const canEditActivity = (user: SessionUser, activityUserId: string) => activityUserId === user.id || hasRole(user, 'coordinator');
