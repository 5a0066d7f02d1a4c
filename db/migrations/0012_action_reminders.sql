-- Actions agreed in a meeting (a leefbaarheidsgesprek's "afspraken") are reminded once when overdue: the day
-- after the due date their owner hears of it, or, for an owner outside the municipality, the area's
-- connectors. Moving the due date makes a new reminder possible (meetings.repo.ts clears reminded_at).
alter table meeting_actions add column reminded_at timestamptz;
create index meeting_actions_to_remind on meeting_actions (due_on) where status = 'open' and reminded_at is null;
