import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import {
  BOARD_STATUS_LABELS,
  type Contact,
  LEGAL_BASES,
  LEGAL_BASIS_LABELS,
  type LegalBasis,
  ORGANISATION_TYPE_LABELS,
  type Organisation,
  SECTOR_LABELS,
} from '../../shared/schemas/organisation.js';
import { ApiError, errorMessage, request } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink, ExternalLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { TextAreaField, } from '../features/activities/fields.js';
import '../features/activities/activities.css';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { AgreementsSection, WishesSection } from '../features/organisations/AgreementsAndWishes.js';
import { BoardNotice } from '../features/organisations/BoardNotice.js';
import { PartnerAccounts } from '../features/organisations/PartnerAccounts.js';
import { useAddContact, useDeleteContact, useOrganisation, useUpdateOrganisation, } from '../features/organisations/api.js';

/** One partner: facts, board status (and who took over), contact persons, agreements and product wishes. */
export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  const isMissing = organisation.error instanceof ApiError && organisation.error.status === 404;
  usePageTitle(organisation.data?.name ?? (isMissing ? 'Organisatie niet gevonden' : 'Organisatie'));
  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/organisaties">Partners</AppLink>
      </p>
      <Heading level={1}>{organisation.data?.name ?? (isMissing ? 'Organisatie niet gevonden' : 'Organisatie')}</Heading>
      {organisation.isPending && <Loading />}
      {organisation.isError && <Alert type={isMissing ? 'warning' : 'error'}>{errorMessage(organisation.error)}</Alert>}
      {organisation.data && <OrganisationRecord organisation={organisation.data} />}
    </>
  );
}

function OrganisationRecord({ organisation }: { organisation: Organisation }) {
  const me = useMe().data;
  const isEditor = hasRole(me, 'connector', 'coordinator', 'administrator');
  const isStaff = hasRole(me, 'administrator', 'coordinator', 'connector', 'specialist', 'alderman');
  return (
    <>
      <Paragraph lead>
        {ORGANISATION_TYPE_LABELS[organisation.type]}, {SECTOR_LABELS[organisation.sector].toLowerCase()}
        {organisation.isSubsidised ? ', gesubsidieerde instelling' : ''}.
      </Paragraph>
      {organisation.description && <Paragraph>{organisation.description}</Paragraph>}
      <dl className="people-list">
        <dt>Gebieden</dt>
        <dd>{organisation.areas.map((a) => a.name).join(', ') || '—'}</dd>
        <dt>Algemeen contact</dt>
        <dd>
          {[organisation.email, organisation.phone].filter(Boolean).join(' · ') || '—'}
          {organisation.website && (
            <>
              {' · '}
              <ExternalLink href={organisation.website}>website</ExternalLink>
            </>
          )}
        </dd>
        <dt>Relatie gehouden door</dt>
        <dd>{organisation.relationHolder?.name ?? '—'}</dd>
        {organisation.isSubsidised && (
          <>
            <dt>Accountmanager</dt>
            <dd>{organisation.accountManager?.name ?? '—'}</dd>
          </>
        )}
      </dl>
      {hasRole(me, 'connector', 'coordinator', 'administrator', 'alderman') && (
        <Paragraph>
          <AppLink to={`/werk/tijdlijn?organisatie=${organisation.id}`}>Tijdlijn van {organisation.name}</AppLink>
        </Paragraph>
      )}

      <section aria-labelledby="bestuur">
        <Heading level={2} id="bestuur">
          Bestuur
        </Heading>
        {organisation.board.status ? (
          <Paragraph>
            {BOARD_STATUS_LABELS[organisation.board.status]}
            {organisation.board.seats !== null && ` — ${organisation.board.seats} zetels, ${organisation.board.vacancies ?? 0} vacatures`}.
          </Paragraph>
        ) : (
          <Paragraph>Geen bestuursgegevens.</Paragraph>
        )}
        <BoardNotice organisation={organisation} />
        {(isEditor || organisation.canEdit) && <BoardForm organisation={organisation} full={isEditor} />}
      </section>

      {isStaff && <ContactsSection organisation={organisation} canEdit={isEditor} />}
      {isStaff && <PartnerAccounts organisation={organisation} />}
      <AgreementsSection organisation={organisation} canEdit={isEditor} />
      {organisation.isSubsidised && <WishesSection organisation={organisation} canEdit={isEditor} />}
    </>
  );
}

/** Board seats and vacancies; for staff also "stopped" with who take over (the opbouwwerker and the wijkadviseur). */
function BoardForm({ organisation, full }: { organisation: Organisation; full: boolean }) {
  const update = useUpdateOrganisation(organisation.id);
  const people = useQuery({
    queryKey: ['directory', 'people'],
    queryFn: () => request<{ id: string; name: string; jobTitle: string | null }[]>('GET', '/api/v1/directory/people'),
    enabled: full,
  });
  const contacts = useQuery({ queryKey: ['organisations', 'contacts'], queryFn: () => request<Contact[]>('GET', '/api/v1/contacts'), enabled: full });
  const [seats, setSeats] = useState(organisation.board.seats?.toString() ?? '');
  const [vacancies, setVacancies] = useState(organisation.board.vacancies?.toString() ?? '');
  const [stoppedOn, setStoppedOn] = useState(organisation.board.stoppedOn ?? '');
  const [adviserId, setAdviserId] = useState(organisation.board.fallback?.adviser?.id ?? '');
  const [workerId, setWorkerId] = useState(organisation.board.fallback?.communityWorker?.id ?? '');
  const [tasks, setTasks] = useState(organisation.board.fallback?.tasks ?? '');
  const [done, setDone] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const board = { boardSeats: seats === '' ? null : Number(seats), boardVacancies: vacancies === '' ? null : Number(vacancies) };
    const fallback = full
      ? { boardStoppedOn: stoppedOn || null, fallbackAdviserId: adviserId || null, fallbackCommunityWorkerId: workerId || null, fallbackTasks: tasks.trim() || null }
      : {};
    await update.mutateAsync({ ...board, ...fallback }).then(() => setDone('Het bestuur is bijgewerkt.'), () => undefined);
  };

  return (
    <details className="edit-details">
      <summary>Bestuur bijwerken</summary>
      <form className="utrecht-form form" noValidate onSubmit={submit}>
        {update.isError && <Alert type="error">{errorMessage(update.error)}</Alert>}
        <div className="form-row">
          <TextField id="bestuur-zetels" label="Zetels" type="number" min={0} max={99} value={seats} onValueChange={setSeats} />
          <TextField id="bestuur-vacatures" label="Vacatures" type="number" min={0} max={99} value={vacancies} onValueChange={setVacancies} />
        </div>
        {full && (
          <>
            <TextField id="bestuur-gestopt" label="Gestopt op (leeg: actief)" type="date" value={stoppedOn} onValueChange={setStoppedOn} />
            <SelectField id="bestuur-adviseur" label="Wijkadviseur die overneemt" value={adviserId} onValueChange={setAdviserId}>
              <option value="">Niemand gekozen</option>
              {(people.data ?? []).map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                  {person.jobTitle ? ` (${person.jobTitle})` : ''}
                </option>
              ))}
            </SelectField>
            <SelectField id="bestuur-opbouwwerker" label="Opbouwwerker die overneemt (een contactpersoon)" value={workerId} onValueChange={setWorkerId}>
              <option value="">Niemand gekozen</option>
              {(contacts.data ?? []).map((contact) => (
                <option key={contact.id} value={contact.id}>
                  {contact.name}
                  {contact.role ? `, ${contact.role}` : ''}
                  {contact.organisation ? ` (${contact.organisation.name})` : ''}
                </option>
              ))}
            </SelectField>
            <TextAreaField id="bestuur-taken" label="Overkoepelende taken die zij overnemen" value={tasks} onValueChange={setTasks} />
          </>
        )}
        <Button type="submit" appearance="primary" busy={update.isPending}>
          Bestuur opslaan
        </Button>
        <div role="status">{done && <p className="utrecht-paragraph">{done}</p>}</div>
      </form>
    </details>
  );
}

function ContactsSection({ organisation, canEdit }: { organisation: Organisation; canEdit: boolean }) {
  const add = useAddContact(organisation.id);
  const remove = useDeleteContact();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [legalBasis, setLegalBasis] = useState<LegalBasis>('consent');
  const [note, setNote] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await add
      .mutateAsync({ name, role, email: email.trim() || null, phone: phone.trim() || null, legalBasis, legalBasisNote: note })
      .then(() => {
        setName('');
        setRole('');
        setEmail('');
        setPhone('');
        setNote('');
      }, () => undefined);
  };

  return (
    <section aria-labelledby="contactpersonen">
      <Heading level={2} id="contactpersonen">
        Contactpersonen
      </Heading>
      <Paragraph small>Persoonsgegevens: alleen voor medewerkers van de gemeente, met een vastgelegde grondslag. Elke inzage komt in de auditlog.</Paragraph>
      {organisation.contacts.length === 0 ? (
        <Paragraph>Nog geen contactpersonen.</Paragraph>
      ) : (
        <div className="table-scroll">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Contactpersonen van {organisation.name}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Naam</th>
                <th scope="col" className="utrecht-table__header-cell">Rol</th>
                <th scope="col" className="utrecht-table__header-cell">Contact</th>
                <th scope="col" className="utrecht-table__header-cell">Grondslag</th>
                <th scope="col" className="utrecht-table__header-cell"><span className="visually-hidden">Acties</span></th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {organisation.contacts.map((contact) => (
                <tr key={contact.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    <AppLink to={`/werk/tijdlijn?contact=${contact.id}`}>{contact.name}</AppLink>
                  </th>
                  <td className="utrecht-table__cell">{contact.role || '—'}</td>
                  <td className="utrecht-table__cell">{[contact.email, contact.phone].filter(Boolean).join(' · ') || '—'}</td>
                  <td className="utrecht-table__cell">{contact.legalBasis ? LEGAL_BASIS_LABELS[contact.legalBasis] : '—'}</td>
                  <td className="utrecht-table__cell">
                    {canEdit && (
                      <Button appearance="subtle" onClick={() => remove.mutate(contact.id)} disabled={remove.isPending}>
                        Verwijderen<span className="visually-hidden"> ({contact.name})</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <details className="edit-details">
          <summary>Contactpersoon toevoegen</summary>
          <form className="utrecht-form form" noValidate onSubmit={submit}>
            {add.isError && <Alert type="error">{errorMessage(add.error)}</Alert>}
            <TextField id="contact-naam" label="Naam" value={name} onValueChange={setName} />
            <TextField id="contact-rol" label="Rol bij de organisatie (niet verplicht)" value={role} onValueChange={setRole} />
            <TextField id="contact-email" label="E-mailadres (niet verplicht)" type="email" value={email} onValueChange={setEmail} />
            <TextField id="contact-telefoon" label="Telefoon (niet verplicht)" type="tel" value={phone} onValueChange={setPhone} />
            <SelectField id="contact-grondslag" label="Grondslag (AVG)" value={legalBasis} onValueChange={(value) => setLegalBasis(value as LegalBasis)}>
              {LEGAL_BASES.map((basis) => (
                <option key={basis} value={basis}>
                  {LEGAL_BASIS_LABELS[basis]}
                </option>
              ))}
            </SelectField>
            <TextField id="contact-grondslag-toelichting" label="Toelichting op de grondslag (niet verplicht)" value={note} onValueChange={setNote} />
            <Button type="submit" appearance="primary" busy={add.isPending}>
              Contactpersoon toevoegen
            </Button>
          </form>
        </details>
      )}
    </section>
  );
}
