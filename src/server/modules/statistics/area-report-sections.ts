import { formatFigureValue } from '../../../shared/schemas/statistics.js';
import { CONTENT, formatDate, paragraph, smallPrint, table } from './report-layout.js';

/** Signals of the period for one area: what came in, and per theme how far each is (status). */
export interface SignalsSection {
  from: string;
  to: string;
  kinds: { areaIssues: number; individualQuestions: number; regularChannel: number; duplicates: number };
  statuses: string[];
  /** Themes with signals (most first), "Zonder thema" if any, and last "Alle signalen" (each signal once). */
  rows: { label: string; total: number; byStatus: number[]; isTotal: boolean }[];
}

/** The connector's activities in the period per role, or why there are none to show. */
export type ActivitiesSection =
  | { isAvailable: false; reason: string; from: string; to: string }
  | { isAvailable: true; from: string; to: string; rows: { label: string; activities: number; minutes: number; isFixing: boolean }[] };

const count = (n: number) => formatFigureValue(n, 0, '');
const hours = (minutes: number) => formatFigureValue(minutes / 60, minutes % 60 === 0 ? 0 : 1, '');

export function signalsSection(doc: PDFKit.PDFDocument, section: SignalsSection, areaName: string): void {
  const { kinds } = section;
  const period = `${formatDate(section.from)} t/m ${formatDate(section.to)}`;
  const counted = kinds.areaIssues + kinds.individualQuestions;
  paragraph(
    doc,
    `Van ${period} kwamen er voor ${areaName} ${count(counted)} ${counted === 1 ? 'signaal' : 'signalen'} binnen: ` +
      `${count(kinds.areaIssues)} ${kinds.areaIssues === 1 ? 'wijkvraagstuk' : 'wijkvraagstukken'} en ` +
      `${count(kinds.individualQuestions)} ${kinds.individualQuestions === 1 ? 'individuele vraag' : 'individuele vragen'}. ` +
      `Daarnaast ${kinds.regularChannel === 1 ? 'is' : 'zijn'} ${count(kinds.regularChannel)} dagelijkse ${kinds.regularChannel === 1 ? 'melding' : 'meldingen'} ` +
      'naar het reguliere meldkanaal doorgezet' +
      (kinds.duplicates > 0 ? ` en ${count(kinds.duplicates)} dubbel gemelde ${kinds.duplicates === 1 ? 'signaal' : 'signalen'} samengevoegd` : '') +
      '; die tellen hieronder niet mee.',
  );
  if (counted === 0) return;
  // Each number column as wide as its longest header word (labels wrap between words, never inside one).
  doc.font('Helvetica-Bold').fontSize(8.5);
  const widthFor = (label: string) => Math.ceil(Math.max(doc.widthOfString('0000'), ...label.split(/\s+/).map((word) => doc.widthOfString(word)))) + 8;
  const numbers = ['Totaal', ...section.statuses].map((label) => ({ label, width: widthFor(label), align: 'right' as const }));
  const columns = [{ label: 'Thema', width: CONTENT - numbers.reduce((sum, column) => sum + column.width, 0) }, ...numbers];
  const rows = section.rows.map((row) => [row.label, count(row.total), ...row.byStatus.map(count)]);
  table(doc, columns, rows, new Set(section.rows.flatMap((row, i) => (row.isTotal ? [i] : []))));
  smallPrint(doc, [
    'Status van vandaag van de signalen die in de periode binnenkwamen. Een signaal met meer thema’s staat bij elk thema; ' +
      '‘Alle signalen’ telt elk signaal één keer. Bron: Schakel, signalen.',
  ]);
}

export function activitiesSection(doc: PDFKit.PDFDocument, section: ActivitiesSection, connectorTitle: string): void {
  const period = `${formatDate(section.from)} t/m ${formatDate(section.to)}`;
  if (!section.isAvailable) {
    paragraph(doc, section.reason);
    return;
  }
  const totalMinutes = section.rows.reduce((sum, row) => sum + row.minutes, 0);
  const totalActivities = section.rows.reduce((sum, row) => sum + row.activities, 0);
  if (totalActivities === 0) {
    paragraph(doc, `Van ${period} is er voor dit gebied geen activiteit van de ${connectorTitle} vastgelegd.`);
    return;
  }
  const share = (minutes: number) => formatFigureValue(totalMinutes === 0 ? 0 : (100 * minutes) / totalMinutes, 0, '%');
  const fixing = section.rows.find((row) => row.isFixing);
  paragraph(
    doc,
    `Van ${period} legde de ${connectorTitle} voor dit gebied ${count(totalActivities)} ${totalActivities === 1 ? 'activiteit' : 'activiteiten'} vast, ` +
      `samen ${hours(totalMinutes)} uur. De vier rollen (informeren, agenderen, verkennen, faciliteren) zijn het werk; ` +
      `‘oplossen’ van losse kwesties is de valkuil${fixing ? ` (hier ${share(fixing.minutes)} van de tijd)` : ''}.`,
  );
  const columns = [
    { label: 'Rol', width: CONTENT - 3 * 90 },
    { label: 'Activiteiten', width: 90, align: 'right' as const },
    { label: 'Uren', width: 90, align: 'right' as const },
    { label: 'Deel van de tijd', width: 90, align: 'right' as const },
  ];
  const rows = section.rows.map((row) => [row.label, count(row.activities), hours(row.minutes), share(row.minutes)]);
  rows.push(['Totaal', count(totalActivities), hours(totalMinutes), share(totalMinutes)]);
  table(doc, columns, rows, new Set([rows.length - 1]));
  smallPrint(doc, [`De rol zoals de ${connectorTitle} die bij elke activiteit vastlegde. Bron: Schakel, activiteitenlog.`]);
}
