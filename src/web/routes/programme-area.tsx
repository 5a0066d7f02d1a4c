import '../features/programme/programme.css';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { CARRIED_BY_LABELS, PARTICIPATION_LABELS, PARTICIPATION_LEVELS, PROGRAMME_STATUS_LABELS, PROJECT_STATUS_LABELS, type ParticipationLevel } from '../../shared/schemas/programme.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { Checkbox, SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph, VisuallyHidden } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useArea } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useColleagues } from '../features/directory/api.js';
import { euro, formatDate, useCreateProgramme, useCreateProject, useProgramme, useProgrammeChange, useProgrammes, useUpdateProject } from '../features/programme/api.js';
import { TextAreaField, useFormFeedback } from '../features/signals/form-kit.js';
import { ProjectProgressForm } from '../features/programme/ProjectProgressForm.js';

/** The area programme (WOP): per period its goals, the handbook's steps, projects and participation. */
export function ProgrammeAreaPage() {
  const { id = '' } = useParams();
  const area = useArea(id);
  const programmes = useProgrammes(id);
  const me = useMe().data;
  const canEdit = hasRole(me, 'connector', 'coordinator');
  const [chosen, setChosen] = useState<string>();
  usePageTitle(area.data ? `Wijkprogramma ${area.data.name}` : 'Wijkprogramma');
  const programmeId = chosen ?? programmes.data?.[0]?.id;
  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to={`/werk/gebieden/${id}`}>{area.data?.name ?? 'Gebied'}</AppLink>
      </p>
      <Heading level={1}>Wijkprogramma {area.data?.name ?? ''}</Heading>
      {programmes.isPending && <Loading />}
      {programmes.data && programmes.data.length > 1 && (
        <SelectField id="programma-keuze" label="Periode" value={programmeId ?? ''} onValueChange={setChosen}>
          {programmes.data.map((p) => (
            <option key={p.id} value={p.id}>{p.title} ({PROGRAMME_STATUS_LABELS[p.status].toLowerCase()})</option>
          ))}
        </SelectField>
      )}
      {programmes.data?.length === 0 && <Paragraph>Dit gebied heeft nog geen wijkprogramma.</Paragraph>}
      {programmeId && <ProgrammeView id={programmeId} canEdit={canEdit} />}
      {canEdit && <NewProgrammeForm areaId={id} onCreated={setChosen} />}
    </>
  );
}

function ProgrammeView({ id, canEdit }: { id: string; canEdit: boolean }) {
  const programme = useProgramme(id);
  const change = useProgrammeChange(id);
  const updateProject = useUpdateProject();
  const [goal, setGoal] = useState('');
  const data = programme.data;
  if (programme.isPending) return <Loading />;
  if (programme.isError || !data) return <Alert type="error">{errorMessage(programme.error)}</Alert>;
  return (
    <>
      <Heading level={2}>{data.title}</Heading>
      <Paragraph>
        {formatDate(data.periodStart)} – {formatDate(data.periodEnd)}; {PROGRAMME_STATUS_LABELS[data.status].toLowerCase()}; {data.projectCount} projecten, samen {euro(data.budgetCents)}.
      </Paragraph>
      {data.summary && <Paragraph>{data.summary}</Paragraph>}
      {canEdit && (
        <SelectField id="programma-status" label="Status van het programma" value={data.status} onValueChange={(status) => change.update.mutate({ status: status as 'draft' })}>
          {Object.entries(PROGRAMME_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </SelectField>
      )}
      <section aria-labelledby="doelen">
        <Heading level={3} id="doelen">Doelen</Heading>
        <ul className="utrecht-unordered-list">
          {data.goals.map((g) => (
            <li key={g.id} className="utrecht-unordered-list__item">{g.title}{g.result && ` — resultaat: ${g.result}`}</li>
          ))}
        </ul>
        {canEdit && (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (goal.trim().length >= 3) change.addGoal.mutate({ title: goal }, { onSuccess: () => setGoal('') });
            }}
          >
            <TextField id="doel-nieuw" label="Doel toevoegen" value={goal} onValueChange={setGoal} />
            <Button type="submit" busy={change.addGoal.isPending}>Doel toevoegen</Button>
          </form>
        )}
      </section>
      <section aria-labelledby="stappen">
        <Heading level={3} id="stappen">Processtappen ({data.stepsDone} van {data.stepsTotal}){data.handbook ? ` — ${data.handbook.name}` : ''}</Heading>
        {data.steps.map((step) => (
          <Checkbox
            key={step.id}
            id={`stap-${step.id}`}
            label={step.title}
            description={step.isDone ? `Gedaan ${formatDate(step.doneAt)}${step.doneBy ? ` door ${step.doneBy}` : ''}` : step.description}
            checked={step.isDone}
            disabled={!canEdit}
            onCheckedChange={(isDone) => change.setStep.mutate({ stepId: step.id, isDone })}
          />
        ))}
      </section>
      <section aria-labelledby="projecten">
        <Heading level={3} id="projecten">Projecten</Heading>
        {data.projects.length > 0 && (
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Projecten van gemeente en partners</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Project</th>
                <th scope="col" className="utrecht-table__header-cell">Trekker en partners</th>
                <th scope="col" className="utrecht-table__header-cell">Budget</th>
                <th scope="col" className="utrecht-table__header-cell">Planning</th>
                <th scope="col" className="utrecht-table__header-cell">Stand</th>
                <th scope="col" className="utrecht-table__header-cell">Participatie gepland</th>
                <th scope="col" className="utrecht-table__header-cell">Gerealiseerd</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.projects.map((project) => (
                <tr key={project.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    {project.title}
                    {project.milestones.length > 0 && <span className="programme-note">{project.milestones.map((m) => `${m.title} ${m.percentDone}%`).join(' · ')}</span>}
                  </th>
                  <td className="utrecht-table__cell">{[project.owner?.name ?? project.ownerName ?? CARRIED_BY_LABELS[project.carriedBy], ...project.partners].filter(Boolean).join(', ')}</td>
                  <td className="utrecht-table__cell">{euro(project.budgetCents)}</td>
                  <td className="utrecht-table__cell">{formatDate(project.startOn)} – {formatDate(project.endOn)}</td>
                  <td className="utrecht-table__cell">{PROJECT_STATUS_LABELS[project.status]}, {project.percentDone}%</td>
                  <td className="utrecht-table__cell">{PARTICIPATION_LABELS[project.participationPlanned]}{project.participationSpecialist && ` (${project.participationSpecialist.name})`}</td>
                  <td className="utrecht-table__cell">
                    {canEdit ? (
                      <select
                        className="utrecht-select utrecht-select--html-select"
                        aria-label={`Gerealiseerde participatie van ${project.title}`}
                        value={project.participationRealised ?? ''}
                        onChange={(event) => updateProject.mutate({ id: project.id, body: { participationRealised: (event.target.value || null) as ParticipationLevel | null } })}
                      >
                        <option value="">nog niet bekend</option>
                        {PARTICIPATION_LEVELS.map((level) => (
                          <option key={level} value={level}>{PARTICIPATION_LABELS[level]}</option>
                        ))}
                      </select>
                    ) : project.participationRealised ? (
                      PARTICIPATION_LABELS[project.participationRealised]
                    ) : (
                      '—'
                    )}
                    {project.participationRealised && project.participationRealised !== project.participationPlanned && <strong> <VisuallyHidden>Let op: </VisuallyHidden>wijkt af</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canEdit && data.projects.length > 0 && <ProjectProgressForm projects={data.projects} />}
        {canEdit && <NewProjectForm programmeId={id} />}
      </section>
      {canEdit && <RealisedForm programmeId={id} initial={data.realisedSummary} />}
    </>
  );
}

function RealisedForm({ programmeId, initial }: { programmeId: string; initial: string }) {
  const { update } = useProgrammeChange(programmeId);
  const [text, setText] = useState(initial);
  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); update.mutate({ realisedSummary: text }); }}>
      <Heading level={3}>Wat is gerealiseerd</Heading>
      <TextAreaField id="programma-gerealiseerd" label="Resultaat aan het eind van de periode" value={text} onValueChange={setText} />
      <Button type="submit" busy={update.isPending}>Opslaan</Button>
      {update.isSuccess && <Alert type="ok">Opgeslagen.</Alert>}
    </form>
  );
}

function NewProjectForm({ programmeId }: { programmeId: string }) {
  const create = useCreateProject(programmeId);
  const colleagues = useColleagues();
  const feedback = useFormFeedback();
  const empty = { title: '', ownerName: '', partners: '', budget: '', startOn: '', endOn: '', participationPlanned: 'informeren', participationSpecialistId: '', milestone: '' };
  const [form, setForm] = useState(empty);
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const fields = { title: { id: 'project-titel', label: 'Titel' }, budgetCents: { id: 'project-budget', label: 'Budget' }, endOn: { id: 'project-eind', label: 'Einddatum' } };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const budget = form.budget ? Math.round(Number(form.budget.replace(/[€\s.]/g, '').replace(',', '.')) * 100) : null;
    const found = [];
    if (form.title.trim().length < 3) found.push({ fieldId: fields.title.id, message: 'Titel: minstens 3 tekens.' });
    if (budget !== null && !Number.isFinite(budget)) found.push({ fieldId: fields.budgetCents.id, message: 'Budget: een bedrag in euro.' });
    if (!feedback.check(found)) return;
    create.mutate(
      {
        title: form.title,
        ownerName: form.ownerName || null,
        carriedBy: form.ownerName ? 'together' : 'municipality',
        partners: form.partners.split(',').map((p) => p.trim()).filter(Boolean),
        budgetCents: budget,
        startOn: form.startOn || null,
        endOn: form.endOn || null,
        participationPlanned: form.participationPlanned as ParticipationLevel,
        participationSpecialistId: form.participationSpecialistId || null,
        milestones: form.milestone ? [{ title: form.milestone, percentDone: 0 }] : [],
      },
      { onSuccess: () => setForm(empty), onError: (error) => feedback.fail(error, fields, fields.title.id) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="project-nieuw">
      <Heading level={4} id="project-nieuw">Project toevoegen</Heading>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      <TextField id={fields.title.id} label="Titel" value={form.title} onValueChange={set('title')} error={feedback.errorFor(fields.title.id)} />
      <TextField id="project-trekker" label="Trekker buiten de gemeente (niet verplicht)" description="Bijvoorbeeld de woningcorporatie." value={form.ownerName} onValueChange={set('ownerName')} />
      <TextField id="project-partners" label="Partners, met komma’s" value={form.partners} onValueChange={set('partners')} />
      <TextField id={fields.budgetCents.id} label="Budget in euro" inputMode="decimal" value={form.budget} onValueChange={set('budget')} error={feedback.errorFor(fields.budgetCents.id)} />
      <TextField id="project-begin" label="Begindatum" type="date" value={form.startOn} onValueChange={set('startOn')} />
      <TextField id={fields.endOn.id} label="Einddatum" type="date" value={form.endOn} onValueChange={set('endOn')} error={feedback.errorFor(fields.endOn.id)} />
      <SelectField id="project-participatie" label="Geplande participatie (afwegingskader)" value={form.participationPlanned} onValueChange={set('participationPlanned')}>
        {PARTICIPATION_LEVELS.map((level) => (
          <option key={level} value={level}>{PARTICIPATION_LABELS[level]}</option>
        ))}
      </SelectField>
      <SelectField id="project-specialist" label="Vakspecialist die verantwoordelijk is voor de participatie" value={form.participationSpecialistId} onValueChange={set('participationSpecialistId')}>
        <option value="">— nog niet bekend —</option>
        {colleagues.data?.filter((c) => c.roles.includes('specialist')).map((c) => (
          <option key={c.id} value={c.id}>{c.name}{c.department ? ` (${c.department})` : ''}</option>
        ))}
      </SelectField>
      <TextField id="project-mijlpaal" label="Eerste mijlpaal (niet verplicht)" value={form.milestone} onValueChange={set('milestone')} />
      <Button type="submit" busy={create.isPending}>Project toevoegen</Button>
    </form>
  );
}

function NewProgrammeForm({ areaId, onCreated }: { areaId: string; onCreated: (id: string) => void }) {
  const create = useCreateProgramme();
  const feedback = useFormFeedback();
  const year = new Date().getFullYear();
  const [form, setForm] = useState({ title: '', periodStart: `${year}-01-01`, periodEnd: `${year + 3}-12-31`, summary: '' });
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const fields = { title: { id: 'programma-titel', label: 'Titel' }, periodEnd: { id: 'programma-eind', label: 'Einde' } };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = [];
    if (form.title.trim().length < 3) found.push({ fieldId: fields.title.id, message: 'Titel: minstens 3 tekens.' });
    if (form.periodEnd <= form.periodStart) found.push({ fieldId: fields.periodEnd.id, message: 'Einde: ligt na het begin.' });
    if (!feedback.check(found)) return;
    create.mutate({ areaId, ...form }, { onSuccess: (programme) => onCreated(programme.id), onError: (error) => feedback.fail(error, fields, fields.title.id) });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="programma-nieuw">
      <Heading level={2} id="programma-nieuw">Nieuw wijkprogramma</Heading>
      <Paragraph small>De processtappen komen uit het stappenplan van de gemeente.</Paragraph>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      <TextField id={fields.title.id} label="Titel" value={form.title} onValueChange={set('title')} error={feedback.errorFor(fields.title.id)} />
      <TextField id="programma-begin" label="Begin" type="date" value={form.periodStart} onValueChange={set('periodStart')} />
      <TextField id={fields.periodEnd.id} label="Einde" type="date" value={form.periodEnd} onValueChange={set('periodEnd')} error={feedback.errorFor(fields.periodEnd.id)} />
      <TextAreaField id="programma-samenvatting" label="Samenvatting (openbaar)" value={form.summary} onValueChange={set('summary')} rows={3} />
      <Button type="submit" busy={create.isPending}>Programma starten</Button>
    </form>
  );
}
