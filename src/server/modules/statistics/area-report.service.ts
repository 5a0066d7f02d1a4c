import { SIGNAL_STATUSES, SIGNAL_STATUS_LABELS } from '../../../shared/schemas/signal.js';
import { THEMES, type Theme } from '../../../shared/schemas/signal-vocabulary.js';
import type { AreaFigure } from '../../../shared/schemas/statistics.js';
import type { Scope } from '../../platform/db/scope.js';
import { notFound } from '../../platform/errors.js';
import { getAreaFigures } from './area-statistics.service.js';
import { type AreaReportData, renderAreaReportPdf } from './area-report-pdf.js';
import {
  countAreaActivitiesByRole,
  countAreaSignalKinds,
  countAreaSignalsByThemeAndStatus,
  hasActivityLog,
  readConnectorTitle,
} from './area-report.repo.js';
import type { ActivitiesSection, SignalsSection } from './area-report-sections.js';
import { conceptOf } from './indicator-rules.js';
import { isoDate } from './own-figures.js';
import { findPrioritySelectionRow, listTenantRegionGeometryRows, readAreaCardRow } from './statistics.repo.js';
import type { StatisticsStore } from './statistics-store.js';

// RIVM topics a council asks about first; the CBS key figures are few enough to show all.
const REPORT_CONCEPTS = new Set([
  'Eenzaam',
  'ErnstigZeerErnstigEenzaam',
  'MoeiteMetRondkomen',
  'ErnstigeGeluidhinderDoorBuren',
  'ErvarenGezondheidGoedZeerGoed',
  'MatigHoogRisicoOpAngstOfDepressie',
  'Mantelzorger',
  'Vrijwilligerswerk',
]);
const MAX_FIGURES = 24;

// The five roles of the activity log (issue 4), in its order; labels as in src/shared/schemas/activity.ts.
const ACTIVITY_ROLES: [string, string][] = [
  ['informing', 'Informeren'],
  ['agenda_setting', 'Agenderen'],
  ['exploring', 'Verkennen'],
  ['facilitating', 'Faciliteren'],
  ['fixing', 'Oplossen (fixer)'],
];

/**
 * The printable area report (A4 PDF): contact card, key figures with sources and own figures, the signals
 * and themes of the last twelve months, the connector's activities by role, the area's priority and a map.
 */
export async function renderAreaReport(scope: Scope & { store: StatisticsStore; areaId: string; now?: Date }): Promise<{ pdf: Buffer; fileName: string }> {
  const card = await readAreaCardRow(scope.db, scope.municipalityId, scope.areaId);
  if (!card) throw notFound('Gebied niet gevonden.');
  const figures = await getAreaFigures({ ...scope, store: scope.store, areaId: scope.areaId, today: scope.now });
  const now = scope.now ?? new Date();
  const selection = await findPrioritySelectionRow(scope.db, scope.municipalityId, now.getFullYear());
  const selectedIds = new Set(selection?.indicators.map((indicator) => indicator.id) ?? []);
  const chosen = figures.figures.filter(
    (figure) =>
      selectedIds.has(figure.indicator.id) ||
      figure.indicator.publisher === 'CBS' ||
      (REPORT_CONCEPTS.has(conceptOf(figure.indicator.key)) && (figure.indicator.variant === null || /18 jaar/.test(figure.indicator.variant))),
  );
  const regions = await listTenantRegionGeometryRows(scope.db, scope.municipalityId);
  const composition = new Set(figures.area.regionCodes);
  const ranking = selection?.ranking as { ranked?: { unitId: string; rank: number; score: number }[] } | undefined;
  const ranked = ranking?.ranked?.find((unit) => unit.unitId === scope.areaId || composition.has(unit.unitId));
  const period = lastTwelveMonths(now);

  const data: AreaReportData = {
    municipalityName: figures.municipality.name,
    areaName: card.name,
    areaKind: card.kind,
    date: now,
    contact: {
      email: card.public_email,
      phone: card.public_phone,
      connectors: card.people.filter((p) => p.role === 'connector'),
      alderman: card.people.find((p) => p.role === 'alderman') ?? null,
      advisers: card.people.filter((p) => p.role === 'adviser'),
    },
    figures: chosen.slice(0, MAX_FIGURES).map(toReportFigure),
    connectorTitle: await readConnectorTitle(scope.db, scope.municipalityId),
    ownFigures: {
      year: figures.own.year,
      from: figures.own.from,
      to: figures.own.to,
      rows: figures.own.figures.map((figure) => ({
        title: capitalise(figure.indicator.variant ?? figure.indicator.title),
        figure: figure.area,
        signals: figure.signals,
        municipality: figure.municipality,
      })),
    },
    signals: await signalsOfPeriod(scope, period),
    activities: await activitiesOfPeriod(scope, period),
    map: {
      regions: regions.filter((region) => region.kind === 'neighbourhood' && region.geometry).map((region) => ({ code: region.code, geometry: region.geometry as NonNullable<typeof region.geometry> })),
      districts: regions.filter((region) => region.kind === 'district' && region.geometry).map((region) => ({ code: region.code, geometry: region.geometry as NonNullable<typeof region.geometry> })),
      highlighted: composition,
    },
    priority: selection
      ? {
          year: selection.year,
          title: selection.title,
          isPriority: selection.priority_units.some((unit) => unit === scope.areaId || composition.has(unit)),
          rank: ranked?.rank ?? null,
          score: ranked?.score ?? null,
          of: ranking?.ranked?.length ?? 0,
        }
      : null,
  };
  const safeName = card.name.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return { pdf: await renderAreaReportPdf(data), fileName: `gebiedsrapportage-${safeName || 'gebied'}.pdf` };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The twelve months up to and including today. */
function lastTwelveMonths(today: Date): { from: string; to: string } {
  const from = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
  return { from: isoDate(from), to: isoDate(today) };
}

async function signalsOfPeriod(scope: Scope & { areaId: string }, period: { from: string; to: string }): Promise<SignalsSection> {
  const kinds = await countAreaSignalKinds(scope.db, scope.municipalityId, scope.areaId, period);
  const rows = await countAreaSignalsByThemeAndStatus(scope.db, scope.municipalityId, scope.areaId, period);
  const byTheme = new Map<string, number[]>();
  for (const row of rows) {
    const key = row.is_total ? '*' : (row.theme ?? '');
    const counts = byTheme.get(key) ?? SIGNAL_STATUSES.map(() => 0);
    const index = SIGNAL_STATUSES.indexOf(row.status as (typeof SIGNAL_STATUSES)[number]);
    if (index >= 0) counts[index] = row.signals;
    byTheme.set(key, counts);
  }
  const sum = (counts: number[]) => counts.reduce((total, n) => total + n, 0);
  const labelOf = (key: string) => (key === '' ? 'Zonder thema' : (THEMES[key as Theme]?.label ?? key));
  const themes = [...byTheme.entries()]
    .filter(([key]) => key !== '*' && key !== '')
    .sort(([a, x], [b, y]) => sum(y) - sum(x) || labelOf(a).localeCompare(labelOf(b), 'nl'));
  const withoutTheme = byTheme.get('');
  const all = byTheme.get('*') ?? SIGNAL_STATUSES.map(() => 0);
  return {
    ...period,
    kinds: {
      areaIssues: kinds.area_issues,
      individualQuestions: kinds.individual_questions,
      regularChannel: kinds.regular_channel,
      duplicates: kinds.duplicates,
    },
    statuses: SIGNAL_STATUSES.map((status) => SIGNAL_STATUS_LABELS[status]),
    rows: [
      ...themes.map(([key, counts]) => ({ label: labelOf(key), total: sum(counts), byStatus: counts, isTotal: false })),
      ...(withoutTheme ? [{ label: labelOf(''), total: sum(withoutTheme), byStatus: withoutTheme, isTotal: false }] : []),
      { label: 'Alle signalen', total: sum(all), byStatus: all, isTotal: true },
    ],
  };
}

async function activitiesOfPeriod(scope: Scope & { areaId: string }, period: { from: string; to: string }): Promise<ActivitiesSection> {
  if (!(await hasActivityLog(scope.db))) {
    return {
      isAvailable: false,
      reason: 'Het activiteitenlog is in deze installatie nog niet beschikbaar; zodra het er is, staat hier de tijd per rol.',
      ...period,
    };
  }
  const rows = await countAreaActivitiesByRole(scope.db, scope.municipalityId, scope.areaId, period);
  const known = new Map(ACTIVITY_ROLES);
  const present = new Map(rows.map((row) => [row.role, row]));
  return {
    isAvailable: true,
    ...period,
    rows: [...ACTIVITY_ROLES.map(([role]) => role), ...rows.map((row) => row.role).filter((role) => !known.has(role))].map((role) => ({
      label: known.get(role) ?? role,
      activities: present.get(role)?.activities ?? 0,
      minutes: present.get(role)?.minutes ?? 0,
      isFixing: role === 'fixing',
    })),
  };
}

function toReportFigure(figure: AreaFigure): AreaReportData['figures'][number] {
  const partValues = figure.parts.map((part) => part.value).filter((value): value is number => value !== null);
  return {
    title: figure.indicator.title,
    unit: figure.indicator.unit,
    decimals: figure.indicator.decimals,
    source: `${figure.indicator.publisher} ${figure.indicator.year} (${figure.indicator.tableId})`,
    area: figure.area,
    municipality: figure.municipality,
    country: figure.country,
    partRange: figure.area.method === 'unavailable' && partValues.length >= 2 ? [Math.min(...partValues), Math.max(...partValues)] : null,
  };
}
