import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ACTIVITY_KIND_LABELS, ACTIVITY_ROLE_LABELS, type Activity } from '../../shared/schemas/activity.js';
import { errorMessage, request } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { ActivityForm } from '../features/activities/ActivityForm.js';
import { exportUrl, useActivities, useDeleteActivity, useHours } from '../features/activities/api.js';
import { ExportLinks, formatDate, formatHours, formatMinutes } from '../features/activities/fields.js';
import '../features/activities/activities.css';
import { useAreas } from '../features/areas/use-areas.js';
import { useMe } from '../features/auth/use-session.js';

/** The connector's activity log: log in seconds (from an area or a signal), see this week's hours, and the list. */
export function ActivityLogPage() {
  usePageTitle('Activiteiten');
  const [params] = useSearchParams();
  const me = useMe().data;
  const areas = useAreas();
  const signalId = params.get('signaal');
  const signal = useQuery({
    queryKey: ['signals', signalId],
    queryFn: () => request<{ id: string; reference: string; kind: 'daily_report' | 'individual_question' | 'area_issue'; area: { id: string } | null }>('GET', `/api/v1/signals/${encodeURIComponent(signalId ?? '')}`),
    enabled: Boolean(signalId),
  });
  const mine = useActivities({ mine: 'true', limit: 50 });
  const week = useHours({ granularity: 'week', userId: me?.id, from: undefined });
  const remove = useDeleteActivity();
  const [editing, setEditing] = useState<Activity | null>(null);
  const [notice, setNotice] = useState('');
  const formHeading = useRef<HTMLHeadingElement>(null);
  // The form sits at the top of the page: take the keyboard (and the eye) there when it changes mode.
  const focusForm = () => requestAnimationFrame(() => formHeading.current?.focus());
  const startEditing = (activity: Activity) => {
    setNotice('');
    setEditing(activity);
    focusForm();
  };
  const stopEditing = (message: string) => {
    setEditing(null);
    setNotice(message);
    focusForm();
  };

  const ownAreas = (areas.data ?? []).filter((area) => area.isMine);
  const defaultAreaId = params.get('gebied') ?? signal.data?.area?.id ?? ownAreas[0]?.id ?? null;
  const thisWeek = week.data?.periods.at(-1);
  const weekLines = (week.data?.lines ?? []).map((line) => ({ line, cell: line.perPeriod.at(-1) }));

  return (
    <>
      <Heading level={1}>Activiteiten</Heading>
      <Paragraph lead>Leg vast wat u doet en welke rol het diende. Zo wordt zichtbaar waar uw tijd naartoe gaat.</Paragraph>

      <section aria-labelledby="vastleggen">
        <h2 className="utrecht-heading-2" id="vastleggen" ref={formHeading} tabIndex={-1}>
          {editing ? `Activiteit van ${formatDate(editing.occurredOn)} wijzigen` : 'Activiteit vastleggen'}
        </h2>
        <div role="status" className="form-confirmation">
          {notice && <p className="utrecht-paragraph">{notice}</p>}
        </div>
        {areas.isPending || (signalId && signal.isPending) ? (
          <Loading />
        ) : editing ? (
          <ActivityForm
            key={editing.id}
            areas={[...(areas.data ?? [])].sort((a, b) => Number(b.isMine) - Number(a.isMine) || a.name.localeCompare(b.name, 'nl'))}
            defaultAreaId={null}
            activity={editing}
            onSaved={(activity) => stopEditing(`De activiteit van ${formatDate(activity.occurredOn)} is gewijzigd.`)}
            onCancel={() => stopEditing('')}
          />
        ) : (
          <ActivityForm
            key={`${defaultAreaId}/${signalId}`}
            areas={[...(areas.data ?? [])].sort((a, b) => Number(b.isMine) - Number(a.isMine) || a.name.localeCompare(b.name, 'nl'))}
            defaultAreaId={defaultAreaId}
            signal={signal.data ? { id: signal.data.id, reference: signal.data.reference, kind: signal.data.kind } : null}
          />
        )}
      </section>

      {thisWeek && weekLines.length > 0 && (
        <section aria-labelledby="deze-week">
          <Heading level={2} id="deze-week">
            Uren {thisWeek.label}
          </Heading>
          <ul className="utrecht-unordered-list">
            {weekLines.map(({ line, cell }) => (
              <li key={`${line.areaId}/${line.userId}`} className="utrecht-unordered-list__item">
                {line.areaName}: {formatHours(cell?.spentHours ?? 0)} van {formatHours(cell?.budgetHours ?? 0)} uur besteed
              </li>
            ))}
          </ul>
          <Paragraph>
            <AppLink to="/werk/dashboard/rollen">Naar het dashboard rolinvulling en uren</AppLink>
          </Paragraph>
        </section>
      )}

      <section aria-labelledby="mijn-activiteiten">
        <Heading level={2} id="mijn-activiteiten">
          Mijn activiteiten
        </Heading>
        {mine.isPending && <Loading />}
        {mine.isError && <Alert type="error">{errorMessage(mine.error)}</Alert>}
        {remove.isError && <Alert type="error">{errorMessage(remove.error)}</Alert>}
        {mine.data && mine.data.items.length === 0 && <Paragraph>U heeft nog geen activiteiten vastgelegd.</Paragraph>}
        {mine.data && mine.data.items.length > 0 && (
          <>
            <ExportLinks label="Mijn activiteiten exporteren" csv={exportUrl('activities', 'csv', { userId: me?.id })} xlsx={exportUrl('activities', 'xlsx', { userId: me?.id })} />
            <div className="table-scroll">
              <table className="utrecht-table utrecht-table--html-table">
                <caption className="utrecht-table__caption">
                  Mijn activiteiten ({mine.data.total}{mine.data.total > mine.data.items.length ? `, de laatste ${mine.data.items.length}` : ''})
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">Datum</th>
                    <th scope="col" className="utrecht-table__header-cell">Soort</th>
                    <th scope="col" className="utrecht-table__header-cell">Rol</th>
                    <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Duur</th>
                    <th scope="col" className="utrecht-table__header-cell">Gebied</th>
                    <th scope="col" className="utrecht-table__header-cell">Met</th>
                    <th scope="col" className="utrecht-table__header-cell">Notitie</th>
                    <th scope="col" className="utrecht-table__header-cell"><span className="visually-hidden">Acties</span></th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {mine.data.items.map((activity) => (
                    <tr key={activity.id} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__cell">{formatDate(activity.occurredOn)}</th>
                      <td className="utrecht-table__cell">{ACTIVITY_KIND_LABELS[activity.kind]}</td>
                      <td className={`utrecht-table__cell${activity.role === 'fixing' ? ' is-fixer' : ''}`}>{ACTIVITY_ROLE_LABELS[activity.role]}</td>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{formatMinutes(activity.minutes)}</td>
                      <td className="utrecht-table__cell">{activity.area?.name ?? '—'}</td>
                      <td className="utrecht-table__cell">
                        <InvolvedCell activity={activity} />
                      </td>
                      <td className="utrecht-table__cell">
                        {[activity.signal && `Signaal ${activity.signal.reference}.`, activity.participants && `Met: ${activity.participants}.`, activity.note]
                          .filter(Boolean)
                          .join(' ')}
                      </td>
                      <td className="utrecht-table__cell">
                        {activity.canEdit && (
                          <span className="row-actions">
                            <Button appearance="subtle" onClick={() => startEditing(activity)} disabled={editing?.id === activity.id}>
                              Wijzigen<span className="visually-hidden"> ({formatDate(activity.occurredOn)}, {ACTIVITY_KIND_LABELS[activity.kind]})</span>
                            </Button>
                            <Button appearance="subtle" onClick={() => remove.mutate(activity.id)} disabled={remove.isPending || editing?.id === activity.id}>
                              Verwijderen<span className="visually-hidden"> ({formatDate(activity.occurredOn)}, {ACTIVITY_KIND_LABELS[activity.kind]})</span>
                            </Button>
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}

/** The organisations and contact persons the activity was with. */
function InvolvedCell({ activity }: { activity: Activity }) {
  if (activity.organisations.length === 0 && activity.contacts.length === 0) return <>—</>;
  return (
    <>
      {activity.organisations.length > 0 && <span className="involved">{activity.organisations.map((o) => o.name).join(', ')}</span>}
      {activity.contacts.length > 0 && (
        <span className="involved">
          <span className="visually-hidden">Contactpersonen: </span>
          {activity.contacts.map((c) => c.name).join(', ')}
        </span>
      )}
    </>
  );
}
