import { type FormEvent, useState } from 'react';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { Heading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useMessageTemplates, useSaveMessageTemplate } from '../features/signals/api.js';
import { TextAreaField, useFormFeedback } from '../features/signals/form-kit.js';
import type { MessageTemplate } from '../features/signals/types.js';
import '../features/signals/signals.css';

/** The standard messages to residents, per municipality: administrators and coordinators adjust the wording. */
export function AdminTemplatesPage() {
  usePageTitle('Standaardberichten');
  const templates = useMessageTemplates();
  return (
    <>
      <Heading level={1}>Standaardberichten</Heading>
      <Paragraph lead>
        De teksten die inwoners krijgen: per e-mail en op de volgpagina. {'{reference}'} wordt het kenmerk van het signaal, {'{channel}'} het
        meldkanaal van de gemeente.
      </Paragraph>
      {templates.isPending && <Loading />}
      {templates.isError && <Alert type="error">{errorMessage(templates.error)}</Alert>}
      {templates.data?.map((template) => (
        <TemplateForm key={template.key} template={template} />
      ))}
    </>
  );
}

function TemplateForm({ template }: { template: MessageTemplate }) {
  const [body, setBody] = useState(template.body);
  const [saved, setSaved] = useState(false);
  const feedback = useFormFeedback();
  const save = useSaveMessageTemplate();
  const fieldId = `bericht-${template.key}`;
  const headingId = `${fieldId}-titel`;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!feedback.check(body.trim().length < 10 ? [{ fieldId, message: `${template.title}: schrijf minstens 10 tekens.` }] : [])) return;
    save.mutate({ key: template.key, body: body.trim() }, { onSuccess: () => setSaved(true), onError: (error) => feedback.fail(error, { body: { id: fieldId, label: template.title } }, fieldId) });
  };

  return (
    <section aria-labelledby={headingId} className="template-section">
      <Heading level={2} id={headingId}>
        {template.title}
      </Heading>
      <form className="utrecht-form form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
        <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} headingId={`${fieldId}-fouten`} />
        <TextAreaField
          id={fieldId}
          label="Tekst"
          description={template.isDefault ? 'Dit is de standaardtekst van Schakel.' : 'Deze tekst is aangepast voor uw gemeente.'}
          value={body}
          onValueChange={setBody}
          error={feedback.errorFor(fieldId)}
        />
        {saved && <Alert type="ok">‘{template.title}’ is opgeslagen.</Alert>}
        <Button type="submit" appearance="secondary" busy={save.isPending} disabled={save.isPending}>
          Opslaan<span className="visually-hidden">: {template.title}</span>
        </Button>
      </form>
    </section>
  );
}
