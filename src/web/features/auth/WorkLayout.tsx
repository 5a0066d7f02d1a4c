import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '../../components/Alert.js';
import { useOwnMunicipality } from '../municipality/use-municipality.js';
import { useMunicipalityBranding } from '../theme/branding.js';
import { RequireAuth } from './RequireAuth.js';

/** Every /werk page: signed in only, in the colours of the user's own municipality. */
export function WorkLayout() {
  return (
    <RequireAuth>
      <OwnBranding />
      <Suspense fallback={<Loading>Pagina laden…</Loading>}>
        <Outlet />
      </Suspense>
    </RequireAuth>
  );
}

function OwnBranding() {
  useMunicipalityBranding(useOwnMunicipality().data);
  return null;
}
