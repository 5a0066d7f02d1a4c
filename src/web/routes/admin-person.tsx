import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { usePageTitle } from '../components/page-title.js';
import { PersonForm } from '../features/people/PersonForm.js';
import { useCreateUser, useUpdateUser, useUser } from '../features/people/use-users.js';

export function AdminPersonNewPage() {
  usePageTitle('Persoon toevoegen');
  const navigate = useNavigate();
  const create = useCreateUser();
  return (
    <>
      <BackLink />
      <Heading level={1}>Persoon toevoegen</Heading>
      <PersonForm
        user={null}
        onCreate={async (input) => {
          const user = await create.mutateAsync(input);
          navigate('/werk/beheer/mensen', { state: { notice: `${user.name} is toegevoegd.` } });
        }}
      />
    </>
  );
}

export function AdminPersonEditPage() {
  const { id = '' } = useParams();
  const user = useUser(id);
  const update = useUpdateUser(id);
  usePageTitle(user.data ? `${user.data.name} wijzigen` : 'Persoon wijzigen');
  return (
    <>
      <BackLink />
      <Heading level={1}>{user.data ? `${user.data.name} wijzigen` : 'Persoon wijzigen'}</Heading>
      {user.isPending && <Loading />}
      {user.isError && <Alert type="error">{errorMessage(user.error)}</Alert>}
      {update.isSuccess && <Alert type="ok">De wijzigingen zijn opgeslagen.</Alert>}
      {user.data && <PersonForm key={user.data.id} user={user.data} onUpdate={(body) => update.mutateAsync(body)} />}
    </>
  );
}

function BackLink() {
  return (
    <p className="utrecht-paragraph breadcrumb">
      <AppLink to="/werk/beheer/mensen">Mensen</AppLink>
    </p>
  );
}
