import { type FormEvent, useEffect, useState } from 'react';
import { type Project, PROJECT_STATUS_LABELS, PROJECT_STATUSES } from '../../../shared/schemas/programme.js';
import { errorMessage } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextField } from '../../components/FormField.js';
import { Heading } from '../../components/Heading.js';
import { TextAreaField } from '../signals/form-kit.js';
import { useUpdateProject } from './api.js';

/** Keeps a project current: its status, how far each milestone is, and what it delivered. */
export function ProjectProgressForm({ projects }: { projects: Project[] }) {
  const update = useUpdateProject();
  const [projectId, setProjectId] = useState(projects[0]?.id ?? '');
  const project = projects.find((p) => p.id === projectId) ?? projects[0];
  const [status, setStatus] = useState(project?.status ?? 'planned');
  const [percents, setPercents] = useState<string[]>([]);
  const [result, setResult] = useState('');
  useEffect(() => {
    setStatus(project?.status ?? 'planned');
    setPercents(project?.milestones.map((m) => String(m.percentDone)) ?? []);
    setResult(project?.result ?? '');
  }, [project]);
  if (!project) return null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const milestones = project.milestones.map((m, i) => ({ title: m.title, dueOn: m.dueOn, percentDone: Math.max(0, Math.min(100, Math.round(Number(percents[i] ?? m.percentDone) || 0))) }));
    update.mutate({ id: project.id, body: { status, milestones, result } });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="voortgang-kop">
      <Heading level={4} id="voortgang-kop">Voortgang bijwerken</Heading>
      {update.isError && <Alert type="error">{errorMessage(update.error)}</Alert>}
      {update.isSuccess && <Alert type="ok">Voortgang opgeslagen.</Alert>}
      <SelectField id="voortgang-project" label="Project" value={project.id} onValueChange={setProjectId}>
        {projects.map((p) => (
          <option key={p.id} value={p.id}>{p.title}</option>
        ))}
      </SelectField>
      <SelectField id="voortgang-status" label="Status" value={status} onValueChange={(value) => setStatus(value as typeof status)}>
        {PROJECT_STATUSES.map((s) => (
          <option key={s} value={s}>{PROJECT_STATUS_LABELS[s]}</option>
        ))}
      </SelectField>
      {project.milestones.map((m, i) => (
        <TextField
          key={m.id}
          id={`voortgang-mijlpaal-${i}`}
          label={`Mijlpaal “${m.title}”: procent gereed`}
          type="number"
          min={0}
          max={100}
          value={percents[i] ?? ''}
          onValueChange={(value) => setPercents((current) => current.map((p, j) => (j === i ? value : p)))}
        />
      ))}
      <TextAreaField id="voortgang-resultaat" label="Resultaat" value={result} onValueChange={setResult} rows={2} />
      <Button type="submit" busy={update.isPending}>Voortgang opslaan</Button>
    </form>
  );
}
