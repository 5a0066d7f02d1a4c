import { SIGNAL_KINDS, type SignalKind } from '../../../../shared/schemas/signal-vocabulary.js';

/** What the product owner measures: recall on daily reports, and how many area issues end up as one. */
export interface TriageEvaluation {
  total: number;
  accuracy: number;
  /** Per true kind: the share classified correctly. */
  accuracyByKind: Record<SignalKind, number>;
  dailyReportRecall: number;
  /** Share of area issues classified as daily_report. */
  areaIssueAsDailyReport: number;
  /** confusion[true][predicted] = count */
  confusion: Record<SignalKind, Record<SignalKind, number>>;
  errors: { text: string; expected: SignalKind; predicted: SignalKind; confidence: number }[];
  /** Per confidence band: how many suggestions fell in it and how many of those were right. */
  calibration: { from: number; to: number; count: number; correct: number }[];
}

const BANDS = [0, 0.5, 0.7, 0.9, 1.01];

/** Classifies every labelled text and computes the figures. */
export async function evaluateTriage(
  examples: readonly { text: string; kind: SignalKind }[],
  classify: (text: string) => Promise<{ kind: SignalKind; confidence: number }>,
): Promise<TriageEvaluation> {
  const confusion = Object.fromEntries(
    SIGNAL_KINDS.map((kind) => [kind, Object.fromEntries(SIGNAL_KINDS.map((other) => [other, 0]))]),
  ) as TriageEvaluation['confusion'];
  const errors: TriageEvaluation['errors'] = [];
  const calibration = BANDS.slice(0, -1).map((from, index) => ({ from, to: BANDS[index + 1] as number, count: 0, correct: 0 }));
  for (const example of examples) {
    const suggestion = await classify(example.text);
    confusion[example.kind][suggestion.kind] += 1;
    const band = calibration.find((b) => suggestion.confidence >= b.from && suggestion.confidence < b.to);
    if (band) {
      band.count += 1;
      if (suggestion.kind === example.kind) band.correct += 1;
    }
    if (suggestion.kind !== example.kind) {
      errors.push({ text: example.text, expected: example.kind, predicted: suggestion.kind, confidence: suggestion.confidence });
    }
  }
  const rowTotal = (kind: SignalKind) => SIGNAL_KINDS.reduce((sum, other) => sum + confusion[kind][other], 0);
  const share = (count: number, total: number) => (total === 0 ? 0 : count / total);
  const accuracyByKind = Object.fromEntries(
    SIGNAL_KINDS.map((kind) => [kind, share(confusion[kind][kind], rowTotal(kind))]),
  ) as Record<SignalKind, number>;
  const correct = SIGNAL_KINDS.reduce((sum, kind) => sum + confusion[kind][kind], 0);
  return {
    total: examples.length,
    accuracy: share(correct, examples.length),
    accuracyByKind,
    dailyReportRecall: accuracyByKind.daily_report,
    areaIssueAsDailyReport: share(confusion.area_issue.daily_report, rowTotal('area_issue')),
    confusion,
    errors,
    calibration,
  };
}

/** A plain-text report: figures, confusion matrix, and (optionally) the misclassified texts. */
export function formatEvaluation(title: string, evaluation: TriageEvaluation, options: { withErrors?: boolean } = {}): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const lines = [
    `${title} (${evaluation.total} teksten)`,
    `  nauwkeurigheid totaal:                  ${percent(evaluation.accuracy)}`,
    ...SIGNAL_KINDS.map((kind) => `  nauwkeurigheid ${kind.padEnd(24)}${percent(evaluation.accuracyByKind[kind])}`),
    `  recall daily_report:                    ${percent(evaluation.dailyReportRecall)}   (doel ≥ 85 %)`,
    `  area_issue → daily_report (fout-pos.):  ${percent(evaluation.areaIssueAsDailyReport)}   (doel ≤ 20 %)`,
    '',
    `  waar \\ voorspeld      ${SIGNAL_KINDS.map((kind) => kind.padStart(20)).join('')}`,
    ...SIGNAL_KINDS.map(
      (kind) => `  ${kind.padEnd(20)}${SIGNAL_KINDS.map((other) => String(evaluation.confusion[kind][other]).padStart(20)).join('')}`,
    ),
  ];
  lines.push('', '  zekerheid        aantal   juist');
  for (const band of evaluation.calibration) {
    const label = `${band.from.toFixed(1)}–${Math.min(1, band.to).toFixed(1)}`;
    lines.push(`  ${label.padEnd(16)}${String(band.count).padStart(6)}   ${band.count ? percent(band.correct / band.count) : '—'}`);
  }
  if (options.withErrors && evaluation.errors.length > 0) {
    lines.push('', '  fout geclassificeerd:');
    for (const error of evaluation.errors) {
      lines.push(`    [${error.expected} → ${error.predicted} ${error.confidence.toFixed(2)}] ${error.text}`);
    }
  }
  return lines.join('\n');
}
