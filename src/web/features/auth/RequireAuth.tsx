import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../../api/client.js';
import type { Role } from '../../api/types.js';
import { Alert, Loading } from '../../components/Alert.js';
import { Heading } from '../../components/Heading.js';
import { AppLink } from '../../components/Link.js';
import { usePageTitle } from '../../components/page-title.js';
import { hasRole, useMe } from './use-session.js';

/** Shows its content to signed-in users (with one of `roles`, when given); sends others to the sign-in page. */
export function RequireAuth({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const me = useMe({ required: true });
  const location = useLocation();
  if (me.isPending) return <Loading>Uw gegevens worden geladen…</Loading>;
  if (me.isError) return <Alert type="error">{errorMessage(me.error)}</Alert>;
  if (!me.data) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/inloggen?terug=${encodeURIComponent(back)}`} replace />;
  }
  if (roles && !hasRole(me.data, ...roles)) return <NoAccess />;
  return <>{children}</>;
}

function NoAccess() {
  usePageTitle('Geen toegang');
  return (
    <>
      <Heading level={1}>Geen toegang</Heading>
      <p className="utrecht-paragraph">
        Deze pagina is er alleen voor beheerders of coördinatoren. Ga terug naar het <AppLink to="/werk">overzicht</AppLink>.
      </p>
    </>
  );
}
