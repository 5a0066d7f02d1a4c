import type { FieldError } from '../components/ErrorSummary.js';

/** The parts of a Zod issue the forms use (kept structural, so this file needs no Zod at runtime). */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: number | bigint;
  origin?: string;
}

/**
 * Turns a shared-schema issue into an error next to a field: "Naam: Vul dit veld in." reads better than
 * the generic "Te kort: verwacht dat string >=1 tekens heeft".
 */
export function toFieldError(issue: SchemaIssue, fields: Record<string, { id: string; label: string }>, fallbackId: string): FieldError {
  const key = String(issue.path[0] ?? '');
  const field = fields[key];
  const isEmpty = issue.code === 'too_small' && Number(issue.minimum) === 1 && issue.origin === 'string';
  const message = isEmpty ? 'vul dit veld in.' : issue.message;
  return {
    fieldId: field?.id ?? fallbackId,
    message: field ? `${field.label}: ${message}` : capitaliseFirst(message),
  };
}

const capitaliseFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
