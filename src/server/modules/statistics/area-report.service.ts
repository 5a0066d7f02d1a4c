import type { AreaFigure } from '../../../shared/schemas/statistics.js';
import type { Scope } from '../../platform/db/scope.js';
import { notFound } from '../../platform/errors.js';
import { getAreaFigures } from './area-statistics.service.js';
import { type AreaReportData, renderAreaReportPdf } from './area-report-pdf.js';
import { conceptOf } from './indicator-rules.js';
import { listOwnFigures } from './own-figures.js';
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

/** The printable area report (A4 PDF): contact card, key figures with sources, map, the area's priority. */
export async function renderAreaReport(scope: Scope & { store: StatisticsStore; areaId: string; now?: Date }): Promise<{ pdf: Buffer; fileName: string }> {
  const card = await readAreaCardRow(scope.db, scope.municipalityId, scope.areaId);
  if (!card) throw notFound('Gebied niet gevonden.');
  const figures = await getAreaFigures({ ...scope, store: scope.store, areaId: scope.areaId });
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
  const ownFigures = await listOwnFigures({ ...scope, year: now.getFullYear() });

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
    ownFigures: ownFigures.map((figure) => ({ title: figure.title, value: figure.values.get(scope.areaId) ?? null, unit: figure.unit, source: figure.source })),
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
