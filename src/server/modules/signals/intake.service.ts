import { createHash, randomBytes } from 'node:crypto';
import type { PublicSignalInput, StaffSignalInput, TriageResult } from '../../../shared/schemas/signal.js';
import type { Theme } from '../../../shared/schemas/signal-vocabulary.js';
import { THEMES } from '../../../shared/schemas/signal-vocabulary.js';
import { recordAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { findMunicipality } from '../municipalities/municipalities.repo.js';
import { renderTemplate } from './message-templates.js';
import {
  findLearnedExamples,
  insertEvent,
  insertPhoto,
  insertReporter,
  insertSignal,
  nextReference,
} from './signals.repo.js';
import { postgresStemmer, suggestTriage } from './triage/triage.js';

export const hashTrackingToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Located {
  areaId: string | null;
  neighbourhoodCode: string | null;
}

/** Suggests what a text is (daily report, individual question, area issue), its themes and specialists. */
export async function triageText(options: {
  db: Db;
  municipalityId: string;
  text: string;
  sharedDataDir: string;
  withPeople: boolean;
}): Promise<TriageResult> {
  const municipality = await findMunicipality(options.db, options.municipalityId);
  if (!municipality) throw new AppError(404, 'unknown_municipality', 'Deze gemeente is niet aangesloten.');
  const learned = await findLearnedExamples(options.db, options.municipalityId);
  const suggestion = await suggestTriage({
    stem: postgresStemmer(options.db),
    sharedDataDir: options.sharedDataDir,
    text: options.text,
    learned: learned.map((row) => ({ text: row.text, kind: row.kind, themes: row.themes as Theme[] })),
  });
  return {
    kind: suggestion.kind,
    confidence: Math.round(suggestion.confidence * 100) / 100,
    themes: suggestion.themes,
    reason: suggestion.reason,
    specialists: await suggestSpecialists(options.db, options.municipalityId, suggestion.themes, options.withPeople),
    regularChannel: suggestion.kind === 'daily_report' ? (municipality.regular_channels[0] ?? null) : null,
  };
}

/** Specialists whose expertise fits the themes; names only for staff of the municipality. */
export async function suggestSpecialists(db: Db, municipalityId: string, themes: Theme[], withPeople: boolean) {
  const domains = [...new Set(themes.flatMap((theme) => THEMES[theme].expertise))];
  if (domains.length === 0) return [];
  if (!withPeople) return domains.slice(0, 3).map((domain) => ({ domain, userId: null, name: null, department: null }));
  const { rows } = await db.query<{ id: string; name: string; department: string | null; domain: string }>(
    `select distinct on (u.id) u.id, u.name, u.department, e.domain
     from users u, unnest(u.expertise) as e(domain)
     where u.municipality_id = $1 and u.is_active and 'specialist' = any(u.roles) and lower(e.domain) = any($2::text[])
     order by u.id, array_position($2::text[], lower(e.domain))`,
    [municipalityId, domains],
  );
  return rows.slice(0, 5).map((row) => ({ domain: row.domain, userId: row.id, name: row.name, department: row.department }));
}

/** Stores a signal from any channel, with its triage; mails a confirmation when the reporter left an email. */
export async function createSignal(options: {
  db: Db;
  municipalityId: string;
  actorId: string | null;
  input: (PublicSignalInput & { channel?: undefined }) | StaffSignalInput;
  located: Located;
  sharedDataDir: string;
  publicUrl: string;
}): Promise<{ id: string; reference: string; trackingToken: string; trackingUrl: string; triage: TriageResult }> {
  const { db, municipalityId, input } = options;
  const triage = await triageText({ db, municipalityId, text: input.text, sharedDataDir: options.sharedDataDir, withPeople: options.actorId !== null });
  const trackingToken = randomBytes(24).toString('base64url');
  const reference = await nextReference(db, municipalityId, new Date().getFullYear());
  const isStaff = 'channel' in input && input.channel !== undefined;
  const id = await insertSignal(db, {
    municipalityId,
    reference,
    text: input.text,
    channel: isStaff ? (input as StaffSignalInput).channel : 'website',
    receivedOn: isStaff ? ((input as StaffSignalInput).receivedOn ?? null) : null,
    enteredBy: options.actorId,
    onBehalfOf: isStaff ? ((input as StaffSignalInput).onBehalfOf ?? null) : null,
    areaId: options.located.areaId,
    neighbourhoodCode: options.located.neighbourhoodCode,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    kind: triage.kind,
    triage,
    themes: triage.themes,
    trackingTokenHash: hashTrackingToken(trackingToken),
  });
  for (const photo of 'photos' in input ? input.photos : []) {
    await insertPhoto(db, { signalId: id, municipalityId, contentType: photo.contentType, bytes: Buffer.from(photo.dataBase64, 'base64') });
  }
  const reporter = input.reporter;
  if (reporter && (reporter.name || reporter.email || reporter.phone)) {
    await insertReporter(db, { signalId: id, municipalityId, name: reporter.name ?? null, email: reporter.email ?? null, phone: reporter.phone ?? null });
  }
  await insertEvent(db, {
    signalId: id,
    municipalityId,
    actorId: options.actorId,
    type: 'created',
    toStatus: 'new',
    details: { channel: isStaff ? (input as StaffSignalInput).channel : 'website', triage: { kind: triage.kind, confidence: triage.confidence } },
  });
  const trackingUrl = `${options.publicUrl}/volgen/${trackingToken}`;
  if (reporter?.email) {
    const body = await renderTemplate(db, municipalityId, 'received', { reference });
    await enqueueMail(db, {
      municipalityId,
      to: reporter.email,
      subject: `Uw signaal ${reference} is ontvangen`,
      text: `${body}\n\n${trackingUrl}\n\nDit bericht is automatisch verstuurd.`,
    });
  }
  if (options.actorId) {
    await recordAudit(db, { municipalityId, actorId: options.actorId, action: 'signal.create', entityType: 'signal', entityId: id, details: { reference } });
  }
  return { id, reference, trackingToken, trackingUrl, triage };
}
