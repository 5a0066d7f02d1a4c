import { useState } from 'react';
import type { Granularity } from '../../shared/schemas/activity.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { HoursTable } from '../features/activities/HoursTable.js';
import { RoleBreakdownTable, RoleShareChart, RoleShareTable, fixerSummary } from '../features/activities/RoleShareChart.js';
import { exportUrl, useHours, useRoleDashboard } from '../features/activities/api.js';
import { ExportLinks, formatDate } from '../features/activities/fields.js';
import '../features/activities/activities.css';
import { useAreas } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';

const GRANULARITY_LABELS: Record<Granularity, string> = { week: 'Per week', month: 'Per maand', quarter: 'Per kwartaal' };

/**
 * Role fulfilment for the connector and the coordinator: the share of time per role over time, the
 * fixer share with its trend, per connector and per area, and the hours spent against the budget.
 */
export function DashboardRolesPage() {
  usePageTitle('Rolinvulling en uren');
  const me = useMe().data;
  const areas = useAreas();
  const isConnectorOnly = hasRole(me, 'connector') && !hasRole(me, 'coordinator', 'administrator', 'alderman');
  const [granularity, setGranularity] = useState<Granularity>('week');
  const [userId, setUserId] = useState(isConnectorOnly ? (me?.id ?? '') : '');
  const [areaId, setAreaId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = { granularity, userId: userId || undefined, areaId: areaId || undefined, from: from || undefined, to: to || undefined };
  const dashboard = useRoleDashboard(query);
  const hours = useHours({ ...query, granularity: granularity === 'week' ? 'week' : 'month' });

  const connectors = new Map<string, string>();
  for (const area of areas.data ?? []) for (const person of area.people) if (person.role === 'connector') connectors.set(person.userId, person.name);
  const scope = [userId ? connectors.get(userId) : 'alle wijkverbinders', areaId ? areas.data?.find((a) => a.id === areaId)?.name : 'alle gebieden'].join(', ');

  return (
    <>
      <Heading level={1}>Rolinvulling en uren</Heading>
      <Paragraph lead>
        Waar gaat de tijd van de wijkverbinders naartoe? De vier rollen — informeren, agenderen, verkennen en faciliteren — tegenover het oplossen van losse
        kwesties (de fixer-rol), en de bestede uren tegenover de uren per week voor de rol.
      </Paragraph>
      <form className="filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField id="filter-indeling" label="Indeling" value={granularity} onValueChange={(value) => setGranularity(value as Granularity)}>
          {Object.entries(GRANULARITY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField id="filter-wijkverbinder" label="Wijkverbinder" value={userId} onValueChange={setUserId}>
          <option value="">Alle wijkverbinders</option>
          {[...connectors.entries()]
            .sort((a, b) => a[1].localeCompare(b[1], 'nl'))
            .map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
        </SelectField>
        <SelectField id="filter-gebied" label="Gebied" value={areaId} onValueChange={setAreaId}>
          <option value="">Alle gebieden</option>
          {(areas.data ?? []).map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </SelectField>
        <TextField id="filter-van" label="Van (niet verplicht)" type="date" value={from} onValueChange={setFrom} />
        <TextField id="filter-tot" label="Tot en met (niet verplicht)" type="date" value={to} onValueChange={setTo} />
      </form>

      {dashboard.isPending && <Loading>Cijfers laden…</Loading>}
      {dashboard.isError && <Alert type="error">{errorMessage(dashboard.error)}</Alert>}
      {dashboard.data && (
        <>
          <section aria-labelledby="rollen">
            <Heading level={2} id="rollen">
              Aandeel tijd per rol
            </Heading>
            <Paragraph>
              {formatDate(dashboard.data.from)} tot en met {formatDate(dashboard.data.to)}, {scope}.
            </Paragraph>
            <p className="utrecht-paragraph fixer-summary" role="status" data-testid="fixer-summary">
              {fixerSummary(dashboard.data)}
            </p>
            {dashboard.data.totals.totalMinutes === 0 ? (
              <Paragraph>In deze periode is nog geen tijd vastgelegd.</Paragraph>
            ) : (
              <>
                <RoleShareChart dashboard={dashboard.data} title="Aandeel tijd per rol" />
                <RoleShareTable dashboard={dashboard.data} caption={`Aandeel tijd per rol, ${GRANULARITY_LABELS[granularity].toLowerCase()}`} />
                {dashboard.data.suggestions.total > 0 && (
                  <Paragraph small>
                    De voorgestelde rol is bij {dashboard.data.suggestions.confirmed} van de {dashboard.data.suggestions.total} activiteiten bevestigd.
                  </Paragraph>
                )}
              </>
            )}
            <ExportLinks
              label="Rolinvulling exporteren"
              csv={exportUrl('roles', 'csv', query)}
              xlsx={exportUrl('roles', 'xlsx', query)}
            />
          </section>
          {dashboard.data.byConnector.length > 0 && (
            <section aria-labelledby="per-wijkverbinder">
              <Heading level={2} id="per-wijkverbinder">
                Per wijkverbinder en per gebied
              </Heading>
              <RoleBreakdownTable
                caption="Aandeel tijd per rol per wijkverbinder"
                nameHeader="Wijkverbinder"
                rows={dashboard.data.byConnector.map((row) => ({ ...row, key: row.userId }))}
              />
              <RoleBreakdownTable caption="Aandeel tijd per rol per gebied" nameHeader="Gebied" rows={dashboard.data.byArea.map((row) => ({ ...row, key: row.areaId ?? 'geen' }))} />
            </section>
          )}
        </>
      )}

      <section aria-labelledby="uren">
        <Heading level={2} id="uren">
          Uren: besteed tegenover begroot
        </Heading>
        <Paragraph>
          Begroot: de uren per week voor de rol, verdeeld over de werkdagen (maandag tot en met vrijdag) waarop iemand aan het gebied was toegewezen.
          Weken zijn ISO-weken (maandag tot en met zondag); een week die over een maand- of jaargrens loopt, telt bij de maandcijfers per dag mee.
        </Paragraph>
        {hours.isPending && <Loading>Uren laden…</Loading>}
        {hours.isError && <Alert type="error">{errorMessage(hours.error)}</Alert>}
        {hours.data &&
          (hours.data.lines.length === 0 ? (
            <Paragraph>Geen uren in deze periode.</Paragraph>
          ) : (
            <HoursTable overview={hours.data} caption={`Uren besteed / begroot, ${hours.data.granularity === 'week' ? 'per week' : 'per maand'}`} />
          ))}
        <ExportLinks
          label="Uren exporteren"
          csv={exportUrl('hours', 'csv', { ...query, granularity: granularity === 'week' ? 'week' : 'month' })}
          xlsx={exportUrl('hours', 'xlsx', { ...query, granularity: granularity === 'week' ? 'week' : 'month' })}
        />
      </section>
    </>
  );
}
