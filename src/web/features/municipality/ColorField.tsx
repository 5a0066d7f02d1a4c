import { TextField } from '../../components/FormField.js';
import { MIN_TEXT_CONTRAST, contrastRatio, parseHex } from '../theme/contrast.js';

interface ColorFieldProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
  /** Check the contrast of this colour against another one (for text on a background). */
  contrastWith?: { color: string; label: string };
}

/** A hex colour with a preview and, where it matters, the WCAG contrast ratio in words. */
export function ColorField({ id, label, value, onValueChange, error, contrastWith }: ColorFieldProps) {
  const ratio = contrastWith ? contrastRatio(value, contrastWith.color) : undefined;
  const description = (
    <>
      Een hexcode zoals #00548f.
      {ratio !== undefined && (
        <>
          {' '}
          Contrast met {contrastWith?.label}: {ratio.toFixed(1).replace('.', ',')}:1 —{' '}
          <strong>{ratio >= MIN_TEXT_CONTRAST ? 'voldoet' : 'te laag (minimaal 4,5:1); Schakel gebruikt dan zwart of wit of de standaardkleur'}</strong>.
        </>
      )}
    </>
  );
  return (
    <div className="color-field">
      <TextField
        id={id}
        label={label}
        value={value}
        onValueChange={onValueChange}
        error={error}
        description={description}
        autoComplete="off"
        spellCheck={false}
        className="color-field__input"
      />
      <span className="color-field__swatch" aria-hidden="true" style={{ backgroundColor: parseHex(value) ? value : 'transparent' }} />
    </div>
  );
}
