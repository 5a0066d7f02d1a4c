import '../features/programme/programme.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type PublishedTemplate, TEMPLATE_KIND_LABELS, type Template } from '../../shared/schemas/programme.js';
import { errorMessage, request } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button, ButtonGroup } from '../components/Button.js';
import { Heading } from '../components/Heading.js';
import { Paragraph, VisuallyHidden } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { TemplateEditor } from '../features/programme/TemplateEditor.js';

const KEY = ['methods'];

/** What a template holds, in one line: its steps, its sections or its five levels. */
function contentSummary(template: { content: Record<string, unknown> }): string {
  const c = template.content as { steps?: { title: string }[]; sections?: { title: string }[]; levels?: { level: string }[]; meetingKind?: string };
  if (c.steps) return `${c.steps.length} stappen: ${c.steps.map((s) => s.title).join('; ')}`;
  if (c.sections) return `${c.meetingKind ?? ''} — ${c.sections.map((s) => s.title).join('; ')}`;
  if (c.levels) return c.levels.map((l) => l.level).join(', ');
  return '';
}

/** The municipality's working methods, shared with other municipalities (the BAR way), and theirs to adopt. */
export function ProgrammeMethodsPage() {
  usePageTitle('Werkwijzen');
  const client = useQueryClient();
  const own = useQuery({ queryKey: [...KEY, 'own'], queryFn: () => request<Template[]>('GET', '/api/v1/methods/templates') });
  const shared = useQuery({ queryKey: [...KEY, 'shared'], queryFn: () => request<PublishedTemplate[]>('GET', '/api/v1/methods/published') });
  const invalidate = () => client.invalidateQueries({ queryKey: KEY });
  // Coordinators and administrators adapt the templates; everyone else reads them.
  const canEdit = hasRole(useMe().data, 'coordinator', 'administrator');
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const makeDefault = useMutation({ mutationFn: (id: string) => request<Template>('PATCH', `/api/v1/methods/templates/${encodeURIComponent(id)}`, { body: { isDefault: true } }), onSuccess: invalidate });
  const publish = useMutation({ mutationFn: ({ id, isPublished }: { id: string; isPublished: boolean }) => request<Template>('PATCH', `/api/v1/methods/templates/${encodeURIComponent(id)}`, { body: { isPublished } }), onSuccess: invalidate });
  const adopt = useMutation({ mutationFn: (id: string) => request<Template>('POST', `/api/v1/methods/published/${encodeURIComponent(id)}/adopt`, { body: { makeDefault: true } }), onSuccess: invalidate });
  return (
    <>
      <Heading level={1}>Werkwijzen</Heading>
      <Paragraph lead>
        Het stappenplan voor het wijkontwikkelingsprogramma, de gespreksformats en het afwegingskader participatie. Deel ze met andere gemeenten, of neem een kopie over van een buurgemeente: alleen het sjabloon gaat mee, nooit gegevens.
      </Paragraph>
      {(publish.isError || adopt.isError || makeDefault.isError) && <Alert type="error">{errorMessage(publish.error ?? adopt.error ?? makeDefault.error)}</Alert>}
      {saved && <Alert type="ok">Opgeslagen: {saved}.</Alert>}
      {adopt.isSuccess && <Alert type="ok">Overgenomen en als standaard ingesteld: {adopt.data.name}.</Alert>}
      <Heading level={2}>Onze sjablonen</Heading>
      {own.isPending && <Loading />}
      <ul className="utrecht-unordered-list">
        {own.data?.map((template) => (
          <li key={template.id} className="utrecht-unordered-list__item programme-card">
            <strong>{template.name}</strong> ({TEMPLATE_KIND_LABELS[template.kind]}{template.isDefault ? ', standaard' : ''}{template.adoptedFrom ? `, overgenomen van ${template.adoptedFrom.municipality}` : ''})
            <span className="programme-note">{contentSummary(template)}</span>
            {editing === template.id ? (
              <TemplateEditor
                template={template}
                onCancel={() => setEditing(null)}
                onSaved={(result) => {
                  setEditing(null);
                  setSaved(result.name);
                  void invalidate();
                }}
              />
            ) : (
              <ButtonGroup>
                {canEdit && (
                  <Button
                    onClick={() => {
                      setSaved(null);
                      setEditing(template.id);
                    }}
                  >
                    Bewerken<VisuallyHidden>: {template.name}</VisuallyHidden>
                  </Button>
                )}
                {canEdit && !template.isDefault && (
                  <Button busy={makeDefault.isPending && makeDefault.variables === template.id} onClick={() => makeDefault.mutate(template.id)}>
                    Standaard maken<VisuallyHidden>: {template.name}</VisuallyHidden>
                  </Button>
                )}
                <Button busy={publish.isPending && publish.variables?.id === template.id} onClick={() => publish.mutate({ id: template.id, isPublished: !template.isPublished })}>
                  {template.isPublished ? 'Niet meer delen' : 'Delen met andere gemeenten'}
                  <VisuallyHidden>: {template.name}</VisuallyHidden>
                </Button>
              </ButtonGroup>
            )}
          </li>
        ))}
      </ul>
      <Heading level={2}>Gedeeld door andere gemeenten</Heading>
      {shared.data?.length === 0 && <Paragraph>Nog geen andere gemeente deelt een sjabloon.</Paragraph>}
      <ul className="utrecht-unordered-list">
        {shared.data?.map((template) => (
          <li key={template.id} className="utrecht-unordered-list__item programme-card">
            <strong>{template.name}</strong> — {template.municipality.name} ({TEMPLATE_KIND_LABELS[template.kind]})
            <span className="programme-note">{contentSummary(template)}</span>
            <Button busy={adopt.isPending && adopt.variables === template.id} onClick={() => adopt.mutate(template.id)}>
              Kopie overnemen<VisuallyHidden>: {template.name} van {template.municipality.name}</VisuallyHidden>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
