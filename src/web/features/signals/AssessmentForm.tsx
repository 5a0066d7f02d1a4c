import { type FormEvent, useState } from 'react';
import { AssessmentSchema, PRIORITIES } from '../../../shared/schemas/signal.js';
import { SIGNAL_KINDS, THEME_KEYS } from '../../../shared/schemas/signal-vocabulary.js';
import type { Area } from '../../api/types.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Checkbox, Fieldset, Radio, SelectField } from '../../components/FormField.js';
import { useSignalAction } from './api.js';
import { type FieldMap, toFieldErrors } from './form-errors.js';
import { TextAreaField, useFormFeedback } from './form-kit.js';
import { PRIORITY_LABELS, SIGNAL_KIND_LABELS, themeLabel } from './labels.js';
import type { AssessmentBody, SignalDetail, SignalKind, Theme } from './types.js';

/** Used when the municipality has not configured its own list (the list of the Ridderkerk letter). */
export const DEFAULT_FRAMEWORKS = ['structuurvisie', 'wijkontwikkelingsprogramma', 'veiligheidsbeleid', 'onderhoudsplannen'];
const MAX_THEMES = 5;

const FIELDS: FieldMap = {
  kind: { id: 'beoordeling-soort', label: 'Soort' },
  themes: { id: 'beoordeling-themas', label: 'Thema’s' },
  priority: { id: 'beoordeling-prioriteit', label: 'Prioriteit' },
  priorityReason: { id: 'beoordeling-prioriteit-reden', label: 'Reden voor de prioriteit' },
  contentAssessment: { id: 'beoordeling-inhoud', label: 'Inhoudelijke beoordeling' },
  relevance: { id: 'beoordeling-relevantie', label: 'Maatschappelijke relevantie' },
  frameworks: { id: 'beoordeling-kaders', label: 'Kaders' },
  areaId: { id: 'beoordeling-gebied', label: 'Gebied' },
  approach: { id: 'beoordeling-aanpak', label: 'Aanpak' },
  expectedResult: { id: 'beoordeling-resultaat', label: 'Verwacht resultaat' },
};

interface AssessmentFormProps {
  signal: SignalDetail;
  areas: Area[];
  frameworks: string[];
}

/** The connector's assessment: kind, themes, priority with a reason, content, relevance, frameworks, area and approach. */
export function AssessmentForm({ signal, areas, frameworks }: AssessmentFormProps) {
  const [kind, setKind] = useState<SignalKind>(signal.kind);
  const [themes, setThemes] = useState<string[]>(signal.themes);
  const [priority, setPriority] = useState<AssessmentBody['priority']>(signal.priority ?? 'normal');
  const [priorityReason, setPriorityReason] = useState(signal.priorityReason ?? '');
  const [contentAssessment, setContentAssessment] = useState(signal.contentAssessment ?? '');
  const [relevance, setRelevance] = useState(signal.relevance ?? '');
  const [chosenFrameworks, setChosenFrameworks] = useState<string[]>(signal.frameworks);
  const [areaId, setAreaId] = useState(signal.area?.id ?? '');
  const [approach, setApproach] = useState(signal.approach ?? '');
  const [expectedResult, setExpectedResult] = useState(signal.expectedResult ?? '');
  const [saved, setSaved] = useState(false);
  const feedback = useFormFeedback();
  const save = useSignalAction(signal.id);
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((item) => item !== value));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body: AssessmentBody = {
      kind,
      themes: themes as Theme[],
      priority,
      priorityReason,
      contentAssessment,
      relevance,
      frameworks: chosenFrameworks,
      areaId: areaId || null,
      approach,
      expectedResult,
    };
    const found: FieldError[] = [];
    const parsed = AssessmentSchema.safeParse(body);
    if (!parsed.success) found.push(...toFieldErrors(parsed.error.issues.filter((issue) => issue.path[0] !== 'themes'), FIELDS, 'beoordeling-prioriteit-reden'));
    if (themes.length > MAX_THEMES) found.push({ fieldId: 'beoordeling-themas', message: `Thema’s: kies er hoogstens ${MAX_THEMES}.` });
    if (!feedback.check(found)) return;
    save.mutate({ action: 'assessment', body }, { onSuccess: () => setSaved(true), onError: (error) => feedback.fail(error, FIELDS, 'beoordeling-prioriteit-reden') });
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit} aria-labelledby="beoordeling">
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} headingId="beoordeling-fouten" />
      <Fieldset legend="Wat is het?" id="beoordeling-soort" error={feedback.errorFor('beoordeling-soort')}>
        {SIGNAL_KINDS.map((value) => (
          <Radio key={value} name="beoordeling-soort" id={`beoordeling-soort-${value}`} label={SIGNAL_KIND_LABELS[value]} checked={kind === value} onSelect={() => setKind(value)} />
        ))}
      </Fieldset>
      <Fieldset legend={`Thema’s (hoogstens ${MAX_THEMES})`} id="beoordeling-themas" error={feedback.errorFor('beoordeling-themas')}>
        <div className="checkbox-columns">
          {THEME_KEYS.map((theme) => (
            <Checkbox
              key={theme}
              id={`beoordeling-thema-${theme}`}
              label={themeLabel(theme)}
              checked={themes.includes(theme)}
              onCheckedChange={(on) => setThemes((list) => toggle(list, theme, on))}
            />
          ))}
        </div>
      </Fieldset>
      <SelectField
        id="beoordeling-prioriteit"
        label="Prioriteit"
        value={priority}
        onValueChange={(value) => setPriority(value as AssessmentBody['priority'])}
        error={feedback.errorFor('beoordeling-prioriteit')}
      >
        {PRIORITIES.map((value) => (
          <option key={value} value={value}>
            {PRIORITY_LABELS[value]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="beoordeling-prioriteit-reden"
        label="Reden voor de prioriteit"
        description="Verplicht. Waarom deze prioriteit: hoeveel mensen raakt het, hoe ernstig, hoe dringend?"
        value={priorityReason}
        onValueChange={setPriorityReason}
        error={feedback.errorFor('beoordeling-prioriteit-reden')}
        rows={2}
      />
      <TextAreaField id="beoordeling-inhoud" label="Inhoudelijke beoordeling (niet verplicht)" value={contentAssessment} onValueChange={setContentAssessment} error={feedback.errorFor('beoordeling-inhoud')} />
      <TextAreaField id="beoordeling-relevantie" label="Maatschappelijke relevantie (niet verplicht)" value={relevance} onValueChange={setRelevance} error={feedback.errorFor('beoordeling-relevantie')} />
      <Fieldset legend="Raakt het aan deze kaders?" id="beoordeling-kaders" error={feedback.errorFor('beoordeling-kaders')}>
        {frameworks.map((framework) => (
          <Checkbox
            key={framework}
            id={`beoordeling-kader-${framework.replace(/[^a-zA-Z0-9-]/g, '-')}`}
            label={framework.charAt(0).toUpperCase() + framework.slice(1)}
            checked={chosenFrameworks.includes(framework)}
            onCheckedChange={(on) => setChosenFrameworks((list) => toggle(list, framework, on))}
          />
        ))}
      </Fieldset>
      <SelectField id="beoordeling-gebied" label="Gebied" value={areaId} onValueChange={setAreaId} error={feedback.errorFor('beoordeling-gebied')}>
        <option value="">Nog geen gebied</option>
        {[...areas]
          .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
          .map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
      </SelectField>
      <TextAreaField
        id="beoordeling-aanpak"
        label="Aanpak (niet verplicht)"
        description="De aanpak zoals afgesproken met de specialisten."
        value={approach}
        onValueChange={setApproach}
        error={feedback.errorFor('beoordeling-aanpak')}
      />
      <TextAreaField id="beoordeling-resultaat" label="Verwacht resultaat (niet verplicht)" value={expectedResult} onValueChange={setExpectedResult} error={feedback.errorFor('beoordeling-resultaat')} rows={2} />
      {saved && <Alert type="ok">De beoordeling is opgeslagen.</Alert>}
      <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
        {save.isPending ? 'Bezig met opslaan…' : 'Beoordeling opslaan'}
      </Button>
    </form>
  );
}
