import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { RegularChannel } from '../../../shared/schemas/municipality.js';
import type { PublicSignalInput, StaffSignalInput, TriageResult } from '../../../shared/schemas/signal.js';
import type { Theme } from '../../../shared/schemas/signal-vocabulary.js';
import { THEMES } from '../../../shared/schemas/signal-vocabulary.js';
import { recordAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { renderTemplate } from './message-templates.js';
import { findMunicipality } from '../municipalities/municipalities.repo.js';
import { findLearnedExamples, insertPhoto, insertSignal, referenceCounterSql, referenceFrom } from './signals.repo.js';
import { type LearnedExample, postgresStemmer, suggestTriage } from './triage/triage.js';

export const hashTrackingToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Located {
  areaId: string | null;
  neighbourhoodCode: string | null;
}

/**
 * Per municipality, its learned decisions, read again after LEARNED_TTL_MS or when this process saw a
 * connector decide (forgetLearnedExamples). Another server process picks a decision up within the TTL:
 * a suggestion may lag half a minute, an intake need not read 300 texts.
 */
const learnedByMunicipality = new Map<string, { readAt: number; version: number; examples: LearnedExample[] }>();
const LEARNED_TTL_MS = 30_000;
let learnedVersion = 0;

/** Called when a connector confirmed or corrected a kind: the next triage of the municipality reads its decisions again. */
export function forgetLearnedExamples(municipalityId: string): void {
  learnedByMunicipality.delete(municipalityId);
}

async function learnedExamples(db: Db, municipalityId: string): Promise<{ key: string; examples: LearnedExample[] }> {
  let entry = learnedByMunicipality.get(municipalityId);
  if (!entry || Date.now() - entry.readAt > LEARNED_TTL_MS) {
    const rows = await findLearnedExamples(db, municipalityId);
    entry = { readAt: Date.now(), version: ++learnedVersion, examples: rows.map((row) => ({ text: row.text, kind: row.kind, themes: row.themes as Theme[] })) };
    learnedByMunicipality.set(municipalityId, entry);
  }
  return { key: `${municipalityId}|${entry.version}`, examples: entry.examples };
}

/** Suggests what a text is (daily report, individual question, area issue), its themes and specialists. */
export async function triageText(options: {
  db: Db;
  municipalityId: string;
  text: string;
  sharedDataDir: string;
  withPeople: boolean;
  /** The municipality's regular channels when the caller has them (the lookup index keeps them in memory); read here otherwise. */
  regularChannels?: RegularChannel[];
}): Promise<TriageResult> {
  const regularChannels = options.regularChannels ?? (await findMunicipality(options.db, options.municipalityId))?.regular_channels;
  if (!regularChannels) throw new AppError(404, 'unknown_municipality', 'Deze gemeente is niet aangesloten.');
  const learned = await learnedExamples(options.db, options.municipalityId);
  const suggestion = await suggestTriage({
    stem: postgresStemmer(options.db),
    sharedDataDir: options.sharedDataDir,
    text: options.text,
    learned: learned.examples,
    learnedKey: learned.key,
  });
  return {
    kind: suggestion.kind,
    confidence: Math.round(suggestion.confidence * 100) / 100,
    themes: suggestion.themes,
    reason: suggestion.reason,
    specialists: await suggestSpecialists(options.db, options.municipalityId, suggestion.themes, options.withPeople),
    regularChannel: suggestion.kind === 'daily_report' ? (regularChannels[0] ?? null) : null,
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

/** SQL that takes this year's next reference number in a transaction of its own (see referenceCounterSql): to ride along with BEGIN. */
export const referenceSql = (municipalityId: string) => referenceCounterSql(municipalityId, new Date().getFullYear());

/** The signal's reference number on its own round trip: take it before opening the intake's transaction. */
export const takeReference = async (pool: pg.Pool, municipalityId: string) =>
  referenceFrom((await pool.query(referenceSql(municipalityId))) as unknown as pg.QueryResult[]);

/** Stores a signal from any channel, with its triage; mails a confirmation when the reporter left an email. */
export async function createSignal(options: {
  db: Db;
  municipalityId: string;
  actorId: string | null;
  input: (PublicSignalInput & { channel?: undefined }) | StaffSignalInput;
  located: Located;
  sharedDataDir: string;
  publicUrl: string;
  /** Taken before the transaction began (takeReference, or referenceSql with BEGIN). */
  reference: string;
  regularChannels?: RegularChannel[];
}): Promise<{ id: string; reference: string; trackingToken: string; trackingUrl: string; triage: TriageResult; mailQueued: boolean }> {
  const { db, municipalityId, input, reference } = options;
  const triage = await triageText({ db, municipalityId, text: input.text, sharedDataDir: options.sharedDataDir, withPeople: options.actorId !== null, regularChannels: options.regularChannels });
  const trackingToken = randomBytes(24).toString('base64url');
  const isStaff = 'channel' in input && input.channel !== undefined;
  const channel = isStaff ? (input as StaffSignalInput).channel : 'website';
  const reporter = input.reporter && (input.reporter.name || input.reporter.email || input.reporter.phone) ? input.reporter : null;
  const id = await insertSignal(
    db,
    {
      municipalityId,
      reference,
      text: input.text,
      channel,
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
    },
    { actorId: options.actorId, details: { channel, triage: { kind: triage.kind, confidence: triage.confidence } } },
    reporter && { name: reporter.name ?? null, email: reporter.email ?? null, phone: reporter.phone ?? null },
  );
  for (const photo of 'photos' in input ? input.photos : []) {
    await insertPhoto(db, { signalId: id, municipalityId, contentType: photo.contentType, bytes: Buffer.from(photo.dataBase64, 'base64') });
  }
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
  return { id, reference, trackingToken, trackingUrl, triage, mailQueued: Boolean(reporter?.email) };
}
