import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Heading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { SignInForm } from '../features/auth/SignInForm.js';
import { useMe } from '../features/auth/use-session.js';

/** Only paths inside the app, so a crafted link cannot send someone elsewhere after signing in. */
function safeReturnPath(value: string | null): string {
  return value?.startsWith('/werk') ? value : '/werk';
}

export function SignInPage() {
  usePageTitle('Inloggen');
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const back = safeReturnPath(searchParams.get('terug'));
  if (me.data) return <Navigate to={back} replace />;
  return (
    <div className="narrow">
      <Heading level={1}>Inloggen</Heading>
      <Paragraph>Voor medewerkers van de gemeente en partners. Inwoners hebben geen account nodig.</Paragraph>
      <SignInForm onSignedIn={() => navigate(back, { replace: true })} />
    </div>
  );
}
