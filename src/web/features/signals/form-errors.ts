import { ApiError } from '../../api/client.js';
import type { FieldError } from '../../components/ErrorSummary.js';
import type { SchemaIssue } from '../../api/validation.js';

export type FieldMap = Record<string, { id: string; label: string }>;

/**
 * Errors next to the right field, for nested schema paths too ("reporter.email" → the e-mail box):
 * the longest known prefix of the issue's path decides the field.
 */
export function toFieldErrors(issues: Pick<SchemaIssue, 'path' | 'message' | 'code' | 'minimum' | 'origin'>[], fields: FieldMap, fallbackId: string): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const parts = issue.path.map(String);
    let field: { id: string; label: string } | undefined;
    for (let length = parts.length; length > 0 && !field; length--) field = fields[parts.slice(0, length).join('.')];
    const isEmpty = issue.code === 'too_small' && Number(issue.minimum) === 1 && issue.origin === 'string';
    const message = isEmpty ? 'vul dit veld in.' : issue.message;
    const fieldId = field?.id ?? fallbackId;
    if (seen.has(fieldId)) continue;
    seen.add(fieldId);
    errors.push({ fieldId, message: field ? `${field.label}: ${lowerFirst(message)}` : upperFirst(message) });
  }
  return errors;
}

/** Field errors from a 400 answer of the server (its issues carry paths like "body.reporter.email"). */
export function serverFieldErrors(error: unknown, fields: FieldMap, fallbackId: string): FieldError[] {
  if (!(error instanceof ApiError) || error.issues.length === 0) return [];
  return toFieldErrors(
    error.issues.map((issue) => ({ code: 'server', path: issue.path.replace(/^body\.?/, '').split('.').filter(Boolean), message: issue.message })),
    fields,
    fallbackId,
  );
}

export const errorFor = (errors: FieldError[], fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
