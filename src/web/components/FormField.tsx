import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FormFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  /** An extra class on the control's wrapper (the combobox positions its list there). */
  inputClassName?: string;
  children: (control: ControlProps) => ReactNode;
}

/** Label, description and error message wired to one control through id and aria-describedby. */
export function FormField({ id, label, description, error, inputClassName, children }: FormFieldProps) {
  const descriptionId = description ? `${id}-omschrijving` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          <span className="visually-hidden">Fout: </span>
          {error}
        </div>
      )}
      <div className={`utrecht-form-field__input${inputClassName ? ` ${inputClassName}` : ''}`}>{children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}</div>
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> & {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  onValueChange: (value: string) => void;
};

export function TextField({ id, label, description, error, onValueChange, className, ...input }: TextFieldProps) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(control) => (
        <input
          className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}${className ? ` ${className}` : ''}`}
          type="text"
          {...control}
          {...input}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange'> & {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  onValueChange: (value: string) => void;
  children: ReactNode;
};

export function SelectField({ id, label, description, error, onValueChange, children, ...select }: SelectFieldProps) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(control) => (
        <select
          className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
          {...control}
          {...select}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {children}
        </select>
      )}
    </FormField>
  );
}

interface CheckboxProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
  description?: ReactNode;
  /** An error about this one box (for example a consent that is required). */
  error?: string;
}

/** A checkbox with its label; a description (for example "hoort bij Centrum") is read with it. */
export function Checkbox({ id, label, checked, onCheckedChange, disabled, description, error }: CheckboxProps) {
  const descriptionId = description ? `${id}-omschrijving` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox checkbox-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message checkbox-field__error" id={errorId}>
          <span className="visually-hidden">Fout: </span>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <input
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
          id={id}
          checked={checked}
          disabled={disabled}
          aria-describedby={[errorId, descriptionId].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onCheckedChange(event.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className={`utrecht-form-label utrecht-form-label--checkbox${disabled ? ' is-disabled' : ''}`} htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field-description checkbox-field__description" id={descriptionId}>
          {description}
        </div>
      )}
    </div>
  );
}

interface RadioProps {
  name: string;
  id: string;
  label: ReactNode;
  checked: boolean;
  onSelect: () => void;
}

export function Radio({ name, id, label, checked, onSelect }: RadioProps) {
  return (
    <div className="utrecht-form-field utrecht-form-field--radio checkbox-field">
      <div className="utrecht-form-field__input">
        <input
          type="radio"
          className="utrecht-radio-button utrecht-radio-button--html-input"
          name={name}
          id={id}
          checked={checked}
          onChange={onSelect}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

export function Fieldset({ legend, children, error, id }: { legend: ReactNode; children: ReactNode; error?: string; id?: string }) {
  const errorId = error && id ? `${id}-fout` : undefined;
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      aria-describedby={errorId}
      tabIndex={id ? -1 : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {error && (
        <p className="utrecht-form-field-error-message" id={errorId}>
          <span className="visually-hidden">Fout: </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

export interface TextAreaFieldProps {
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
