// Types of the signals API, inferred from the shared Zod schemas (type-only), and mirrors of the few
// response shapes that are declared in the server routes rather than in src/shared.
import type { z } from 'zod';
import type {
  AssessmentSchema,
  PublicSignalCreatedSchema,
  PublicSignalInputSchema,
  StaffSignalInputSchema,
  StatusChangeSchema,
  TrackingViewSchema,
} from '../../../shared/schemas/signal.js';

export type {
  ClosingState,
  SignalDetail,
  SignalListItem,
  SignalListQuery,
  SignalStatus,
  TriageResult,
} from '../../../shared/schemas/signal.js';
export type { SignalKind, Theme } from '../../../shared/schemas/signal-vocabulary.js';

export type PublicSignalBody = z.input<typeof PublicSignalInputSchema>;
export type StaffSignalBody = z.input<typeof StaffSignalInputSchema>;
export type AssessmentBody = z.input<typeof AssessmentSchema>;
export type StatusChangeBody = z.input<typeof StatusChangeSchema>;
export type SignalCreated = z.infer<typeof PublicSignalCreatedSchema>;
export type TrackingView = z.infer<typeof TrackingViewSchema>;

/** GET /api/v1/message-templates (declared in signals.routes.ts). */
export interface MessageTemplate {
  key: string;
  title: string;
  body: string;
  isDefault: boolean;
}

/** GET /api/v1/signals/map (declared in signals.routes.ts). */
export interface SignalPoint {
  id: string;
  reference: string;
  lat: number;
  lon: number;
  kind: string;
  status: string;
  themes: string[];
}

/** GET /api/v1/signals/recurring (declared in recurring.routes.ts). */
export interface RecurringCluster {
  area: { id: string; name: string };
  themes: string[];
  firstAt: string;
  lastAt: string;
  signals: { id: string; reference: string; excerpt: string; status: string }[];
}

/** GET /api/v1/approaches (declared in recurring.routes.ts). */
export interface Approach {
  id: string;
  title: string;
  proposal: string;
  status: string;
  area: string | null;
  createdAt: string;
  createdBy: string | null;
  signalReferences: string[];
}

/** GET /api/v1/signals/trends (declared in recurring.routes.ts). */
export interface RisingTheme {
  theme: string;
  risingIn: string[];
  recent: number;
  before: number;
}
