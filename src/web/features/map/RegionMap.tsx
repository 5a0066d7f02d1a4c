import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type MouseEvent, useId, useMemo, useRef } from 'react';
import { rewindForD3 } from './geometry.js';

export interface MapRegion {
  code: string;
  name: string;
  geometry: Geometry | null;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A point drawn on top of the regions (a signal, a chosen spot); its label is its tooltip. */
export interface MapMarker extends GeoPoint {
  key: string;
  label: string;
  /** Drawn larger, with a thick outline (not only another colour). */
  isEmphasised?: boolean;
}

interface RegionMapProps<R extends MapRegion> {
  regions: R[];
  /** The accessible name of the map; the same information must also be available next to it. */
  label: string;
  fill: (region: R) => string;
  title: (region: R) => string;
  isEmphasised?: (region: R) => boolean;
  isHatched?: (region: R) => boolean;
  onRegionClick?: (region: R) => void;
  onPointClick?: (point: GeoPoint, region: R | undefined) => void;
  markers?: MapMarker[];
  width?: number;
}

const PADDING = 8;

/**
 * CBS neighbourhoods drawn as an SVG with d3-geo. A mouse enhancement: every page that shows it also
 * offers the same choices as links, buttons or checkboxes, so the map itself is not in the tab order.
 */
export function RegionMap<R extends MapRegion>(props: RegionMapProps<R>) {
  const { regions, label, fill, title, isEmphasised, isHatched, onRegionClick, onPointClick, markers, width = 640 } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const hatchId = `arcering-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;

  const layout = useMemo(() => {
    const features: Feature<Geometry, { index: number }>[] = [];
    regions.forEach((region, index) => {
      if (region.geometry) features.push({ type: 'Feature', properties: { index }, geometry: rewindForD3(region.geometry) });
    });
    if (features.length === 0) return undefined;
    const collection: FeatureCollection<Geometry, { index: number }> = { type: 'FeatureCollection', features };
    const projection = geoMercator().fitWidth(width - 2 * PADDING, collection);
    projection.translate([projection.translate()[0] + PADDING, projection.translate()[1] + PADDING]);
    const path = geoPath(projection);
    const [, [, maxY]] = path.bounds(collection);
    const shapes = features.map((feature) => ({ region: regions[feature.properties.index] as R, d: path(feature) ?? '' }));
    return { projection, shapes, height: Math.ceil(maxY + PADDING) };
  }, [regions, width]);

  if (!layout) return <p className="utrecht-paragraph">Er is geen kaart van dit gebied beschikbaar.</p>;

  const clickable = Boolean(onRegionClick || onPointClick);
  const handleClick = (event: MouseEvent<SVGSVGElement>) => {
    const region = regionAt(event.target, layout.shapes);
    if (region && onRegionClick) onRegionClick(region);
    if (!onPointClick) return;
    const matrix = svgRef.current?.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const lonLat = layout.projection.invert?.([point.x, point.y]);
    if (lonLat) onPointClick({ lon: lonLat[0], lat: lonLat[1] }, region);
  };

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: pointing on the map is a shortcut; each page offers the same choice by keyboard (search field or list)
    <svg
      ref={svgRef}
      className={`region-map${clickable ? ' region-map--clickable' : ''}`}
      viewBox={`0 0 ${width} ${layout.height}`}
      role="img"
      aria-label={label}
      onClick={clickable ? handleClick : undefined}
    >
      <defs>
        <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="8" stroke="#404040" strokeWidth="2" />
        </pattern>
      </defs>
      {layout.shapes.map(({ region, d }) => (
        <g key={region.code}>
          <path d={d} fill={fill(region)} stroke="#ffffff" strokeWidth={1} data-code={region.code} className="region-map__region">
            <title>{title(region)}</title>
          </path>
          {isHatched?.(region) && <path d={d} fill={`url(#${hatchId})`} pointerEvents="none" />}
        </g>
      ))}
      {/* Emphasised outlines last, so neighbours do not paint over them. */}
      {layout.shapes
        .filter(({ region }) => isEmphasised?.(region))
        .map(({ region, d }) => (
          <path key={`${region.code}-rand`} d={d} fill="none" stroke="#000000" strokeWidth={3} pointerEvents="none" />
        ))}
      {markers?.map((marker) => {
        const xy = layout.projection([marker.lon, marker.lat]);
        if (!xy) return null;
        return (
          <circle
            key={marker.key}
            cx={xy[0]}
            cy={xy[1]}
            r={marker.isEmphasised ? 9 : 6}
            fill="#c4001a"
            stroke={marker.isEmphasised ? '#000000' : '#ffffff'}
            strokeWidth={marker.isEmphasised ? 3 : 2}
            className="region-map__marker"
            pointerEvents="none"
          >
            <title>{marker.label}</title>
          </circle>
        );
      })}
    </svg>
  );
}

function regionAt<R extends MapRegion>(target: EventTarget, shapes: { region: R }[]): R | undefined {
  const code = target instanceof SVGElement ? target.getAttribute('data-code') : null;
  return code ? shapes.find((shape) => shape.region.code === code)?.region : undefined;
}
