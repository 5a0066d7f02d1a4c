import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import type { FieldError } from '../../components/ErrorSummary.js';
import { type FieldMap, serverFieldErrors } from './form-errors.js';

export { TextAreaField } from '../../components/FormField.js';

/**
 * The error state of one form: field errors, the server's message, and a counter that moves focus to
 * the error summary after every failed attempt.
 */
export function useFormFeedback() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  return {
    errors,
    serverMessage,
    attempt,
    errorFor: (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message,
    /** Before sending: shows these errors (or clears them); true when there are none. */
    check(found: FieldError[]): boolean {
      setErrors(found);
      setServerMessage(undefined);
      setAttempt((count) => count + 1);
      return found.length === 0;
    },
    /** After the server said no. */
    fail(error: unknown, fields: FieldMap, fallbackId: string): void {
      setErrors(serverFieldErrors(error, fields, fallbackId));
      setServerMessage(errorMessage(error));
      setAttempt((count) => count + 1);
    },
    clear(): void {
      setErrors([]);
      setServerMessage(undefined);
    },
  };
}
