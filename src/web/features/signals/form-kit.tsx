import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../api/client.js';
import type { FieldError } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { type FieldMap, serverFieldErrors } from './form-errors.js';

interface TextAreaFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
}

/** A labelled textarea with its description and error (FormField wiring). */
export function TextAreaField({ id, label, description, error, value, onValueChange, rows = 4, maxLength = 5000 }: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(control) => (
        <textarea
          className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
          rows={rows}
          maxLength={maxLength}
          {...control}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

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
