import type { z } from 'zod';
import type {
  Action,
  ActionInput,
  ActionUpdateSchema,
  InvitationInputSchema,
  Meeting,
  MeetingInput,
  MeetingKind,
  MeetingSummary,
  MeetingUpdate,
  ConversationCoverageSchema,
  InviteSuggestionSchema,
} from '../../../shared/schemas/meeting.js';
import { THEMES, THEME_KEYS, type Theme } from '../../../shared/schemas/signal-vocabulary.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { defaultTemplate, findTemplate } from '../methods/methods.service.js';
import { percentDone } from '../programme/programme.presenter.js';
import { listProjectRows } from '../programme/programme.repo.js';
import { type AgendaSources, type FigureLine, prefillAgenda } from './agenda-prefill.js';
import { listOpenAreaInitiatives, listOpenAreaSignals } from './agenda.repo.js';
import {
  type ActionRow,
  activeUserIds,
  areaName,
  deleteInvitationRow,
  deleteMeetingRow,
  findActionRow,
  findMeetingRow,
  heldConversationAreaIds,
  insertActionRow,
  insertInvitationRow,
  insertMeetingRow,
  listActionRows,
  listConversationDates,
  listExpertsRows,
  listInvitationRows,
  listMeetingRows,
  type MeetingRow,
  updateActionRow,
  updateMeetingRow,
} from './meetings.repo.js';

const today = () => new Date().toISOString().slice(0, 10);

export function presentAction(row: ActionRow): Action {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    meetingKind: row.meeting_kind,
    area: { id: row.area_id, name: row.area_name },
    text: row.text,
    owner: row.owner_user_id ? { id: row.owner_user_id, name: row.owner_user_name ?? '' } : null,
    ownerName: row.owner_name,
    dueOn: row.due_on,
    status: row.status,
    isOverdue: row.status === 'open' && row.due_on !== null && row.due_on < today(),
    remindedAt: row.reminded_at?.toISOString() ?? null,
    doneAt: row.done_at?.toISOString() ?? null,
    note: row.note,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentMeetingSummary(row: MeetingRow): MeetingSummary {
  return {
    id: row.id,
    area: { id: row.area_id, name: row.area_name },
    kind: row.kind,
    title: row.title,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    location: row.location,
    status: row.status,
    isPublic: row.is_public,
    openActions: row.open_actions,
  };
}

export async function listMeetings(scope: Scope & { areaId?: string; kind?: MeetingKind; from?: string; to?: string }): Promise<MeetingSummary[]> {
  return (await listMeetingRows(scope.db, scope.municipalityId, scope)).map(presentMeetingSummary);
}

async function load(scope: Scope & { meetingId: string }): Promise<MeetingRow> {
  const row = await findMeetingRow(scope.db, scope.municipalityId, scope.meetingId);
  if (!row) throw notFound('Bijeenkomst niet gevonden.');
  return row;
}

export async function getMeeting(scope: Scope & { meetingId: string }): Promise<Meeting> {
  const row = await load(scope);
  const invitations = await listInvitationRows(scope.db, scope.municipalityId, row.id);
  const actions = await listActionRows(scope.db, scope.municipalityId, { meetingId: row.id });
  return {
    ...presentMeetingSummary(row),
    participants: row.participants,
    agenda: row.agenda.map((section) => ({ ...section, prompt: section.prompt ?? '', items: section.items.map((item) => ({ text: item.text, source: item.source ?? null })) })),
    minutes: row.minutes,
    outcomes: row.outcomes,
    publicSummary: row.public_summary,
    format: row.format_template_id ? { id: row.format_template_id, name: row.format_name ?? '' } : null,
    invitations: invitations.map((i) => ({ id: i.id, user: { id: i.user_id, name: i.name, department: i.department }, theme: i.theme, note: i.note })),
    actions: actions.map(presentAction),
  };
}

/** What the area brings to the table: figures (through the seam), open signals, projects, initiatives, open agreements. */
async function gatherAgendaSources(scope: Scope & { areaId: string; loadFigures?: () => Promise<FigureLine[]> }): Promise<AgendaSources> {
  const signals = await listOpenAreaSignals(scope.db, scope.municipalityId, scope.areaId);
  const projects = (await listProjectRows(scope.db, scope.municipalityId, { areaId: scope.areaId })).filter((p) => ['planned', 'running', 'on_hold'].includes(p.status));
  const initiatives = await listOpenAreaInitiatives(scope.db, scope.municipalityId, scope.areaId);
  const actions = await listActionRows(scope.db, scope.municipalityId, { areaId: scope.areaId, status: 'open' });
  const figures = scope.loadFigures ? await optionalFigures(scope.db, scope.loadFigures) : [];
  return {
    figures,
    signals,
    projects: projects.map((p) => ({ id: p.id, title: p.title, status: p.status, percentDone: percentDone(p) })),
    initiatives,
    openActions: actions.map((a) => ({ id: a.id, text: a.text, owner: a.owner_user_name ?? a.owner_name ?? '', dueOn: a.due_on })),
  };
}

/**
 * Figures are welcome, not required: a statistics problem must not stop a meeting from being planned. A
 * savepoint keeps a failed statistics query from aborting the meeting's transaction.
 */
export async function optionalFigures(db: Scope['db'], load: () => Promise<FigureLine[]>): Promise<FigureLine[]> {
  await db.query('savepoint agenda_figures');
  try {
    const figures = await load();
    await db.query('release savepoint agenda_figures');
    return figures;
  } catch {
    await db.query('rollback to savepoint agenda_figures');
    return [];
  }
}

/**
 * Plans a meeting. Its agenda follows the municipality's conversation format for this kind (for a
 * leefbaarheidsgesprek: the four phases of waarderend vernieuwen), prefilled from the area.
 */
export async function createMeeting(scope: Scope & { input: MeetingInput; loadFigures?: () => Promise<FigureLine[]> }): Promise<Meeting> {
  const { input } = scope;
  if (!(await areaName(scope.db, scope.municipalityId, input.areaId))) throw new AppError(400, 'unknown_area', 'Dit gebied bestaat niet in deze gemeente.');
  await assertParticipants(scope, input.participants);
  const format = input.formatTemplateId
    ? await findTemplate(scope.db, scope.municipalityId, input.formatTemplateId, 'conversation_format')
    : await defaultTemplate(scope.db, scope.municipalityId, 'conversation_format', input.kind);
  const sections = (format?.content.sections as { key: string; title: string; prompt?: string }[] | undefined) ?? [{ key: 'agenda', title: 'Agenda' }];
  const sources = input.prefillAgenda ? await gatherAgendaSources({ ...scope, areaId: input.areaId }) : null;
  const id = await insertMeetingRow(scope.db, {
    municipalityId: scope.municipalityId,
    areaId: input.areaId,
    kind: input.kind,
    title: input.title,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    location: input.location,
    isPublic: input.isPublic,
    participants: input.participants,
    agenda: prefillAgenda(sections, sources),
    formatTemplateId: format?.id ?? null,
    createdBy: scope.actorId,
  });
  await audit(scope, 'meeting.create', 'meeting', id, { kind: input.kind, areaId: input.areaId });
  return getMeeting({ ...scope, meetingId: id });
}

async function assertParticipants(scope: Scope, participants: { userId: string | null }[]) {
  const ids = participants.map((p) => p.userId).filter((id): id is string => id !== null);
  const known = await activeUserIds(scope.db, scope.municipalityId, ids);
  if (ids.some((id) => !known.has(id))) throw new AppError(400, 'unknown_user', 'Een deelnemer bestaat niet (meer) als collega in deze gemeente.');
}

export async function updateMeeting(scope: Scope & { meetingId: string; update: MeetingUpdate }): Promise<Meeting> {
  const row = await load(scope);
  const startsAt = scope.update.startsAt ? new Date(scope.update.startsAt) : row.starts_at;
  const endsAt = scope.update.endsAt ? new Date(scope.update.endsAt) : row.ends_at;
  if (endsAt <= startsAt) throw new AppError(400, 'invalid_period', 'Het einde ligt na het begin.');
  if (scope.update.participants) await assertParticipants(scope, scope.update.participants);
  await updateMeetingRow(scope.db, scope.municipalityId, row.id, scope.update);
  await audit(scope, 'meeting.update', 'meeting', row.id, { fields: Object.keys(scope.update) });
  return getMeeting(scope);
}

export async function deleteMeeting(scope: Scope & { meetingId: string }): Promise<void> {
  if (!(await deleteMeetingRow(scope.db, scope.municipalityId, scope.meetingId))) throw notFound('Bijeenkomst niet gevonden.');
  await audit(scope, 'meeting.delete', 'meeting', scope.meetingId, {});
}

/** An agreement of the meeting becomes an action with an owner and (usually) a due date. */
export async function addAction(scope: Scope & { meetingId: string; input: ActionInput }): Promise<Meeting> {
  const row = await load(scope);
  if (scope.input.ownerUserId) await assertParticipants(scope, [{ userId: scope.input.ownerUserId }]);
  const id = await insertActionRow(scope.db, {
    municipalityId: scope.municipalityId,
    meetingId: row.id,
    areaId: row.area_id,
    text: scope.input.text,
    ownerUserId: scope.input.ownerUserId,
    ownerName: scope.input.ownerName || null,
    dueOn: scope.input.dueOn,
  });
  await audit(scope, 'action.create', 'meeting_action', id, { meetingId: row.id });
  return getMeeting(scope);
}

export async function listActions(scope: Scope & { areaId?: string; mine?: boolean; status: 'open' | 'done' | 'cancelled' | 'all' }): Promise<Action[]> {
  return (
    await listActionRows(scope.db, scope.municipalityId, {
      areaId: scope.areaId,
      ownerId: scope.mine ? scope.actorId : undefined,
      status: scope.status === 'all' ? undefined : scope.status,
    })
  ).map(presentAction);
}

/** Updates or closes an action: its owner may, and so may the connector and the coordinator. */
export async function updateAction(scope: Scope & { user: SessionUser; actionId: string; update: z.infer<typeof ActionUpdateSchema> }): Promise<Action> {
  const row = await findActionRow(scope.db, scope.municipalityId, scope.actionId);
  if (!row) throw notFound('Actie niet gevonden.');
  const isEditor = scope.user.roles.some((role) => role === 'connector' || role === 'coordinator');
  if (!isEditor && row.owner_user_id !== scope.user.id) throw forbidden('Alleen de eigenaar of de wijkverbinder werkt deze actie bij.');
  if (scope.update.ownerUserId) await assertParticipants(scope, [{ userId: scope.update.ownerUserId }]);
  const ownerUser = scope.update.ownerUserId === undefined ? row.owner_user_id : scope.update.ownerUserId;
  const ownerName = scope.update.ownerName === undefined ? row.owner_name : scope.update.ownerName;
  if (!ownerUser && !ownerName) throw new AppError(400, 'owner_required', 'Een actie heeft een eigenaar: een collega of een naam.');
  await updateActionRow(scope.db, scope.municipalityId, row.id, scope.update);
  await audit(scope, 'action.update', 'meeting_action', row.id, { fields: Object.keys(scope.update) });
  return presentAction((await findActionRow(scope.db, scope.municipalityId, row.id)) as ActionRow);
}

/** Invites a colleague to a meeting to inform it on a theme (information supply for the wijkoverleg). */
export async function inviteColleague(scope: Scope & { meetingId: string; input: z.infer<typeof InvitationInputSchema> }): Promise<Meeting> {
  const row = await load(scope);
  await assertParticipants(scope, [{ userId: scope.input.userId }]);
  await insertInvitationRow(scope.db, { municipalityId: scope.municipalityId, meetingId: row.id, ...scope.input });
  await audit(scope, 'meeting.invite', 'meeting', row.id, { userId: scope.input.userId, theme: scope.input.theme });
  return getMeeting(scope);
}

export async function removeInvitation(scope: Scope & { meetingId: string; invitationId: string }): Promise<Meeting> {
  await load(scope);
  if (!(await deleteInvitationRow(scope.db, scope.municipalityId, scope.meetingId, scope.invitationId))) throw notFound('Uitnodiging niet gevonden.');
  return getMeeting(scope);
}

/** Which colleague to invite on which theme: the themes of the agenda's signals, each with fitting experts. */
export async function suggestInvitations(scope: Scope & { meetingId: string }): Promise<z.infer<typeof InviteSuggestionSchema>[]> {
  const row = await load(scope);
  const signals = await listOpenAreaSignals(scope.db, scope.municipalityId, row.area_id, 50);
  const counts = new Map<Theme, number>();
  for (const signal of signals) for (const theme of signal.themes) if (THEME_KEYS.includes(theme as Theme)) counts.set(theme as Theme, (counts.get(theme as Theme) ?? 0) + 1);
  const themes = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([theme]) => theme).slice(0, 5);
  const result = [];
  for (const theme of themes) {
    const people = await listExpertsRows(scope.db, scope.municipalityId, THEMES[theme].expertise.map((e) => e.toLowerCase()));
    result.push({ theme, themeLabel: THEMES[theme].label, people: people.map((p) => ({ id: p.id, name: p.name, department: p.department, expertise: p.expertise })) });
  }
  return result;
}

/** For the coordinator: which areas had their yearly leefbaarheidsgesprek, which have one planned, which are due. */
export async function conversationCoverage(scope: Scope & { year: number; now?: Date }): Promise<z.infer<typeof ConversationCoverageSchema>> {
  const now = scope.now ?? new Date();
  const yearAgo = new Date(now);
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);
  const dates = await listConversationDates(scope.db, scope.municipalityId);
  const heldInYear = await heldConversationAreaIds(scope.db, scope.municipalityId, scope.year);
  return {
    year: scope.year,
    areas: dates.map((row) => {
      const heldThisYear = heldInYear.has(row.area_id);
      const recent = row.last_held !== null && row.last_held >= yearAgo;
      const state = heldThisYear ? 'held' : row.next_planned ? 'planned' : recent ? 'due' : 'overdue';
      return {
        area: { id: row.area_id, name: row.area_name },
        lastHeld: row.last_held?.toISOString() ?? null,
        nextPlanned: row.next_planned?.toISOString() ?? null,
        heldThisYear,
        state,
      };
    }),
  };
}

function audit(scope: Scope, action: string, entityType: string, entityId: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType, entityId, details });
}
