import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { PublicAreaCalendar } from '../../../shared/schemas/meeting.js';
import { recordAudit } from '../../platform/audit.js';
import type { Scope } from '../../platform/db/scope.js';
import { withMunicipality } from '../../platform/db/tenant.js';
import { notFound } from '../../platform/errors.js';
import { listMeetingRows } from '../meetings/meetings.repo.js';
import { nextOccurrences } from '../meetings/occurrences.js';
import { listScheduleRows } from '../meetings/office-hours.repo.js';
import { scheduleTimes } from '../meetings/office-hours.service.js';
import { deleteFeedToken, findFeedOwner, findFeedToken, personAreaIds, personMeetingIds, replaceFeedToken, userName } from './calendars.repo.js';
import { buildIcalFeed } from './ical-feed.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const hostOf = (publicUrl: string) => new URL(publicUrl).host;

/** The public feed of an area: its public spreekuren and public meetings (no notes, no minutes). */
export async function publicAreaFeed(options: { pool: pg.Pool; municipalityId: string; areaId: string; areaName: string; publicUrl: string }): Promise<string> {
  return withMunicipality(options.pool, options.municipalityId, async (db) => {
    const schedules = await listScheduleRows(db, options.municipalityId, { areaId: options.areaId, publicOnly: true });
    const meetings = await listMeetingRows(db, options.municipalityId, { areaId: options.areaId, publicOnly: true });
    return buildIcalFeed({
      name: `Spreekuren en bijeenkomsten ${options.areaName}`,
      description: `Openbare spreekuren en bijeenkomsten in ${options.areaName}`,
      schedules,
      meetings,
      isPublic: true,
      publicUrl: options.publicUrl,
      host: hostOf(options.publicUrl),
    });
  });
}

/** What the area's public page shows: the next spreekuren, the next leefbaarheidsgesprek, public meetings. */
export async function publicAreaCalendar(options: { pool: pg.Pool; municipalityId: string; areaId: string; publicUrl: string; now?: Date }): Promise<PublicAreaCalendar> {
  const now = options.now ?? new Date();
  return withMunicipality(options.pool, options.municipalityId, async (db) => {
    const schedules = await listScheduleRows(db, options.municipalityId, { areaId: options.areaId, publicOnly: true });
    const officeHours = schedules
      .flatMap((schedule) =>
        nextOccurrences(scheduleTimes(schedule), { from: now, limit: 4 }).map((o) => ({
          title: schedule.title,
          location: schedule.location,
          address: schedule.address,
          startsAt: o.startsAt.toISOString(),
          endsAt: o.endsAt.toISOString(),
          themes: schedule.themes,
        })),
      )
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .slice(0, 4);
    const meetings = (await listMeetingRows(db, options.municipalityId, { areaId: options.areaId, publicOnly: true })).filter((m) => m.status !== 'cancelled');
    const upcoming = meetings.filter((m) => m.ends_at > now).reverse();
    const conversation = upcoming.find((m) => m.kind === 'leefbaarheidsgesprek' && m.status === 'planned');
    return {
      officeHours,
      nextConversation: conversation ? { title: conversation.title, startsAt: conversation.starts_at.toISOString(), endsAt: conversation.ends_at.toISOString(), location: conversation.location } : null,
      meetings: [...upcoming, ...meetings.filter((m) => m.ends_at <= now && m.status === 'held').slice(0, 5)].map((m) => ({
        kind: m.kind,
        title: m.title,
        startsAt: m.starts_at.toISOString(),
        endsAt: m.ends_at.toISOString(),
        location: m.location,
        publicSummary: m.public_summary,
        status: m.status,
      })),
      calendarUrl: `${options.publicUrl}/api/v1/areas/${options.areaId}/calendar.ics`,
    };
  });
}

/** The staff feed of an area: every spreekuur and meeting, with agendas. */
export async function staffAreaFeed(scope: Scope & { areaId: string; publicUrl: string }): Promise<string> {
  const { rows } = await scope.db.query<{ name: string }>('select name from areas where municipality_id = $1 and id = $2', [scope.municipalityId, scope.areaId]);
  const area = rows[0];
  if (!area) throw notFound('Gebied niet gevonden.');
  const schedules = await listScheduleRows(scope.db, scope.municipalityId, { areaId: scope.areaId });
  const meetings = await listMeetingRows(scope.db, scope.municipalityId, { areaId: scope.areaId });
  return buildIcalFeed({ name: `${area.name} (Schakel)`, description: `Spreekuren en bijeenkomsten van ${area.name}`, schedules, meetings, isPublic: false, publicUrl: scope.publicUrl, host: hostOf(scope.publicUrl) });
}

/** A new secret link for the person's own feed (the old one stops working). Shown once: only its hash is kept. */
export async function createPersonalFeed(scope: Scope & { publicUrl: string }): Promise<{ url: string; createdAt: string }> {
  const token = randomBytes(24).toString('base64url');
  const createdAt = await replaceFeedToken(scope.db, scope.municipalityId, scope.actorId, hashToken(token));
  await recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action: 'calendar_feed.create', entityType: 'user', entityId: scope.actorId });
  return { url: `${scope.publicUrl}/api/v1/calendars/feed/${token}/calendar.ics`, createdAt: createdAt.toISOString() };
}

export async function personalFeedStatus(scope: Scope): Promise<{ createdAt: string | null }> {
  return { createdAt: (await findFeedToken(scope.db, scope.municipalityId, scope.actorId))?.created_at.toISOString() ?? null };
}

export async function revokePersonalFeed(scope: Scope): Promise<void> {
  await deleteFeedToken(scope.db, scope.municipalityId, scope.actorId);
  await recordAudit(scope.db, { municipalityId: scope.municipalityId, actorId: scope.actorId, action: 'calendar_feed.revoke', entityType: 'user', entityId: scope.actorId });
}

/** A person's feed: the spreekuren and meetings of their areas, and meetings they take part in elsewhere. */
export async function personalFeed(options: { pool: pg.Pool; token: string; publicUrl: string }): Promise<string> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(options.token)) throw notFound('Deze agendalink is onbekend of ingetrokken.');
  const owner = await findFeedOwner(options.pool, hashToken(options.token));
  if (!owner) throw notFound('Deze agendalink is onbekend of ingetrokken.');
  return withMunicipality(options.pool, owner.municipality_id, async (db) => {
    const areaIds = await personAreaIds(db, owner.municipality_id, owner.user_id);
    const meetingIds = new Set(await personMeetingIds(db, owner.municipality_id, owner.user_id));
    const schedules = await listScheduleRows(db, owner.municipality_id, { hostId: owner.user_id, areaIds });
    const meetings = (await listMeetingRows(db, owner.municipality_id, {})).filter((m) => areaIds.includes(m.area_id) || meetingIds.has(m.id));
    const name = await userName(db, owner.municipality_id, owner.user_id);
    return buildIcalFeed({ name: `Schakel — ${name}`, description: 'Spreekuren en bijeenkomsten', schedules, meetings, isPublic: false, publicUrl: options.publicUrl, host: hostOf(options.publicUrl) });
  });
}
