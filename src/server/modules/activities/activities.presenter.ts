import type { Activity } from '../../../shared/schemas/activity.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import { canEditActivity } from './activities.policy.js';
import type { ActivityRow } from './activities.repo.js';

export function presentActivity(row: ActivityRow, viewer: SessionUser): Activity {
  return {
    id: row.id,
    occurredOn: row.occurred_on,
    minutes: row.minutes,
    kind: row.kind,
    role: row.role,
    suggestedRole: row.suggested_role,
    area: row.area_id ? { id: row.area_id, name: row.area_name ?? '' } : null,
    user: { id: row.user_id, name: row.user_name },
    participants: row.participants,
    note: row.note,
    signal: row.signal_id ? { id: row.signal_id, reference: row.signal_reference ?? '' } : null,
    organisations: row.organisations,
    contacts: row.contacts,
    createdAt: row.created_at.toISOString(),
    canEdit: canEditActivity(viewer, row.user_id),
  };
}
