import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { TIMELINE_TYPE_LABELS, TIMELINE_TYPES, type TimelineType } from '../../shared/schemas/activity.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Checkbox, Fieldset, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useTimeline } from '../features/activities/api.js';
import { formatDate } from '../features/activities/fields.js';
import '../features/activities/activities.css';

const SUBJECT_WORD = { area: 'gebied', organisation: 'organisatie', contact: 'contactpersoon' } as const;

/** One chronological view of an area, an organisation or a contact person, with filters by kind and period. */
export function ActivityTimelinePage() {
  const [params] = useSearchParams();
  const subject = params.get('gebied')
    ? { areaId: params.get('gebied') ?? undefined }
    : params.get('organisatie')
      ? { organisationId: params.get('organisatie') ?? undefined }
      : { contactId: params.get('contact') ?? undefined };
  const [types, setTypes] = useState<TimelineType[]>([...TIMELINE_TYPES]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const timeline = useTimeline({ ...subject, types: types.length ? types.join(',') : 'activity', from: from || undefined, to: to || undefined, limit: 200 });
  const name = timeline.data?.subject.name;
  usePageTitle(name ? `Tijdlijn ${name}` : 'Tijdlijn');
  const back =
    timeline.data?.subject.type === 'area'
      ? { to: `/werk/gebieden/${timeline.data.subject.id}`, label: name ?? 'Gebied' }
      : timeline.data?.subject.type === 'organisation'
        ? { to: `/werk/organisaties/${timeline.data.subject.id}`, label: name ?? 'Organisatie' }
        : { to: '/werk/organisaties', label: 'Partners' };

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to={back.to}>{back.label}</AppLink>
      </p>
      <Heading level={1}>{name ? `Tijdlijn van ${name}` : 'Tijdlijn'}</Heading>
      {timeline.data && (
        <Paragraph lead>
          Alles over dit {SUBJECT_WORD[timeline.data.subject.type]} op volgorde, nieuwste eerst.
        </Paragraph>
      )}
      <form className="utrecht-form" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
        <Fieldset legend="Toon">
          <div className="radio-row">
            {TIMELINE_TYPES.map((type) => (
              <Checkbox
                key={type}
                id={`tijdlijn-${type}`}
                label={TIMELINE_TYPE_LABELS[type]}
                checked={types.includes(type)}
                onCheckedChange={(checked) => setTypes((list) => (checked ? [...list, type] : list.filter((t) => t !== type)))}
              />
            ))}
          </div>
        </Fieldset>
        <div className="filters">
          <TextField id="tijdlijn-van" label="Van (niet verplicht)" type="date" value={from} onValueChange={setFrom} />
          <TextField id="tijdlijn-tot" label="Tot en met (niet verplicht)" type="date" value={to} onValueChange={setTo} />
        </div>
      </form>
      {timeline.isPending && <Loading>Tijdlijn laden…</Loading>}
      {timeline.isError && <Alert type="error">{errorMessage(timeline.error)}</Alert>}
      {timeline.data && (
        <section aria-labelledby="gebeurtenissen">
          <Heading level={2} id="gebeurtenissen">
            {timeline.data.items.length === 200 ? 'De laatste 200 gebeurtenissen' : `${timeline.data.items.length} gebeurtenissen`}
          </Heading>
          {timeline.data.items.length === 0 ? (
            <Paragraph>Niets gevonden met deze filters.</Paragraph>
          ) : (
            <ol className="timeline-list">
              {timeline.data.items.map((item) => (
                <li key={`${item.type}/${item.id}`}>
                  <span className="timeline-list__meta">
                    {formatDate(item.on)} · {TIMELINE_TYPE_LABELS[item.type]}
                    {item.actor ? ` · ${item.actor}` : ''}
                  </span>
                  <strong>{item.link ? <AppLink to={item.link}>{item.title}</AppLink> : item.title}</strong>
                  {item.detail && <p className="utrecht-paragraph">{item.detail}</p>}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </>
  );
}
