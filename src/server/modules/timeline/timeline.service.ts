import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_ROLE_LABELS,
  type ActivityKind,
  type ActivityRole,
  TIMELINE_TYPES,
  type Timeline,
  type TimelineItem,
  type TimelineQuery,
  type TimelineType,
} from '../../../shared/schemas/activity.js';
import { AGREEMENT_STATUS_LABELS, WISH_STATUS_LABELS, type WishStatus } from '../../../shared/schemas/organisation.js';
import { SIGNAL_STATUS_LABELS, type SignalStatus } from '../../../shared/schemas/signal.js';
import type { Scope } from '../../platform/db/scope.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { todayInAmsterdam } from '../activities/periods.js';
import { findSubjectName, findTimelineRows, type Subject, type TimelineRow } from './timeline.repo.js';

const REFERRAL_STATUS = { open: 'open', seen: 'gezien', answered: 'beantwoord', closed: 'afgerond', cancelled: 'ingetrokken' } as const;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function present(row: TimelineRow): TimelineItem {
  const d = row.data;
  const base = { type: row.type, id: row.id, on: row.on, at: new Date(row.at).toISOString(), actor: row.actor };
  switch (row.type) {
    case 'activity': {
      const minutes = Number(d.minutes);
      const duration = minutes >= 60 ? `${Math.floor(minutes / 60)} u ${minutes % 60 ? `${minutes % 60} min` : ''}`.trim() : `${minutes} min`;
      return {
        ...base,
        title: `${ACTIVITY_KIND_LABELS[d.kind as ActivityKind]} — ${ACTIVITY_ROLE_LABELS[d.role as ActivityRole]}, ${duration}`,
        detail: [text(d.participants) && `Met: ${text(d.participants)}.`, text(d.note)].filter(Boolean).join(' '),
        link: null,
      };
    }
    case 'signal':
      return {
        ...base,
        title: `Signaal ${text(d.reference)} — ${SIGNAL_STATUS_LABELS[d.status as SignalStatus] ?? text(d.status)}`,
        detail: text(d.text),
        link: `/werk/signalen/${row.id}`,
      };
    case 'referral':
      return {
        ...base,
        title: `Verzoek aan ${text(d.specialist)}${d.department ? ` (${text(d.department)})` : ''} — ${REFERRAL_STATUS[d.status as keyof typeof REFERRAL_STATUS] ?? text(d.status)}`,
        detail: `Over ${text(d.reference)}, termijn ${text(d.dueOn)}: ${text(d.question)}`,
        link: `/werk/verzoeken/${row.id}`,
      };
    case 'meeting': {
      const kinds: Record<string, string> = {
        leefbaarheidsgesprek: 'Leefbaarheidsgesprek',
        wijkoverleg: 'Wijkoverleg',
        wijkideeteam: 'Wijkideeteam',
        collegebezoek: 'Collegebezoek',
        spreekuur: 'Spreekuur',
      };
      const statuses: Record<string, string> = { planned: 'gepland', held: 'gehouden', cancelled: 'afgelast' };
      return {
        ...base,
        title: `${kinds[text(d.kind)] ?? 'Bijeenkomst'}: ${text(d.title)} (${statuses[text(d.status)] ?? text(d.status)})`,
        detail: [text(d.location) && `Locatie: ${text(d.location)}.`, text(d.outcomes)].filter(Boolean).join(' '),
        link: `/werk/bijeenkomsten/${row.id}`,
      };
    }
    case 'agreement':
      return {
        ...base,
        title: `Afspraak met ${text(d.organisation)}: ${text(d.title)} (${AGREEMENT_STATUS_LABELS[d.status as keyof typeof AGREEMENT_STATUS_LABELS] ?? ''})`,
        detail: text(d.description),
        link: null,
      };
    case 'wish':
      return {
        ...base,
        title: `Wens ${String(d.year)} van ${text(d.area)} voor ${text(d.organisation)} — ${WISH_STATUS_LABELS[d.status as WishStatus] ?? ''}`,
        detail: text(d.wish),
        link: null,
      };
    case 'board': {
      const by = [d.communityWorker && `opbouwwerker ${text(d.communityWorker)}`, d.adviser && `wijkadviseur ${text(d.adviser)}`].filter(Boolean).join(' en ');
      return {
        ...base,
        title: `${text(d.organisation)} is gestopt`,
        detail: `Overkoepelende taken overgenomen door ${by || 'nog niemand'}.${d.tasks ? ` ${text(d.tasks)}` : ''}`,
        link: null,
      };
    }
    default:
      return {
        ...base,
        title: `Overdracht van ${text(d.from) || 'onbekend'} aan ${text(d.to) || 'onbekend'}`,
        detail: text(d.note),
        link: null,
      };
  }
}

/** One chronological view of an area, an organisation or a contact: activities, signals, referrals, agreements, … */
export async function getTimeline(scope: Scope & { query: TimelineQuery }): Promise<Timeline> {
  const { query } = scope;
  const subjects: Subject[] = [
    ...(query.areaId ? [{ type: 'area' as const, id: query.areaId }] : []),
    ...(query.organisationId ? [{ type: 'organisation' as const, id: query.organisationId }] : []),
    ...(query.contactId ? [{ type: 'contact' as const, id: query.contactId }] : []),
  ];
  if (subjects.length !== 1) throw badRequest('one_subject', 'Kies één gebied, één organisatie of één contactpersoon.');
  const subject = subjects[0] as Subject;
  const types = query.types ? (query.types.split(',') as TimelineType[]) : [...TIMELINE_TYPES];
  const unknown = types.filter((type) => !(TIMELINE_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) throw badRequest('unknown_type', `Onbekend soort: ${unknown.join(', ')}.`);
  const name = await findSubjectName(scope.db, scope.municipalityId, subject);
  if (!name) throw notFound('Niet gevonden.');
  const from = query.from ?? '2000-01-01';
  const to = query.to ?? todayInAmsterdam();
  if (from > to) throw badRequest('invalid_range', 'De begindatum ligt na de einddatum.');
  const rows = await findTimelineRows(scope.db, scope.municipalityId, subject, types, { from, to, limit: query.limit });
  return { subject: { ...subject, name }, items: rows.map(present) };
}
