import type { SignalKind } from '../../../../shared/schemas/signal-vocabulary.js';
import { AREA_ISSUE_CORPUS } from './corpus-area-issues.js';
import { DAILY_REPORT_CORPUS } from './corpus-daily-reports.js';
import { DETAILED_DAILY_REPORT_CORPUS } from './corpus-daily-reports-detailed.js';
import { DAILY_REPORT_VARIANTS } from './corpus-daily-reports-variants.js';
import { INDIVIDUAL_QUESTION_CORPUS } from './corpus-individual-questions.js';

/** One labelled training text; daily reports also carry their Signalen sub-category. */
export interface CorpusExample {
  text: string;
  kind: SignalKind;
  categorySlug: string | null;
}

/** The hand-written training corpus: daily reports per Signalen category, area issues, individual questions. */
export const TRAINING_CORPUS: readonly CorpusExample[] = [
  ...[DAILY_REPORT_CORPUS, DETAILED_DAILY_REPORT_CORPUS, DAILY_REPORT_VARIANTS].flatMap((corpus) =>
    Object.entries(corpus).flatMap(([slug, texts]) =>
      texts.map((text) => ({ text, kind: 'daily_report' as const, categorySlug: slug })),
    ),
  ),
  ...AREA_ISSUE_CORPUS.map((text) => ({ text, kind: 'area_issue' as const, categorySlug: null })),
  ...INDIVIDUAL_QUESTION_CORPUS.map((text) => ({ text, kind: 'individual_question' as const, categorySlug: null })),
];
