import { TextAreaField as SharedTextAreaField, type TextAreaFieldProps } from '../../components/FormField.js';

/** The textarea of the activity and partner screens: shorter (3 rows, 2,000 characters) than the signal forms'. */
export const TextAreaField = (props: TextAreaFieldProps) => <SharedTextAreaField rows={3} maxLength={2000} {...props} />;

/** "90" → "1 u 30 min"; "45" → "45 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} u` : `${hours} u ${rest} min`;
}

/** 0.2857 → "28,6%"; null → "—". */
export function formatShare(share: number | null): string {
  if (share === null) return '—';
  return `${(share * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 0 })}%`;
}

export const formatHours = (hours: number | null) => (hours === null ? '—' : hours.toLocaleString('nl-NL', { maximumFractionDigits: 1 }));

/** "2026-01-05" → "5 januari 2026". */
export const formatDate = (isoDate: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

export const todayIso = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** Download links for CSV and XLSX of one export. */
export function ExportLinks({ label, csv, xlsx }: { label: string; csv: string; xlsx: string }) {
  return (
    <p className="utrecht-paragraph export-links">
      {label}:{' '}
      <a className="utrecht-link utrecht-link--html-a" href={csv} download>
        CSV<span className="visually-hidden"> ({label})</span>
      </a>{' '}
      ·{' '}
      <a className="utrecht-link utrecht-link--html-a" href={xlsx} download>
        Excel (XLSX)<span className="visually-hidden"> ({label})</span>
      </a>
    </p>
  );
}
