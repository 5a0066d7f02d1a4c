import { useQuery } from '@tanstack/react-query';
import { ROLE_LABELS, type Role } from '../../shared/schemas/common.js';
import { errorMessage } from '../api/client.js';
import { type AuditEntry, fetchAuditLog } from '../api/staff.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';

const ACTIONS: Record<string, string> = {
  'area.create': 'Gebied aangemaakt',
  'area.update': 'Gebied gewijzigd',
  'area.delete': 'Gebied verwijderd',
  'area.people': 'Mensen van een gebied gewijzigd',
  'user.create': 'Account aangemaakt',
  'user.update': 'Account gewijzigd',
  'municipality.update': 'Instellingen gemeente gewijzigd',
};

const FIELD_NAMES: Record<string, string> = {
  name: 'naam',
  kind: 'soort',
  description: 'omschrijving',
  publicEmail: 'e-mailadres',
  publicPhone: 'telefoon',
  regionCodes: 'buurten',
  roles: 'rollen',
  isActive: 'actief',
  connectorTitle: 'titel contactpersoon',
  theme: 'huisstijl',
  regularChannels: 'meldkanalen',
  websiteUrl: 'website',
  phone: 'telefoon',
  department: 'afdeling',
  jobTitle: 'functie',
  expertise: 'expertise',
  'password(changed)': 'wachtwoord',
  organisationId: 'organisatie (partneraccount)',
};

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

function describe(entry: AuditEntry): string {
  const { details } = entry;
  if (typeof details.name === 'string') return details.name;
  if (Array.isArray(details.fields)) return `Velden: ${details.fields.map((f) => FIELD_NAMES[String(f)] ?? String(f)).join(', ')}`;
  if (Array.isArray(details.roles)) return `Rollen: ${details.roles.map((role) => ROLE_LABELS[role as Role] ?? String(role)).join(', ')}`;
  if (Array.isArray(details.people)) return `${details.people.length} ${details.people.length === 1 ? 'persoon' : 'personen'}`;
  return '—';
}

/** Who changed what, newest first (BIO: changes to areas, accounts and settings are traceable). */
export function AdminAuditPage() {
  usePageTitle('Auditlog');
  const log = useQuery({ queryKey: ['audit-log'], queryFn: () => fetchAuditLog(200) });
  return (
    <>
      <Heading level={1}>Auditlog</Heading>
      <Paragraph lead>De laatste 200 wijzigingen in deze gemeente: wie wijzigde wat, en wanneer.</Paragraph>
      {log.isPending && <Loading />}
      {log.isError && <Alert type="error">{errorMessage(log.error)}</Alert>}
      {log.data?.length === 0 && <Paragraph>Nog geen wijzigingen.</Paragraph>}
      {log.data && log.data.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="auditlog-tabel">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption" id="auditlog-tabel">
              Wijzigingen ({log.data.length})
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Tijdstip</th>
                <th scope="col" className="utrecht-table__header-cell">Wie</th>
                <th scope="col" className="utrecht-table__header-cell">Wat</th>
                <th scope="col" className="utrecht-table__header-cell">Details</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {log.data.map((entry) => (
                <tr key={entry.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <time dateTime={entry.at}>{dateTime.format(new Date(entry.at))}</time>
                  </td>
                  <td className="utrecht-table__cell">{entry.actor ?? 'Systeem'}</td>
                  <td className="utrecht-table__cell">{ACTIONS[entry.action] ?? entry.action}</td>
                  <td className="utrecht-table__cell">{describe(entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
