import type { Dataset, Indicator } from '../../../shared/schemas/statistics.js';
import type { DatasetMeta, IndicatorMeta } from './statistics-store.js';

export function presentDataset(dataset: DatasetMeta, indicatorCount: number): Dataset {
  return {
    tableId: dataset.tableId,
    publisher: dataset.publisher,
    title: dataset.title,
    variant: dataset.variantLabel || null,
    year: dataset.year,
    source: dataset.source,
    indicatorCount,
    regions: dataset.levels,
    importedAt: dataset.importedAt,
    importedBy: dataset.importedBy,
  };
}

export function presentIndicator(indicator: IndicatorMeta): Indicator {
  const { row, dataset } = indicator;
  return {
    id: indicator.id,
    key: row.key,
    title: dataset.variantLabel ? `${row.title} (${dataset.variantLabel})` : row.title,
    unit: row.unit,
    description: row.description,
    decimals: row.decimals,
    source: dataset.source,
    publisher: dataset.publisher,
    tableId: dataset.tableId,
    year: dataset.year,
    variant: dataset.variantLabel || null,
    series: indicator.seriesKey,
    aggregation: row.aggregation,
    weightKey: row.weight_key,
    higherIsBetter: row.higher_is_better,
    levels: dataset.levels,
  };
}
