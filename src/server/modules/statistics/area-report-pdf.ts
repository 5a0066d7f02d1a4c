import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import PDFDocument from 'pdfkit';
import { type Figure, formatFigureValue } from '../../../shared/schemas/statistics.js';
import { type ActivitiesSection, activitiesSection, type SignalsSection, signalsSection } from './area-report-sections.js';
import { ACCENT, CONTENT, INK, MARGIN, MUTED, PAGE_HEIGHT, PAGE_WIDTH, formatDate, heading, paragraph, tableRow } from './report-layout.js';

export interface AreaReportData {
  municipalityName: string;
  areaName: string;
  areaKind: 'wijk' | 'kern';
  date: Date;
  contact: {
    email: string | null;
    phone: string | null;
    connectors: { name: string; email: string; phone: string | null; hours_per_week: number | null }[];
    alderman: { name: string } | null;
    advisers: { name: string; email: string }[];
  };
  figures: {
    title: string;
    unit: string;
    decimals: number;
    source: string;
    area: Figure;
    municipality: Figure;
    country: Figure;
    partRange: [number, number] | null;
  }[];
  connectorTitle: string;
  ownFigures: { year: number; from: string; to: string; rows: { title: string; figure: Figure; signals: number; municipality: Figure }[] };
  signals: SignalsSection;
  activities: ActivitiesSection;
  map: { regions: { code: string; geometry: Geometry }[]; districts: { code: string; geometry: Geometry }[]; highlighted: Set<string> };
  priority: { year: number; title: string; isPriority: boolean; rank: number | null; score: number | null; of: number } | null;
}


/** Renders the area report as an A4 PDF in the manner of a raadsinformatiebrief (pdfkit, standard fonts). */
export function renderAreaReportPdf(data: AreaReportData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: `Gebiedsrapportage ${data.areaName}`,
      Author: `Gemeente ${data.municipalityName}`,
      Subject: `Raadsinformatiebrief: gebiedsrapportage ${data.areaName}`,
      Creator: 'Schakel',
    },
    lang: 'nl-NL',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  letterhead(doc, data);
  let section = 0;
  const next = (title: string) => heading(doc, `${++section}. ${title}`);
  next('Aanleiding');
  paragraph(
    doc,
    `Met deze brief informeert het college u over ${data.areaKind === 'kern' ? 'de kern' : 'de wijk'} ${data.areaName}: wie het ` +
      'aanspreekpunt van de gemeente is, wat de openbare cijfers van CBS en RIVM over het gebied zeggen naast de gemeente en Nederland, ' +
      `welke signalen er binnenkwamen en hoe de ${data.connectorTitle} zijn of haar tijd besteedde.`,
  );
  next('Aanspreekpunt');
  contactCard(doc, data);
  next('Kengetallen');
  figureTable(doc, data);
  ownFigureTable(doc, data);
  next('Signalen en thema’s');
  signalsSection(doc, data.signals, data.areaName);
  next(`Activiteiten van de ${data.connectorTitle} per rol`);
  activitiesSection(doc, data.activities, data.connectorTitle);
  if (data.priority) {
    next(`Gebiedsgerichte aanpak ${data.priority.year}`);
    const { rank, of, score, isPriority } = data.priority;
    paragraph(
      doc,
      `${data.priority.title}: ${isPriority ? `${data.areaName} is een prioriteitsgebied.` : `${data.areaName} is geen prioriteitsgebied.`}` +
        (rank !== null && score !== null ? ` In de prioriteitsindex staat het gebied op plaats ${rank} van ${of} (score ${formatFigureValue(score, 0, '')} van 100).` : ''),
    );
  }
  next('Kaart');
  drawMap(doc, data);
  footers(doc, data);
  doc.end();
  return done;
}

function letterhead(doc: PDFKit.PDFDocument, data: AreaReportData): void {
  doc.font('Helvetica-Bold').fontSize(16).fillColor(ACCENT).text(`Gemeente ${data.municipalityName}`);
  doc.moveDown(0.2).font('Helvetica').fontSize(11).fillColor(MUTED).text('Raadsinformatiebrief');
  doc.moveTo(MARGIN, doc.y + 6).lineTo(PAGE_WIDTH - MARGIN, doc.y + 6).lineWidth(1).strokeColor(ACCENT).stroke();
  doc.moveDown(1.2);
  const rows: [string, string][] = [
    ['Aan', 'de leden van de gemeenteraad'],
    ['Van', 'het college van burgemeester en wethouders'],
    ['Datum', new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(data.date)],
    ['Onderwerp', `Gebiedsrapportage ${data.areaName}`],
    ['Wijkwethouder', data.contact.alderman?.name ?? 'nog niet toegewezen'],
  ];
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(label, MARGIN, y, { width: 110 });
    doc.font('Helvetica').text(value, MARGIN + 115, y, { width: CONTENT - 115 });
    doc.moveDown(0.2);
  }
  doc.moveDown(0.8);
}

function contactCard(doc: PDFKit.PDFDocument, data: AreaReportData): void {
  const { contact } = data;
  const lines: string[] = [];
  const title = data.connectorTitle.charAt(0).toUpperCase() + data.connectorTitle.slice(1);
  if (contact.connectors.length === 0) lines.push(`${title}: nog niet toegewezen.`);
  for (const person of contact.connectors) {
    const hours = person.hours_per_week === null ? '' : `, ${formatFigureValue(Number(person.hours_per_week), person.hours_per_week % 1 === 0 ? 0 : 1, '')} uur per week`;
    lines.push(`${title}: ${person.name}${hours} — ${person.email}${person.phone ? `, ${person.phone}` : ''}`);
  }
  for (const adviser of contact.advisers) lines.push(`Wijkadviseur: ${adviser.name} — ${adviser.email}`);
  if (contact.email || contact.phone) lines.push(`Contact voor inwoners: ${[contact.email, contact.phone].filter(Boolean).join(', ')}`);
  for (const line of lines) paragraph(doc, line);
}

function figureTable(doc: PDFKit.PDFDocument, data: AreaReportData): void {
  const columns = [
    { label: 'Indicator', width: 150 },
    { label: data.areaName, width: 82 },
    { label: data.municipalityName, width: 70 },
    { label: 'Nederland', width: 70 },
    { label: 'Bron', width: CONTENT - 372 },
  ];
  const notes: string[] = [];
  const row = (cells: string[], bold: boolean) => tableRow(doc, columns, cells, bold);
  row(columns.map((column) => column.label), true);
  for (const figure of data.figures) {
    const cell = (value: Figure, isArea = false) => {
      let text = formatFigureValue(value.value, figure.decimals, figure.unit);
      if (value.method === 'sum' || value.method === 'weighted_mean') text += '*';
      if (value.method === 'unavailable') {
        const noteIndex = notes.indexOf(value.note) === -1 ? notes.push(value.note) : notes.indexOf(value.note) + 1;
        text = `n.b.(${noteIndex})`;
        if (isArea && figure.partRange) {
          text += `\nbuurten ${formatFigureValue(figure.partRange[0], figure.decimals, figure.unit)}–${formatFigureValue(figure.partRange[1], figure.decimals, figure.unit)}`;
        }
      }
      return text;
    };
    row([figure.title, cell(figure.area, true), cell(figure.municipality), cell(figure.country), figure.source], false);
  }
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(8).fillColor(MUTED);
  doc.text('* Berekend uit de cijfers van de buurten, wijken of gemeenten in de bron (som, of gewogen gemiddelde).', MARGIN, doc.y, { width: CONTENT });
  notes.forEach((note, i) => {
    doc.text(`(${i + 1}) ${note}`, MARGIN, doc.y, { width: CONTENT });
  });
  doc.fillColor(INK);
}

/** Signals per 1,000 inhabitants beside the municipality: only themes with signals in the municipality, and the total. */
function ownFigureTable(doc: PDFKit.PDFDocument, data: AreaReportData): void {
  const { ownFigures } = data;
  const rows = ownFigures.rows.filter((row, i) => i === 0 || row.signals > 0 || (row.municipality.value ?? 0) > 0);
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text('Eigen cijfers: signalen per 1.000 inwoners', MARGIN, doc.y, { width: CONTENT });
  doc.moveDown(0.3);
  const period = `${formatDate(ownFigures.from)} t/m ${formatDate(ownFigures.to)}`;
  const notes: string[] = [];
  const cell = (figure: Figure) => {
    if (figure.method !== 'unavailable') return formatFigureValue(figure.value, 1, '');
    const index = notes.indexOf(figure.note) === -1 ? notes.push(figure.note) : notes.indexOf(figure.note) + 1;
    return `n.b.(${index})`;
  };
  const columns = [
    { label: 'Thema', width: 150 },
    { label: 'Signalen', width: 60, align: 'right' as const },
    { label: `${data.areaName} per 1.000`, width: 90, align: 'right' as const },
    { label: `${data.municipalityName} per 1.000`, width: 90, align: 'right' as const },
    { label: 'Bron', width: CONTENT - 390 },
  ];
  tableRow(doc, columns, columns.map((column) => column.label), true);
  for (const row of rows) tableRow(doc, columns, [row.title, String(row.signals), cell(row.figure), cell(row.municipality), `Schakel, signalen ${ownFigures.year}`]);
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(8).fillColor(MUTED);
  doc.text(
    `Periode: ${period} (ontvangstdatum). Geteld: wijkvraagstukken en individuele vragen; niet: dagelijkse meldingen, wat naar het meldkanaal is ` +
      'doorgezet en dubbele signalen. Een signaal met meer thema’s telt bij elk thema; Nederland heeft geen vergelijkbaar cijfer.',
    MARGIN,
    doc.y,
    { width: CONTENT },
  );
  notes.forEach((note, i) => {
    doc.text(`(${i + 1}) ${note}`, MARGIN, doc.y, { width: CONTENT });
  });
  doc.fillColor(INK);
}

function drawMap(doc: PDFKit.PDFDocument, data: AreaReportData): void {
  const shapes = data.map.regions.length > 0 ? data.map.regions : data.map.districts;
  if (shapes.length === 0) {
    paragraph(doc, 'Er zijn geen grenzen van dit gebied beschikbaar.');
    return;
  }
  const height = 300;
  if (doc.y + height > 780) doc.addPage();
  const top = doc.y;
  const features: Feature<Geometry, { code: string }>[] = shapes.map((shape) => ({ type: 'Feature', properties: { code: shape.code }, geometry: rewind(shape.geometry) }));
  const collection: FeatureCollection<Geometry, { code: string }> = { type: 'FeatureCollection', features };
  const projection = geoMercator().fitExtent([[MARGIN, top], [PAGE_WIDTH - MARGIN, top + height]], collection);
  const path = geoPath(projection);
  for (const feature of features) {
    const d = path(feature);
    if (!d) continue;
    const isArea = data.map.highlighted.has(feature.properties.code) || data.map.highlighted.has(`WK${feature.properties.code.slice(2, 8)}`);
    doc.path(d).lineWidth(0.5).fillColor(isArea ? ACCENT : '#e6e6e6').strokeColor('#ffffff').fillAndStroke();
  }
  doc.fillColor(INK);
  doc.y = top + height + 8;
  doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(
    `Blauw: ${data.areaName}; grijs: de andere buurten van ${data.municipalityName}. Grenzen: CBS/Kadaster, wijk- en buurtkaart (vereenvoudigd).`,
    MARGIN,
    doc.y,
    { width: CONTENT },
  );
}

function footers(doc: PDFKit.PDFDocument, data: AreaReportData): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(
      `Gebiedsrapportage ${data.areaName} — gemeente ${data.municipalityName} — pagina ${i + 1} van ${range.count}`,
      MARGIN,
      PAGE_HEIGHT - 40,
      { width: CONTENT, align: 'center', lineBreak: false },
    );
  }
}

/** GeoJSON winds outer rings counter-clockwise; d3-geo (spherical) wants them clockwise. */
function rewind(geometry: Geometry): Geometry {
  const fix = (rings: Position[][]) => (geoArea({ type: 'Polygon', coordinates: rings } as Polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings);
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
  return geometry;
}
