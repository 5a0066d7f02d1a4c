import { type FormEvent, useState } from 'react';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../../shared/schemas/meeting.js';
import { PARTICIPATION_LABELS, type ParticipationLevel, TEMPLATE_KIND_LABELS, type Template } from '../../../shared/schemas/programme.js';
import { errorMessage, request } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Button, ButtonGroup } from '../../components/Button.js';
import { Fieldset, SelectField, TextAreaField, TextField } from '../../components/FormField.js';
import { VisuallyHidden } from '../../components/Paragraph.js';

interface Step {
  title: string;
  description: string;
}
interface Section {
  key: string;
  title: string;
  prompt: string;
}
interface Level {
  level: ParticipationLevel;
  description: string;
  whenToUse: string;
}
type Content = { steps: Step[] } | { meetingKind: MeetingKind; sections: Section[] } | { levels: Level[] };

/** Moves item `from` one place up (-1) or down (+1). */
const moved = <T,>(items: readonly T[], from: number, by: -1 | 1): T[] => {
  const to = from + by;
  if (to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  [copy[from], copy[to]] = [copy[to] as T, copy[from] as T];
  return copy;
};

/**
 * Edits one of the municipality's method templates: its name and description, and what it holds by kind —
 * the WOP handbook's steps, a conversation format's sections, or the five rungs of the participation
 * framework. The server checks the content against its kind and says what does not fit.
 */
export function TemplateEditor({ template, onSaved, onCancel }: { template: Template; onSaved: (saved: Template) => void; onCancel: () => void }) {
  const id = `sjabloon-${template.id}`;
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const [content, setContent] = useState<Content>(() => structuredClone(template.content) as Content);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await request<Template>('PATCH', `/api/v1/methods/templates/${encodeURIComponent(template.id)}`, { body: { name, description, content } }));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="programme-card" aria-labelledby={`${id}-kop`}>
      <p id={`${id}-kop`}>
        <strong>{TEMPLATE_KIND_LABELS[template.kind]} bewerken</strong>
      </p>
      {error && <Alert type="error">{error}</Alert>}
      <TextField id={`${id}-naam`} label="Naam" value={name} onValueChange={setName} required maxLength={200} />
      <TextAreaField id={`${id}-omschrijving`} label="Omschrijving" value={description} onValueChange={setDescription} rows={2} maxLength={3000} />
      {'steps' in content && (
        <Fieldset legend="Stappen">
          {content.steps.map((step, i) => {
            const set = (change: Partial<Step>) => setContent({ steps: content.steps.map((s, j) => (j === i ? { ...s, ...change } : s)) });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; their place is what they are
              <div key={i} className="programme-card">
                <TextField id={`${id}-stap-${i}`} label={`Stap ${i + 1}`} value={step.title} onValueChange={(title) => set({ title })} required maxLength={300} />
                <TextAreaField id={`${id}-stap-${i}-uitleg`} label={`Uitleg bij stap ${i + 1}`} value={step.description} onValueChange={(text) => set({ description: text })} rows={2} maxLength={2000} />
                <ButtonGroup>
                  <Button disabled={i === 0} onClick={() => setContent({ steps: moved(content.steps, i, -1) })}>
                    Omhoog<VisuallyHidden>: stap {i + 1}</VisuallyHidden>
                  </Button>
                  <Button disabled={i === content.steps.length - 1} onClick={() => setContent({ steps: moved(content.steps, i, 1) })}>
                    Omlaag<VisuallyHidden>: stap {i + 1}</VisuallyHidden>
                  </Button>
                  <Button danger disabled={content.steps.length === 1} onClick={() => setContent({ steps: content.steps.filter((_, j) => j !== i) })}>
                    Verwijderen<VisuallyHidden>: stap {i + 1}</VisuallyHidden>
                  </Button>
                </ButtonGroup>
              </div>
            );
          })}
          <Button disabled={content.steps.length >= 40} onClick={() => setContent({ steps: [...content.steps, { title: '', description: '' }] })}>
            Stap toevoegen
          </Button>
        </Fieldset>
      )}
      {'sections' in content && (
        <Fieldset legend="Onderdelen van het gesprek">
          <SelectField
            id={`${id}-soort`}
            label="Voor welk soort bijeenkomst"
            value={content.meetingKind}
            onValueChange={(kind) => setContent({ ...content, meetingKind: kind as MeetingKind })}
          >
            {Object.entries(MEETING_KIND_LABELS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </SelectField>
          {content.sections.map((section, i) => {
            const set = (change: Partial<Section>) => setContent({ ...content, sections: content.sections.map((s, j) => (j === i ? { ...s, ...change } : s)) });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: sections are edited in place, their key may change
              <div key={i} className="programme-card">
                <TextField id={`${id}-onderdeel-${i}`} label={`Onderdeel ${i + 1}`} value={section.title} onValueChange={(title) => set({ title })} required maxLength={200} />
                <TextField
                  id={`${id}-onderdeel-${i}-sleutel`}
                  label={`Korte naam van onderdeel ${i + 1}`}
                  description="Kleine letters, zonder spaties; de agenda gebruikt deze naam."
                  value={section.key}
                  onValueChange={(key) => set({ key })}
                  required
                  maxLength={40}
                />
                <TextAreaField id={`${id}-onderdeel-${i}-vraag`} label={`Vraag of werkvorm bij onderdeel ${i + 1}`} value={section.prompt} onValueChange={(prompt) => set({ prompt })} rows={2} maxLength={2000} />
                <Button danger disabled={content.sections.length === 1} onClick={() => setContent({ ...content, sections: content.sections.filter((_, j) => j !== i) })}>
                  Verwijderen<VisuallyHidden>: onderdeel {i + 1}</VisuallyHidden>
                </Button>
              </div>
            );
          })}
          <Button disabled={content.sections.length >= 20} onClick={() => setContent({ ...content, sections: [...content.sections, { key: '', title: '', prompt: '' }] })}>
            Onderdeel toevoegen
          </Button>
        </Fieldset>
      )}
      {'levels' in content && (
        <Fieldset legend="De vijf treden van participatie">
          {content.levels.map((level, i) => {
            const set = (change: Partial<Level>) => setContent({ levels: content.levels.map((l, j) => (j === i ? { ...l, ...change } : l)) });
            return (
              <div key={level.level} className="programme-card">
                <TextAreaField id={`${id}-trede-${level.level}`} label={`${PARTICIPATION_LABELS[level.level]}: wat het inhoudt`} value={level.description} onValueChange={(text) => set({ description: text })} rows={2} maxLength={2000} />
                <TextAreaField id={`${id}-trede-${level.level}-wanneer`} label={`${PARTICIPATION_LABELS[level.level]}: wanneer`} value={level.whenToUse} onValueChange={(whenToUse) => set({ whenToUse })} rows={2} maxLength={2000} />
              </div>
            );
          })}
        </Fieldset>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          Opslaan<VisuallyHidden>: {template.name}</VisuallyHidden>
        </Button>
        <Button onClick={onCancel}>Annuleren</Button>
      </ButtonGroup>
    </form>
  );
}
