import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { RegularChannel } from '../../../shared/schemas/municipality.js';
import type { PublicSignalInput, StaffSignalInput, TriageResult } from '../../../shared/schemas/signal.js';
import type { Theme } from '../../../shared/schemas/signal-vocabulary.js';
import { THEMES } from '../../../shared/schemas/signal-vocabulary.js';
import { recordAudit } from '../../platform/audit.js';
import { type Db, withMunicipality } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { randomToken } from '../../platform/random-token.js';
import { renderTemplate } from './message-templates.js';
import { findMunicipality } from '../municipalities/municipalities.repo.js';
import { insertPhoto, insertSignals, type NewSignal, referenceBlockSql, referencesFrom } from './intake.repo.js';
import { findLearnedExamples } from './signals.repo.js';
import { type LearnedExample, postgresStemmer, type Stemmer } from './triage/triage.js';
import type { LearnedSet, Triage } from './triage/triage-service.js';

export const hashTrackingToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Located {
  areaId: string | null;
  neighbourhoodCode: string | null;
}

/**
 * Per municipality, its learned decisions, read again after LEARNED_TTL_MS or when this process saw a
 * connector decide (forgetLearnedExamples). Another server process picks a decision up within the TTL:
 * a suggestion may lag half a minute, an intake need not read 300 texts. A read that finds the same
 * decisions keeps the set's key, so triage need not compile them again.
 */
const learnedByMunicipality = new Map<string, { readAt: number; set: LearnedSet }>();
const LEARNED_TTL_MS = 30_000;
let learnedVersion = 0;

/** Called when a connector confirmed or corrected a kind: the next triage of the municipality reads its decisions again. */
export function forgetLearnedExamples(municipalityId: string): void {
  learnedByMunicipality.delete(municipalityId);
}

async function learnedExamples(read: ScopedRead, municipalityId: string): Promise<LearnedSet> {
  const entry = learnedByMunicipality.get(municipalityId);
  if (entry && Date.now() - entry.readAt <= LEARNED_TTL_MS) return entry.set;
  const rows = await read((db) => findLearnedExamples(db, municipalityId));
  const examples = rows.map((row) => ({ text: row.text, kind: row.kind, themes: row.themes as Theme[] }));
  const set = entry && sameExamples(entry.set.examples, examples) ? entry.set : { key: `${municipalityId}|${++learnedVersion}`, examples };
  learnedByMunicipality.set(municipalityId, { readAt: Date.now(), set });
  return set;
}

function sameExamples(a: readonly LearnedExample[], b: readonly LearnedExample[]): boolean {
  return (
    a.length === b.length &&
    a.every((example, i) => {
      const other = b[i] as LearnedExample;
      return example.text === other.text && example.kind === other.kind && example.themes.join() === other.themes.join();
    })
  );
}

/**
 * Runs reads in the municipality's scope. Inside a transaction that is the open connection itself
 * (inTransaction); for the public routes a short read-only transaction is opened only when one is needed
 * (forMunicipality): triage usually finds everything it needs in memory.
 */
export type ScopedRead = <T>(work: (db: Db) => Promise<T>) => Promise<T>;
export const inTransaction = (db: Db): ScopedRead => (work) => work(db);
export const forMunicipality = (pool: pg.Pool, municipalityId: string): ScopedRead => (work) => withMunicipality(pool, municipalityId, work);

/** Suggests what a text is (daily report, individual question, area issue), its themes and specialists. */
export async function triageText(options: {
  read: ScopedRead;
  municipalityId: string;
  text: string;
  triage: Triage;
  /** Set when the caller holds a transaction: unseen words are stemmed on it (see TriageRequest.stem). */
  stem?: Stemmer;
  withPeople: boolean;
  /** The municipality's regular channels when the caller has them (the lookup index keeps them in memory); read here otherwise. */
  regularChannels?: RegularChannel[];
}): Promise<TriageResult> {
  const { read, municipalityId } = options;
  const regularChannels = options.regularChannels ?? (await read((db) => findMunicipality(db, municipalityId)))?.regular_channels;
  if (!regularChannels) throw new AppError(404, 'unknown_municipality', 'Deze gemeente is niet aangesloten.');
  const learned = await learnedExamples(read, municipalityId);
  const suggestion = await options.triage.suggest({ text: options.text, learned: learned.examples.length > 0 ? learned : null, stem: options.stem });
  const specialists = options.withPeople
    ? await read((db) => suggestSpecialists(db, municipalityId, suggestion.themes, true))
    : suggestSpecialistDomains(suggestion.themes);
  return {
    kind: suggestion.kind,
    confidence: Math.round(suggestion.confidence * 100) / 100,
    themes: suggestion.themes,
    reason: suggestion.reason,
    specialists,
    regularChannel: suggestion.kind === 'daily_report' ? (regularChannels[0] ?? null) : null,
  };
}

const expertiseOf = (themes: Theme[]) => [...new Set(themes.flatMap((theme) => THEMES[theme].expertise))];

/** Without names (for residents): the expertise domains the themes call for. */
function suggestSpecialistDomains(themes: Theme[]) {
  return expertiseOf(themes)
    .slice(0, 3)
    .map((domain) => ({ domain, userId: null, name: null, department: null }));
}

/** Specialists whose expertise fits the themes; names only for staff of the municipality. */
export async function suggestSpecialists(db: Db, municipalityId: string, themes: Theme[], withPeople: boolean) {
  const domains = expertiseOf(themes);
  if (domains.length === 0) return [];
  if (!withPeople) return suggestSpecialistDomains(themes);
  const { rows } = await db.query<{ id: string; name: string; department: string | null; domain: string }>(
    `select distinct on (u.id) u.id, u.name, u.department, e.domain
     from users u, unnest(u.expertise) as e(domain)
     where u.municipality_id = $1 and u.is_active and 'specialist' = any(u.roles) and lower(e.domain) = any($2::text[])
     order by u.id, array_position($2::text[], lower(e.domain))`,
    [municipalityId, domains],
  );
  return rows.slice(0, 5).map((row) => ({ domain: row.domain, userId: row.id, name: row.name, department: row.department }));
}

/** SQL that takes this year's next `count` reference numbers in a transaction of its own: to ride along with BEGIN. */
export const referenceSql = (municipalityId: string, count = 1) => referenceBlockSql(municipalityId, new Date().getFullYear(), count);

/** The signal's reference number on its own round trip: take it before opening the intake's transaction. */
export const takeReference = async (pool: pg.Pool, municipalityId: string) =>
  referencesFrom((await pool.query(referenceSql(municipalityId))) as unknown as pg.QueryResult[])[0] as string;

/** A signal ready to be stored: triaged, with its tracking token; only the reference number is still to come. */
export interface PreparedSignal {
  row: Omit<NewSignal, 'reference'>;
  photos: { contentType: string; bytes: Buffer }[];
  trackingToken: string;
  triage: TriageResult;
}

/** Everything an intake does before it writes: triage, the tracking token, the row. No transaction needed. */
export async function prepareSignal(options: {
  read: ScopedRead;
  municipalityId: string;
  actorId: string | null;
  input: (PublicSignalInput & { channel?: undefined }) | StaffSignalInput;
  located: Located;
  triage: Triage;
  stem?: Stemmer;
  regularChannels?: RegularChannel[];
}): Promise<PreparedSignal> {
  const { input } = options;
  const triage = await triageText({
    read: options.read,
    municipalityId: options.municipalityId,
    text: input.text,
    triage: options.triage,
    stem: options.stem,
    withPeople: options.actorId !== null,
    regularChannels: options.regularChannels,
  });
  const trackingToken = randomToken();
  const isStaff = 'channel' in input && input.channel !== undefined;
  const channel = isStaff ? (input as StaffSignalInput).channel : 'website';
  const reporter = input.reporter && (input.reporter.name || input.reporter.email || input.reporter.phone) ? input.reporter : null;
  return {
    row: {
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
      createdBy: options.actorId,
      createdDetails: { channel, triage: { kind: triage.kind, confidence: triage.confidence } },
      reporter: reporter && { name: reporter.name ?? null, email: reporter.email ?? null, phone: reporter.phone ?? null },
    },
    photos: ('photos' in input ? input.photos : []).map((photo) => ({ contentType: photo.contentType, bytes: Buffer.from(photo.dataBase64, 'base64') })),
    trackingToken,
    triage,
  };
}

export interface StoredSignal {
  id: string;
  reference: string;
  trackingToken: string;
  trackingUrl: string;
  triage: TriageResult;
  mailQueued: boolean;
}

/**
 * Writes prepared signals of one municipality with references taken already (one statement for all of them),
 * then what else they bring (storeAttachments).
 */
export async function storeSignals(options: {
  db: Db;
  municipalityId: string;
  signals: readonly PreparedSignal[];
  references: readonly string[];
  publicUrl: string;
}): Promise<StoredSignal[]> {
  const { db, municipalityId, signals, references } = options;
  const ids = await insertSignals(
    db,
    municipalityId,
    signals.map((signal, i) => ({ ...signal.row, reference: references[i] as string })),
  );
  return storeAttachments({ ...options, inserted: ids.map((id, i) => ({ id, reference: references[i] as string })) });
}

/** Whether a prepared signal brings more to write than its rows: photos, or a confirmation mail. */
export const hasAttachments = (signal: PreparedSignal) => signal.photos.length > 0 || Boolean(signal.row.reporter?.email);

/** Stores the photos of inserted signals, and a confirmation mail in the outbox for each reporter who left an email address. */
export async function storeAttachments(options: {
  db: Db;
  municipalityId: string;
  signals: readonly PreparedSignal[];
  inserted: readonly { id: string; reference: string }[];
  publicUrl: string;
}): Promise<StoredSignal[]> {
  const { db, municipalityId } = options;
  const stored = storedSignals(options.signals, options.inserted, options.publicUrl);
  for (const [i, signal] of options.signals.entries()) {
    const { id, reference, trackingUrl } = stored[i] as StoredSignal;
    for (const photo of signal.photos) await insertPhoto(db, { signalId: id, municipalityId, ...photo });
    const email = signal.row.reporter?.email;
    if (email) {
      const body = await renderTemplate(db, municipalityId, 'received', { reference });
      await enqueueMail(db, {
        municipalityId,
        to: email,
        subject: `Uw signaal ${reference} is ontvangen`,
        text: `${body}\n\n${trackingUrl}\n\nDit bericht is automatisch verstuurd.`,
      });
    }
  }
  return stored;
}

/** What the intake answers for inserted signals (nothing more to write). */
export function storedSignals(
  signals: readonly PreparedSignal[],
  inserted: readonly { id: string; reference: string }[],
  publicUrl: string,
): StoredSignal[] {
  return signals.map((signal, i) => {
    const { id, reference } = inserted[i] as { id: string; reference: string };
    return {
      id,
      reference,
      trackingToken: signal.trackingToken,
      trackingUrl: `${publicUrl}/volgen/${signal.trackingToken}`,
      triage: signal.triage,
      mailQueued: Boolean(signal.row.reporter?.email),
    };
  });
}

/** Stores one signal from any channel inside the caller's transaction, with its triage; staff intakes are audited. */
export async function createSignal(options: {
  db: Db;
  municipalityId: string;
  actorId: string | null;
  input: (PublicSignalInput & { channel?: undefined }) | StaffSignalInput;
  located: Located;
  triage: Triage;
  publicUrl: string;
  /** Taken before the transaction began (takeReference). */
  reference: string;
  regularChannels?: RegularChannel[];
}): Promise<StoredSignal> {
  const { db, municipalityId, reference } = options;
  const prepared = await prepareSignal({ ...options, read: inTransaction(db), stem: postgresStemmer(db) });
  const [stored] = await storeSignals({ db, municipalityId, signals: [prepared], references: [reference], publicUrl: options.publicUrl });
  if (!stored) throw new Error('signal not stored');
  if (options.actorId) {
    await recordAudit(db, { municipalityId, actorId: options.actorId, action: 'signal.create', entityType: 'signal', entityId: stored.id, details: { reference } });
  }
  return stored;
}
