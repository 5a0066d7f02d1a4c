import { Outlet } from 'react-router';
import { useOwnMunicipality } from '../municipality/use-municipality.js';
import { useMunicipalityBranding } from '../theme/branding.js';
import { RequireAuth } from './RequireAuth.js';

/** Every /werk page: signed in only, in the colours of the user's own municipality. */
export function WorkLayout() {
  return (
    <RequireAuth>
      <OwnBranding />
      <Outlet />
    </RequireAuth>
  );
}

function OwnBranding() {
  useMunicipalityBranding(useOwnMunicipality().data);
  return null;
}
