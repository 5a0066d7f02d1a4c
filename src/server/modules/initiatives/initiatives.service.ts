import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  type AdviceSchema,
  type DecisionInputSchema,
  type FollowUpSchema,
  INITIATIVE_STATUS_LABELS,
  type Initiative,
  type InitiativeListItem,
  type InitiativePublicationSchema,
  type InitiativeStatus,
  type IntakeSchema,
  type PublicInitiativeInput,
  type StaffInitiativeInputSchema,
  type ToProjectSchema,
} from '../../../shared/schemas/initiative.js';
import { randomToken } from '../../platform/random-token.js';
import { recordAudit } from '../../platform/audit.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { Scope } from '../../platform/db/scope.js';
import type { Db } from '../../platform/db/tenant.js';
import { AppError, notFound } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { findProgrammeRow } from '../programme/programme.repo.js';
import { createProject } from '../programme/programme.service.js';
import {
  findBudgetRow,
  findContactRow,
  findInitiativeRow,
  firstConnectorOfArea,
  type InitiativeChange,
  type InitiativeRow,
  insertContactRow,
  insertInitiativeEvent,
  insertInitiativeRow,
  isConnectorOfArea,
  listInitiativeEvents,
  listInitiativeRows,
  lockBudgetRow,
  nextInitiativeReference,
  updateInitiativeRow,
} from './initiatives.repo.js';

export const hashInitiativeToken = (token: string) => createHash('sha256').update(token).digest('hex');
const CLOSED: InitiativeStatus[] = ['rejected', 'completed', 'withdrawn'];
const OPEN: InitiativeStatus[] = ['submitted', 'intake', 'advice', 'decision', 'approved', 'running'];

type NewInitiative = Omit<PublicInitiativeInput, 'municipality' | 'contact'> & { contact?: PublicInitiativeInput['contact']; receivedOn?: string };

/** Stores an initiative from the public site (actorId null) or from a colleague; mails the tracking link. */
export async function submitInitiative(options: {
  db: Db;
  municipalityId: string;
  actorId: string | null;
  input: NewInitiative;
  publicUrl: string;
}): Promise<{ id: string; reference: string; trackingToken: string; trackingUrl: string }> {
  const { db, municipalityId, input } = options;
  if (input.areaId) {
    const { rowCount } = await db.query('select 1 from areas where municipality_id = $1 and id = $2', [municipalityId, input.areaId]);
    if (!rowCount) throw new AppError(400, 'unknown_area', 'Dit gebied bestaat niet in deze gemeente.');
  }
  const connector = await firstConnectorOfArea(db, municipalityId, input.areaId ?? null);
  const trackingToken = randomToken();
  const reference = await nextInitiativeReference(db, municipalityId, new Date().getFullYear());
  const id = await insertInitiativeRow(db, {
    municipalityId,
    reference,
    areaId: input.areaId ?? null,
    title: input.title,
    description: input.description,
    initiatorGroup: input.initiatorGroup ?? null,
    helpWanted: input.helpWanted,
    amountRequestedCents: input.amountRequestedCents ?? null,
    connectorId: connector?.id ?? null,
    receivedOn: input.receivedOn ?? null,
    trackingTokenHash: hashInitiativeToken(trackingToken),
  });
  if (input.contact) {
    await insertContactRow(db, { initiativeId: id, municipalityId, name: input.contact.name ?? null, email: input.contact.email ?? null, phone: input.contact.phone ?? null });
  }
  await insertInitiativeEvent(db, { initiativeId: id, municipalityId, actorId: options.actorId, type: 'submitted', toStatus: 'submitted' });
  const trackingUrl = `${options.publicUrl}/initiatief/volgen/${trackingToken}`;
  if (input.contact?.email) {
    await enqueueMail(db, {
      municipalityId,
      to: input.contact.email,
      subject: `Uw initiatief ${reference} is ontvangen`,
      text:
        `Bedankt voor uw initiatief "${input.title}". ${connector ? `${connector.name} neemt contact met u op voor een kennismakingsgesprek.` : 'Een wijkverbinder neemt contact met u op.'}\n\n` +
        `Hier volgt u wat er met uw initiatief gebeurt:\n${trackingUrl}\n\nDit bericht is automatisch verstuurd.`,
    });
  }
  if (connector) {
    await enqueueMail(db, {
      municipalityId,
      to: connector.email,
      subject: `Nieuw bewonersinitiatief ${reference}: ${input.title}`,
      text: `Er is een nieuw bewonersinitiatief in uw gebied: "${input.title}".\n\n${options.publicUrl}/werk/initiatieven/${id}\n\nSchakel`,
    });
  }
  if (options.actorId) await audit({ db, municipalityId, actorId: options.actorId }, 'initiative.create', id, { reference });
  return { id, reference, trackingToken, trackingUrl };
}

function presentListItem(row: InitiativeRow): InitiativeListItem {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    area: row.area_id ? { id: row.area_id, name: row.area_name ?? '' } : null,
    status: row.status,
    statusLabel: INITIATIVE_STATUS_LABELS[row.status],
    receivedOn: row.received_on,
    connector: row.connector_id ? { id: row.connector_id, name: row.connector_name ?? '' } : null,
    amountRequestedCents: row.amount_requested_cents === null ? null : Number(row.amount_requested_cents),
    amountGrantedCents: row.amount_granted_cents === null ? null : Number(row.amount_granted_cents),
    projectId: row.project_id,
  };
}

export async function listInitiatives(scope: Scope & { areaId?: string; status?: InitiativeStatus | 'open' }): Promise<InitiativeListItem[]> {
  const statuses = scope.status === 'open' ? OPEN : scope.status ? [scope.status] : undefined;
  return (await listInitiativeRows(scope.db, scope.municipalityId, { areaId: scope.areaId, statuses })).map(presentListItem);
}

async function load(scope: Scope & { initiativeId: string }): Promise<InitiativeRow> {
  const row = await findInitiativeRow(scope.db, scope.municipalityId, scope.initiativeId);
  if (!row) throw notFound('Initiatief niet gevonden.');
  return row;
}

/**
 * One initiative with its history. The initiator's contact details only for the connector of the area and
 * the coordinator (who follow it up), and each such read is logged.
 */
export async function getInitiative(scope: Scope & { initiativeId: string; user: SessionUser }): Promise<Initiative> {
  const row = await load(scope);
  const mayReadContact =
    scope.user.roles.includes('coordinator') ||
    (scope.user.roles.includes('connector') && (row.connector_id === scope.user.id || (await isConnectorOfArea(scope.db, scope.municipalityId, scope.user.id, row.area_id))));
  let contact: Initiative['contact'] = null;
  if (mayReadContact) {
    const found = await findContactRow(scope.db, scope.municipalityId, row.id);
    if (found) {
      contact = { name: found.name, email: found.email, phone: found.phone, erased: found.erased_at !== null };
      if (!found.erased_at) await audit(scope, 'resident.read', row.id, { initiative: row.reference });
    }
  }
  const budget = row.budget_id ? await findBudgetRow(scope.db, scope.municipalityId, row.budget_id) : undefined;
  const events = await listInitiativeEvents(scope.db, scope.municipalityId, row.id);
  return {
    ...presentListItem(row),
    description: row.description,
    initiatorGroup: row.initiator_group,
    helpWanted: row.help_wanted,
    intakeAt: row.intake_at?.toISOString() ?? null,
    intakeNotes: row.intake_notes,
    advice: row.advice,
    budget: budget ? { id: budget.id, name: budget.name, year: budget.year, remainingCents: Number(budget.total_cents) - Number(budget.granted_cents) } : null,
    decision: row.decision,
    decisionReason: row.decision_reason,
    decidedOn: row.decided_on,
    followUp: row.follow_up,
    isPublic: row.is_public,
    publicSummary: row.public_summary,
    contact,
    events: events.map((e) => ({ at: e.at.toISOString(), type: e.type, actor: e.actor, toStatus: e.to_status, note: e.note, publicMessage: e.public_message })),
  };
}

/** Records a step: changes the row, adds an event (with an optional message to the initiator), mails it, audits it. */
async function step(
  scope: Scope & { initiativeId: string; user: SessionUser },
  options: { allowedFrom: InitiativeStatus[]; to?: InitiativeStatus; change: InitiativeChange; type: string; note?: string; publicMessage?: string; publicUrl: string },
): Promise<Initiative> {
  const row = await load(scope);
  if (!options.allowedFrom.includes(row.status)) {
    throw new AppError(409, 'invalid_status', `Dit kan niet meer: het initiatief staat op "${INITIATIVE_STATUS_LABELS[row.status]}".`);
  }
  const to = options.to ?? row.status;
  await updateInitiativeRow(scope.db, scope.municipalityId, row.id, { ...options.change, status: to, closedAt: CLOSED.includes(to) ? new Date() : undefined });
  await insertInitiativeEvent(scope.db, {
    initiativeId: row.id,
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    type: options.type,
    fromStatus: row.status,
    toStatus: to,
    note: options.note ?? null,
    publicMessage: options.publicMessage ?? null,
  });
  if (options.publicMessage) await mailInitiator(scope, row, options.publicMessage, options.publicUrl);
  await audit(scope, `initiative.${options.type}`, row.id, { from: row.status, to });
  return getInitiative(scope);
}

async function mailInitiator(scope: Scope, row: InitiativeRow, message: string, publicUrl: string): Promise<void> {
  const contact = await findContactRow(scope.db, scope.municipalityId, row.id);
  if (!contact?.email || contact.erased_at) return;
  await enqueueMail(scope.db, {
    municipalityId: scope.municipalityId,
    to: contact.email,
    subject: `Nieuws over uw initiatief ${row.reference}`,
    text: `${message}\n\nAlle berichten over uw initiatief staan op de pagina van uw volglink (in de bevestiging van uw aanvraag).\n${publicUrl}\n\nDit bericht is automatisch verstuurd.`,
  });
}

type StepScope = Scope & { initiativeId: string; user: SessionUser; publicUrl: string };

/** The intake conversation (kennismakingsgesprek): notes, and who takes it on. */
export async function recordIntake(scope: StepScope & { input: z.infer<typeof IntakeSchema> }): Promise<Initiative> {
  if (scope.input.connectorId) {
    const { rowCount } = await scope.db.query(`select 1 from users where municipality_id = $1 and id = $2 and is_active and 'connector' = any(roles)`, [scope.municipalityId, scope.input.connectorId]);
    if (!rowCount) throw new AppError(400, 'unknown_user', 'Deze wijkverbinder bestaat niet (meer) in deze gemeente.');
  }
  return step(scope, {
    allowedFrom: ['submitted', 'intake', 'advice'],
    to: 'intake',
    change: { intakeNotes: scope.input.intakeNotes, intakeAt: new Date(), connectorId: scope.input.connectorId },
    type: 'intake',
    note: scope.input.intakeNotes,
    publicMessage: scope.input.publicMessage,
    publicUrl: scope.publicUrl,
  });
}

/** Advice: how to go about it, and which budget or subsidy fits (with the amount asked). */
export async function recordAdvice(scope: StepScope & { input: z.infer<typeof AdviceSchema> }): Promise<Initiative> {
  const { input } = scope;
  if (input.budgetId && !(await findBudgetRow(scope.db, scope.municipalityId, input.budgetId))) throw new AppError(400, 'unknown_budget', 'Dit budget bestaat niet in deze gemeente.');
  return step(scope, {
    allowedFrom: ['submitted', 'intake', 'advice', 'decision'],
    to: 'advice',
    change: { advice: input.advice, budgetId: input.budgetId, amountRequestedCents: input.amountRequestedCents ?? undefined },
    type: 'advice',
    note: input.advice,
    publicMessage: input.publicMessage,
    publicUrl: scope.publicUrl,
  });
}

/** The decision: granted (wholly or partly, from the chosen budget, within what is left) or not, with a reason. */
export async function recordDecision(scope: StepScope & { input: z.infer<typeof DecisionInputSchema> }): Promise<Initiative> {
  const { input } = scope;
  const row = await load(scope);
  const granted = input.decision === 'rejected' ? null : input.amountGrantedCents;
  if (row.budget_id && granted) {
    await lockBudgetRow(scope.db, scope.municipalityId, row.budget_id);
    const budget = await findBudgetRow(scope.db, scope.municipalityId, row.budget_id);
    if (budget) {
      const alreadyMine = row.decision && row.decision !== 'rejected' ? Number(row.amount_granted_cents ?? 0) : 0;
      const remaining = Number(budget.total_cents) - Number(budget.granted_cents) + alreadyMine;
      if (budget.max_per_initiative_cents && granted > Number(budget.max_per_initiative_cents)) {
        throw new AppError(400, 'above_maximum', `Uit ${budget.name} is per initiatief hoogstens ${euro(Number(budget.max_per_initiative_cents))} mogelijk.`);
      }
      if (granted > remaining) throw new AppError(409, 'budget_exceeded', `Er is nog ${euro(remaining)} over in ${budget.name}.`);
    }
  }
  return step(scope, {
    allowedFrom: ['intake', 'advice', 'decision'],
    to: input.decision === 'rejected' ? 'rejected' : 'approved',
    change: { decision: input.decision, decisionReason: input.reason, amountGrantedCents: granted, decidedOn: input.decidedOn ?? new Date().toISOString().slice(0, 10) },
    type: 'decision',
    note: input.reason,
    publicMessage: input.publicMessage,
    publicUrl: scope.publicUrl,
  });
}

/** Follow-up after the decision: how it goes, and when it runs, is done or withdrawn. */
export async function recordFollowUp(scope: StepScope & { input: z.infer<typeof FollowUpSchema> }): Promise<Initiative> {
  const { input } = scope;
  const row = await load(scope);
  const allowedFrom: InitiativeStatus[] = input.status === 'withdrawn' ? OPEN : ['approved', 'running'];
  return step(scope, {
    allowedFrom,
    to: input.status ?? row.status,
    change: { followUp: input.followUp },
    type: 'follow_up',
    note: input.followUp,
    publicMessage: input.publicMessage,
    publicUrl: scope.publicUrl,
  });
}

/** A message to the initiator: shown behind the tracking link and mailed. */
export async function sendInitiativeMessage(scope: StepScope & { text: string }): Promise<Initiative> {
  const row = await load(scope);
  await insertInitiativeEvent(scope.db, { initiativeId: row.id, municipalityId: scope.municipalityId, actorId: scope.actorId, type: 'message', publicMessage: scope.text });
  await mailInitiator(scope, row, scope.text, scope.publicUrl);
  await audit(scope, 'initiative.message', row.id, {});
  return getInitiative(scope);
}

/** Whether the initiative shows on the area's public page, with a summary without personal data. */
export async function publishInitiative(scope: Scope & { initiativeId: string; user: SessionUser; input: z.infer<typeof InitiativePublicationSchema> }): Promise<Initiative> {
  const row = await load(scope);
  await updateInitiativeRow(scope.db, scope.municipalityId, row.id, { isPublic: scope.input.isPublic, publicSummary: scope.input.publicSummary });
  await audit(scope, 'initiative.publish', row.id, { isPublic: scope.input.isPublic });
  return getInitiative(scope);
}

/** An approved initiative becomes a project in the area's programme (coproduced by default). */
export async function turnIntoProject(scope: StepScope & { input: z.infer<typeof ToProjectSchema> }): Promise<Initiative> {
  const row = await load(scope);
  if (!['approved', 'running'].includes(row.status)) throw new AppError(409, 'invalid_status', 'Alleen een toegekend initiatief kan een project in het wijkprogramma worden.');
  if (row.project_id) throw new AppError(409, 'already_project', 'Dit initiatief is al een project in het wijkprogramma.');
  const programme = await findProgrammeRow(scope.db, scope.municipalityId, scope.input.programmeId);
  if (!programme) throw new AppError(400, 'unknown_programme', 'Dit programma bestaat niet in deze gemeente.');
  if (row.area_id && programme.area_id !== row.area_id) throw new AppError(400, 'other_area', 'Dit programma hoort bij een ander gebied dan het initiatief.');
  const project = await createProject({
    ...scope,
    programmeId: programme.id,
    input: {
      title: row.title,
      description: row.public_summary || row.description,
      internalNotes: `Uit bewonersinitiatief ${row.reference}.`,
      goalId: null,
      carriedBy: 'together',
      ownerUserId: row.connector_id,
      ownerName: row.initiator_group ?? 'Bewoners',
      partners: row.initiator_group ? [row.initiator_group] : [],
      budgetCents: row.amount_granted_cents === null ? null : Number(row.amount_granted_cents),
      startOn: null,
      endOn: null,
      status: 'running',
      participationPlanned: scope.input.participationPlanned,
      participationRealised: null,
      participationSpecialistId: null,
      participationNote: '',
      result: '',
      isPublic: row.is_public,
      milestones: [],
      initiativeId: row.id,
    },
  });
  return step(scope, {
    allowedFrom: ['approved', 'running'],
    to: 'running',
    change: { projectId: project.id },
    type: 'to_project',
    note: `Project in ${programme.title}.`,
    publicMessage: `Uw initiatief is opgenomen in het wijkprogramma "${programme.title}".`,
    publicUrl: scope.publicUrl,
  });
}

export type StaffInitiativeInput = z.infer<typeof StaffInitiativeInputSchema>;

export const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

function audit(scope: Pick<Scope, 'db' | 'municipalityId' | 'actorId'>, action: string, id: string, details: Record<string, unknown>) {
  return recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action, entityType: 'initiative', entityId: id, details });
}
