import { useState } from 'react';
import { BOARD_STATUS_LABELS, ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES, SECTOR_LABELS } from '../../shared/schemas/organisation.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink, ButtonLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { exportUrl } from '../features/activities/api.js';
import { ExportLinks } from '../features/activities/fields.js';
import '../features/activities/activities.css';
import { useAreas } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useOrganisations } from '../features/organisations/api.js';

/** The partner network: every organisation with its kind, areas and board status (a partner sees its own). */
export function OrganisationListPage() {
  usePageTitle('Partners');
  const me = useMe().data;
  const isStaff = hasRole(me, 'administrator', 'coordinator', 'connector', 'specialist', 'alderman');
  const areas = useAreas();
  const [areaId, setAreaId] = useState('');
  const [type, setType] = useState('');
  const [q, setQ] = useState('');
  const organisations = useOrganisations({ areaId: areaId || undefined, type: type || undefined, q: q.trim() || undefined });

  return (
    <>
      <Heading level={1}>Partners</Heading>
      <Paragraph lead>
        {isStaff
          ? 'Organisaties in de gebieden: woningcorporaties, welzijn, wijk- en dorpsraden, buurtpreventie, verenigingen, scholen en ondernemers.'
          : 'De gegevens van uw organisatie bij de gemeente.'}
      </Paragraph>
      {hasRole(me, 'connector', 'coordinator', 'administrator') && (
        <p className="utrecht-paragraph">
          <ButtonLink to="/werk/organisaties/nieuw">Nieuwe organisatie</ButtonLink>
        </p>
      )}
      {isStaff && (
        <form className="filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
          <SelectField id="partners-gebied" label="Gebied" value={areaId} onValueChange={setAreaId}>
            <option value="">Alle gebieden</option>
            {(areas.data ?? []).map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </SelectField>
          <SelectField id="partners-soort" label="Soort" value={type} onValueChange={setType}>
            <option value="">Alle soorten</option>
            {ORGANISATION_TYPES.map((value) => (
              <option key={value} value={value}>
                {ORGANISATION_TYPE_LABELS[value]}
              </option>
            ))}
          </SelectField>
          <TextField id="partners-zoek" label="Naam bevat" value={q} onValueChange={setQ} />
        </form>
      )}
      {organisations.isPending && <Loading>Partners laden…</Loading>}
      {organisations.isError && <Alert type="error">{errorMessage(organisations.error)}</Alert>}
      {organisations.data && organisations.data.length === 0 && <Paragraph>Geen organisaties gevonden.</Paragraph>}
      {organisations.data && organisations.data.length > 0 && (
        <div className="table-scroll">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Organisaties ({organisations.data.length})</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Naam</th>
                <th scope="col" className="utrecht-table__header-cell">Soort</th>
                <th scope="col" className="utrecht-table__header-cell">Gebieden</th>
                <th scope="col" className="utrecht-table__header-cell">Bestuur</th>
                <th scope="col" className="utrecht-table__header-cell">Relatie gehouden door</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {organisations.data.map((organisation) => (
                <tr key={organisation.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    <AppLink to={`/werk/organisaties/${organisation.id}`}>{organisation.name}</AppLink>
                  </th>
                  <td className="utrecht-table__cell">
                    {ORGANISATION_TYPE_LABELS[organisation.type]} ({SECTOR_LABELS[organisation.sector].toLowerCase()}
                    {organisation.isSubsidised ? ', gesubsidieerd' : ''})
                  </td>
                  <td className="utrecht-table__cell">{organisation.areas.map((a) => a.name).join(', ') || '—'}</td>
                  <td className={`utrecht-table__cell${organisation.board.status === 'stopped' ? ' is-over' : ''}`}>
                    {organisation.board.status ? BOARD_STATUS_LABELS[organisation.board.status] : '—'}
                    {organisation.board.status === 'vacancies' && ` (${organisation.board.vacancies} van ${organisation.board.seats})`}
                  </td>
                  <td className="utrecht-table__cell">{organisation.relationHolder?.name ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hasRole(me, 'connector', 'coordinator', 'administrator', 'alderman') && (
        <>
          <ExportLinks label="Organisaties exporteren" csv={exportUrl('organisations', 'csv', { areaId })} xlsx={exportUrl('organisations', 'xlsx', { areaId })} />
          <ExportLinks label="Contactpersonen exporteren (wordt gelogd)" csv={exportUrl('contacts', 'csv')} xlsx={exportUrl('contacts', 'xlsx')} />
        </>
      )}
    </>
  );
}
