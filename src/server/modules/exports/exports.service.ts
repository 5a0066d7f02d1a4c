import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_ROLE_LABELS,
  ACTIVITY_ROLES,
  type Granularity,
  type RoleMinutes,
  type RoleShares,
} from '../../../shared/schemas/activity.js';
import {
  BOARD_STATUS_LABELS,
  LEGAL_BASIS_LABELS,
  ORGANISATION_TYPE_LABELS,
  SECTOR_LABELS,
} from '../../../shared/schemas/organisation.js';
import { recordAudit } from '../../platform/audit.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { Scope } from '../../platform/db/scope.js';
import { listActivityRows } from '../activities/activities.repo.js';
import { getHoursOverview, getRoleDashboard } from '../activities/dashboard.service.js';
import { isoWeek } from '../activities/periods.js';
import { listContactRows } from '../organisations/contacts.repo.js';
import { listOrganisationRows } from '../organisations/organisations.repo.js';
import { presentBoard } from '../organisations/organisations.presenter.js';
import { getResponsiveness } from '../responsiveness/responsiveness.service.js';
import type { Cell, ExportTable } from './tables.js';

export const EXPORT_DATASETS = ['activities', 'organisations', 'contacts', 'roles', 'hours', 'responsiveness'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

export interface ExportFilter {
  from?: string;
  to?: string;
  granularity: Granularity;
  areaId?: string;
  userId?: string;
}

const MAX_ROWS = 100_000;

/** The rows of one export, built from the same services as the screens, so the figures match. */
export async function buildExport(scope: Scope & { user: SessionUser; dataset: ExportDataset; filter: ExportFilter }): Promise<ExportTable> {
  switch (scope.dataset) {
    case 'activities':
      return activitiesTable(scope);
    case 'organisations':
      return organisationsTable(scope);
    case 'contacts':
      return contactsTable(scope);
    case 'roles':
      return rolesTable(scope);
    case 'hours':
      return hoursTable(scope);
    default:
      return responsivenessTable(scope);
  }
}

async function activitiesTable(scope: Scope & { filter: ExportFilter }): Promise<ExportTable> {
  const { from, to, areaId, userId } = scope.filter;
  const { rows } = await listActivityRows(scope.db, scope.municipalityId, { from, to, areaId, userId, limit: MAX_ROWS, offset: 0 });
  return {
    name: 'activiteiten',
    columns: [
      { header: 'datum', kind: 'date' },
      { header: 'ISO-week' },
      { header: 'wijkverbinder' },
      { header: 'gebied' },
      { header: 'soort' },
      { header: 'rol' },
      { header: 'voorgestelde rol' },
      { header: 'minuten', kind: 'number' },
      { header: 'betrokkenen' },
      { header: 'organisaties' },
      { header: 'contactpersonen' },
      { header: 'signaal' },
      { header: 'notitie' },
    ],
    rows: rows.map((row) => {
      const week = isoWeek(row.occurred_on);
      return [
        row.occurred_on,
        `${week.year}-W${String(week.week).padStart(2, '0')}`,
        row.user_name,
        row.area_name ?? '',
        ACTIVITY_KIND_LABELS[row.kind],
        ACTIVITY_ROLE_LABELS[row.role],
        row.suggested_role ? ACTIVITY_ROLE_LABELS[row.suggested_role] : '',
        row.minutes,
        row.participants,
        row.organisations.map((o) => o.name).join(', '),
        row.contacts.map((c) => c.name).join(', '),
        row.signal_reference ?? '',
        row.note,
      ];
    }),
  };
}

async function organisationsTable(scope: Scope & { filter: ExportFilter }): Promise<ExportTable> {
  const rows = await listOrganisationRows(scope.db, scope.municipalityId, { areaId: scope.filter.areaId });
  return {
    name: 'organisaties',
    columns: [
      { header: 'naam' },
      { header: 'soort' },
      { header: 'professioneel of vrijwilligers' },
      { header: 'gebieden' },
      { header: 'gesubsidieerd' },
      { header: 'accountmanager' },
      { header: 'relatie gehouden door' },
      { header: 'bestuur' },
      { header: 'zetels', kind: 'number' },
      { header: 'vacatures', kind: 'number' },
      { header: 'gestopt op', kind: 'date' },
      { header: 'taken overgenomen door' },
      { header: 'e-mail (algemeen)' },
      { header: 'telefoon (algemeen)' },
      { header: 'website' },
    ],
    rows: rows.map((row) => {
      const board = presentBoard(row);
      return [
        row.name,
        ORGANISATION_TYPE_LABELS[row.type],
        SECTOR_LABELS[row.sector],
        row.areas.map((a) => a.name).join(', '),
        row.is_subsidised ? 'ja' : 'nee',
        row.account_manager_name ?? '',
        row.relation_holder_name ?? '',
        board.status ? BOARD_STATUS_LABELS[board.status] : '',
        row.board_seats,
        row.board_vacancies,
        row.board_stopped_on,
        board.fallback ? [board.fallback.communityWorker?.name, board.fallback.adviser?.name].filter(Boolean).join(', ') : '',
        row.email ?? '',
        row.phone ?? '',
        row.website ?? '',
      ];
    }),
  };
}

/** Contact persons' personal data leave the system: the export is audited like every read. */
async function contactsTable(scope: Scope): Promise<ExportTable> {
  const rows = await listContactRows(scope.db, scope.municipalityId, {});
  await recordAudit(scope.db, {
    municipalityId: scope.municipalityId,
    actorId: scope.actorId,
    action: 'contact.export',
    entityType: 'contact',
    details: { count: rows.length, contactIds: rows.map((row) => row.id) },
  });
  return {
    name: 'contactpersonen',
    columns: [
      { header: 'organisatie' },
      { header: 'naam' },
      { header: 'rol' },
      { header: 'e-mail' },
      { header: 'telefoon' },
      { header: 'grondslag (AVG)' },
      { header: 'toelichting grondslag' },
      { header: 'relatie gehouden door' },
    ],
    rows: rows.map((row) => [
      row.organisation_name ?? '',
      row.name,
      row.role,
      row.email ?? '',
      row.phone ?? '',
      LEGAL_BASIS_LABELS[row.legal_basis],
      row.legal_basis_note,
      row.relation_holder_name ?? '',
    ]),
  };
}

const roleCells = (minutes: RoleMinutes, shares: RoleShares, total: number): Cell[] => [
  ...ACTIVITY_ROLES.map((role) => minutes[role]),
  total,
  ...ACTIVITY_ROLES.map((role) => shares[role]),
];
const roleColumns: ExportTable['columns'] = [
  ...ACTIVITY_ROLES.map((role) => ({ header: `minuten ${ACTIVITY_ROLE_LABELS[role].toLowerCase()}`, kind: 'number' as const })),
  { header: 'minuten totaal', kind: 'number' },
  ...ACTIVITY_ROLES.map((role) => ({ header: `aandeel ${ACTIVITY_ROLE_LABELS[role].toLowerCase()}`, kind: 'percent' as const })),
];

async function rolesTable(scope: Scope & { filter: ExportFilter }): Promise<ExportTable> {
  const dashboard = await getRoleDashboard({ ...scope, query: scope.filter });
  return {
    name: 'rolinvulling',
    columns: [{ header: 'indeling' }, { header: 'naam' }, { header: 'van', kind: 'date' }, { header: 'tot en met', kind: 'date' }, ...roleColumns],
    rows: [
      ...dashboard.periods.map((p) => ['periode', p.label, p.start, p.end, ...roleCells(p.minutes, p.shares, p.totalMinutes)]),
      ...dashboard.byConnector.map((c) => ['wijkverbinder', c.name, dashboard.from, dashboard.to, ...roleCells(c.minutes, c.shares, c.totalMinutes)]),
      ...dashboard.byArea.map((a) => ['gebied', a.name, dashboard.from, dashboard.to, ...roleCells(a.minutes, a.shares, a.totalMinutes)]),
      ['totaal', '', dashboard.from, dashboard.to, ...roleCells(dashboard.totals.minutes, dashboard.totals.shares, dashboard.totals.totalMinutes)],
    ],
  };
}

async function hoursTable(scope: Scope & { filter: ExportFilter }): Promise<ExportTable> {
  const granularity = scope.filter.granularity === 'month' ? 'month' : 'week';
  const overview = await getHoursOverview({ ...scope, query: { ...scope.filter, granularity } });
  const periods = new Map(overview.periods.map((p) => [p.key, p]));
  return {
    name: 'uren',
    columns: [
      { header: 'gebied' },
      { header: 'wijkverbinder' },
      { header: granularity === 'week' ? 'ISO-week' : 'maand' },
      { header: 'van', kind: 'date' },
      { header: 'tot en met', kind: 'date' },
      { header: 'uren budget', kind: 'number' },
      { header: 'uren besteed', kind: 'number' },
      { header: 'verschil', kind: 'number' },
    ],
    rows: overview.lines.flatMap((line) =>
      line.perPeriod.map((p) => [
        line.areaName,
        line.userName,
        p.key,
        periods.get(p.key)?.start ?? null,
        periods.get(p.key)?.end ?? null,
        p.budgetHours,
        p.spentHours,
        Math.round((p.spentHours - p.budgetHours) * 100) / 100,
      ]),
    ),
  };
}

async function responsivenessTable(scope: Scope & { user: SessionUser; filter: ExportFilter }): Promise<ExportTable> {
  const figures = await getResponsiveness({ ...scope, query: { from: scope.filter.from, to: scope.filter.to } });
  type Figures = (typeof figures.departments)[number];
  const cells = (f: Omit<Figures, 'department'>): Cell[] => [
    f.count,
    f.answered,
    f.open,
    f.medianHoursToAcknowledge,
    f.medianHoursToAnswer,
    f.overdue,
    f.overdueShare,
  ];
  return {
    name: 'reactiesnelheid',
    columns: [
      { header: 'indeling' },
      { header: 'afdeling' },
      { header: 'specialist of kwartaal' },
      { header: 'verzoeken', kind: 'number' },
      { header: 'beantwoord', kind: 'number' },
      { header: 'open', kind: 'number' },
      { header: 'mediaan uren tot gezien', kind: 'number' },
      { header: 'mediaan uren tot antwoord', kind: 'number' },
      { header: 'te laat', kind: 'number' },
      { header: 'aandeel te laat', kind: 'percent' },
    ],
    rows: [
      ...figures.departments.map((d) => ['afdeling', d.department, '', ...cells(d)]),
      ...(figures.specialists ?? []).map((s) => ['specialist', s.department, s.name, ...cells(s)]),
      ...figures.quarters.map((q) => ['kwartaal', q.department, q.quarter, ...cells(q)]),
    ],
  };
}
