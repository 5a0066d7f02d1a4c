import type { ReactNode } from 'react';
import { Checkbox, Fieldset, TextField } from '../../components/FormField.js';

export interface ReporterValue {
  name: string;
  email: string;
  phone: string;
  consent: boolean;
}

export const EMPTY_REPORTER: ReporterValue = { name: '', email: '', phone: '', consent: false };

export const REPORTER_FIELDS = {
  'reporter.name': { id: 'melder-naam', label: 'Naam' },
  'reporter.email': { id: 'melder-email', label: 'E-mailadres' },
  'reporter.phone': { id: 'melder-telefoon', label: 'Telefoonnummer' },
  'reporter.consent': { id: 'melder-toestemming', label: 'Toestemming' },
  reporter: { id: 'melder-toestemming', label: 'Contactgegevens' },
};

export const hasContactDetails = (value: ReporterValue) => Boolean(value.name.trim() || value.email.trim() || value.phone.trim());

/**
 * The reporter for the API: nothing when no field is filled (then no consent is needed either);
 * otherwise the filled fields and the consent as given (the schema refuses anything but `true`).
 */
export function reporterBody(value: ReporterValue): { name?: string; email?: string; phone?: string; consent: true } | undefined {
  if (!hasContactDetails(value)) return undefined;
  return {
    ...(value.name.trim() && { name: value.name.trim() }),
    ...(value.email.trim() && { email: value.email.trim() }),
    ...(value.phone.trim() && { phone: value.phone.trim() }),
    consent: value.consent as true,
  };
}

interface ReporterFieldsProps {
  legend: string;
  intro: ReactNode;
  consentLabel: string;
  value: ReporterValue;
  onChange: (value: ReporterValue) => void;
  errorFor: (fieldId: string) => string | undefined;
}

/** Name, e-mail and phone, all optional; with an explicit consent box that counts only when something is filled in. */
export function ReporterFields({ legend, intro, consentLabel, value, onChange, errorFor }: ReporterFieldsProps) {
  const set = (patch: Partial<ReporterValue>) => onChange({ ...value, ...patch });
  return (
    <Fieldset legend={legend}>
      <p className="utrecht-paragraph">{intro}</p>
      <TextField id="melder-naam" label="Naam" autoComplete="name" value={value.name} onValueChange={(name) => set({ name })} error={errorFor('melder-naam')} />
      <TextField
        id="melder-email"
        label="E-mailadres"
        type="email"
        autoComplete="email"
        value={value.email}
        onValueChange={(email) => set({ email })}
        error={errorFor('melder-email')}
      />
      <TextField
        id="melder-telefoon"
        label="Telefoonnummer"
        type="tel"
        autoComplete="tel"
        value={value.phone}
        onValueChange={(phone) => set({ phone })}
        error={errorFor('melder-telefoon')}
      />
      <Checkbox
        id="melder-toestemming"
        label={consentLabel}
        description={hasContactDetails(value) ? 'Nodig, omdat u contactgegevens heeft ingevuld.' : 'Alleen nodig als u contactgegevens invult.'}
        checked={value.consent}
        onCheckedChange={(consent) => set({ consent })}
        error={errorFor('melder-toestemming')}
      />
    </Fieldset>
  );
}
