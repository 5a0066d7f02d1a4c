import { type ChangeEvent, useState } from 'react';
import { Button } from '../../components/Button.js';
import { FormField } from '../../components/FormField.js';

export interface ChosenPhoto {
  key: string;
  name: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  dataBase64: string;
  /** For the preview: a data: URL (the CSP allows those, not blob: URLs). */
  dataUrl: string;
}

export const MAX_PHOTOS = 3;
const MAX_BYTES = 2 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

interface PhotoInputProps {
  id: string;
  photos: ChosenPhoto[];
  onChange: (photos: ChosenPhoto[]) => void;
  error?: string;
}

/** Up to three photos (JPEG, PNG or WebP, 2 MB each), checked on choosing, with a preview and a remove button. */
export function PhotoInput({ id, photos, onChange, error }: PhotoInputProps) {
  const [problem, setProblem] = useState<string>();

  const handleChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const files = [...(input.files ?? [])];
    input.value = '';
    const problems: string[] = [];
    const added: ChosenPhoto[] = [];
    for (const file of files) {
      if (photos.length + added.length >= MAX_PHOTOS) {
        problems.push(`U kunt hoogstens ${MAX_PHOTOS} foto’s meesturen; ${file.name} is niet toegevoegd.`);
        continue;
      }
      if (!(TYPES as readonly string[]).includes(file.type)) {
        problems.push(`${file.name} is geen foto in JPEG-, PNG- of WebP-formaat.`);
        continue;
      }
      if (file.size > MAX_BYTES) {
        problems.push(`${file.name} is groter dan 2 MB. Verklein de foto en probeer het opnieuw.`);
        continue;
      }
      const dataUrl = await readAsDataUrl(file);
      added.push({
        key: `${file.name}-${file.lastModified}-${photos.length + added.length}`,
        name: file.name,
        contentType: file.type as ChosenPhoto['contentType'],
        dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1),
        dataUrl,
      });
    }
    setProblem(problems.length > 0 ? problems.join(' ') : undefined);
    if (added.length > 0) onChange([...photos, ...added]);
  };

  return (
    <div className="photo-input">
      <FormField
        id={id}
        label="Foto’s (niet verplicht)"
        description={`Hoogstens ${MAX_PHOTOS} foto’s, JPEG, PNG of WebP, elk hoogstens 2 MB.`}
        error={problem ?? error}
      >
        {(control) => (
          <input
            type="file"
            className="utrecht-textbox utrecht-textbox--html-input photo-input__file"
            accept={TYPES.join(',')}
            multiple
            disabled={photos.length >= MAX_PHOTOS}
            {...control}
            onChange={(event) => void handleChange(event)}
          />
        )}
      </FormField>
      {photos.length > 0 && (
        <ul className="photo-input__list" aria-label="Gekozen foto’s">
          {photos.map((photo, index) => (
            <li key={photo.key} className="photo-input__item">
              <img src={photo.dataUrl} alt={`Foto ${index + 1}: ${photo.name}`} className="photo-input__preview" />
              <Button appearance="subtle" onClick={() => onChange(photos.filter((p) => p.key !== photo.key))}>
                Foto {index + 1} verwijderen
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {photos.length === 0 ? '' : `${photos.length} ${photos.length === 1 ? 'foto' : 'foto’s'} gekozen.`}
      </p>
    </div>
  );
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
