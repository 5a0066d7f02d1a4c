import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { type Figure, formatFigureValue } from '../../../shared/schemas/statistics.js';

interface Point {
  year: number;
  area: Figure;
  municipality: Figure;
  country: Figure;
}

const SERIES = [
  { key: 'area', label: 'Gebied', color: '#08519c', dash: '' },
  { key: 'municipality', label: 'Gemeente', color: '#b35806', dash: '6 3' },
  { key: 'country', label: 'Nederland', color: '#404040', dash: '2 3' },
] as const;

/**
 * A small line chart of one indicator over the imported years (area, municipality, Netherlands), with the
 * same figures in a table: the chart is for the eye, the table for everyone.
 */
export function TrendChart({ title, points, decimals, unit, areaName }: { title: string; points: Point[]; decimals: number; unit: string; areaName: string }) {
  const width = 420;
  const height = 180;
  const pad = { top: 12, right: 16, bottom: 28, left: 56 };
  const values = points.flatMap((point) => SERIES.map((series) => point[series.key].value)).filter((value): value is number => value !== null);
  const x = scalePoint<number>().domain(points.map((point) => point.year)).range([pad.left, width - pad.right]).padding(0.3);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(...values, 1)])
    .nice()
    .range([height - pad.bottom, pad.top]);
  const format = (value: number) => formatFigureValue(value, decimals, unit === '%' ? '%' : '');
  return (
    <figure className="trend">
      <svg className="trend-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Lijngrafiek ${title} per jaar; de tabel eronder geeft dezelfde cijfers.`}>
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="#d9d9d9" />
            <text x={pad.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize="11" fill="#333333">
              {format(tick)}
            </text>
          </g>
        ))}
        {points.map((point) => (
          <text key={point.year} x={x(point.year)} y={height - 8} textAnchor="middle" fontSize="11" fill="#333333">
            {point.year}
          </text>
        ))}
        {SERIES.map((series) => {
          const defined = points.filter((point) => point[series.key].value !== null);
          const path = line<Point>()
            .x((point) => x(point.year) ?? 0)
            .y((point) => y(point[series.key].value as number))(defined);
          return (
            <g key={series.key}>
              {path && <path d={path} fill="none" stroke={series.color} strokeWidth={2} strokeDasharray={series.dash} />}
              {defined.map((point) => (
                <circle key={point.year} cx={x(point.year)} cy={y(point[series.key].value as number)} r={3} fill={series.color} />
              ))}
            </g>
          );
        })}
      </svg>
      <table className="utrecht-table utrecht-table--html-table figure-table">
        <caption className="utrecht-table__caption">{title} per jaar</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Jaar</th>
            {SERIES.map((series) => (
              <th key={series.key} scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                <span className="legend-swatch" style={{ backgroundColor: series.color }} aria-hidden="true" /> {series.key === 'area' ? areaName : series.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {points.map((point) => (
            <tr key={point.year} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">{point.year}</th>
              {SERIES.map((series) => (
                <td key={series.key} className="utrecht-table__cell utrecht-table__cell--numeric-data">
                  {formatFigureValue(point[series.key].value, decimals, unit)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
