import { ROLES, ROLE_LABELS, type Role } from '../../../shared/schemas/common.js';
import { Checkbox, Fieldset } from '../../components/FormField.js';

const ROLE_HELP: Record<Role, string> = {
  administrator: 'instellingen, gebieden en accounts',
  coordinator: 'alle gebieden, wijst mensen toe',
  connector: 'aanspreekpunt van een of meer gebieden',
  specialist: 'vakspecialist, krijgt verzoeken',
  alderman: 'wethouder van een of meer gebieden',
  partner: 'organisatie buiten de gemeente',
};

export function RolesFieldset({ roles, onChange, error }: { roles: Role[]; onChange: (roles: Role[]) => void; error?: string }) {
  return (
    <Fieldset legend="Rollen" error={error} id="rollen">
      {ROLES.map((role) => (
        <Checkbox
          key={role}
          id={`rol-${role}`}
          label={ROLE_LABELS[role]}
          description={ROLE_HELP[role]}
          checked={roles.includes(role)}
          onCheckedChange={(on) => onChange(on ? [...roles, role] : roles.filter((r) => r !== role))}
        />
      ))}
    </Fieldset>
  );
}

export const roleNames = (roles: Role[]) => roles.map((role) => ROLE_LABELS[role]).join(', ');
