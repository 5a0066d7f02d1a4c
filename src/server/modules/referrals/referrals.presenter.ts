import type { ReferralRow } from './referrals.repo.js';

export function presentReferralSummary(row: ReferralRow) {
  return {
    id: row.id,
    specialist: { id: row.specialist_id, name: row.specialist_name, department: row.specialist_department },
    question: row.question,
    dueOn: row.due_on,
    status: row.status,
    isOverdue: row.is_overdue,
    seenAt: row.seen_at?.toISOString() ?? null,
    answeredAt: row.answered_at?.toISOString() ?? null,
    answer: row.answer,
    followUp: row.follow_up,
  };
}

export function presentReferral(row: ReferralRow) {
  return {
    ...presentReferralSummary(row),
    signal: { id: row.signal_id, reference: row.signal_reference, text: row.signal_text, area: row.area_name },
    requestedBy: row.created_by_name,
    createdAt: row.created_at.toISOString(),
  };
}
