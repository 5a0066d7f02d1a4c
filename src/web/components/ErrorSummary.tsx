import { useEffect, useRef } from 'react';

export interface FieldError {
  /** The id of the control (or fieldset) the error is about. */
  fieldId: string;
  message: string;
}

/**
 * The list of errors above a form after a failed submit (GOV.UK / NL Design System pattern): it takes
 * focus, and each item links to its field.
 */
export function ErrorSummary({
  errors,
  serverMessage,
  focusKey,
  headingId = 'foutoverzicht-titel',
}: {
  errors: FieldError[];
  serverMessage?: string;
  focusKey: number;
  /** Unique per form when one page has several forms. */
  headingId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0 && !serverMessage) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={headingId}>
      <div className="utrecht-alert__content">
        <h2 className="utrecht-heading-3" id={headingId}>
          Er ging iets mis
        </h2>
        {serverMessage && <p className="utrecht-paragraph">{serverMessage}</p>}
        {errors.length > 0 && (
          <ul className="utrecht-unordered-list">
            {errors.map((error) => (
              <li className="utrecht-unordered-list__item" key={error.fieldId + error.message}>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`#${error.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(error.fieldId)?.focus();
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
