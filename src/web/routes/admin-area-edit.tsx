import { useLocation, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { AreaForm } from '../features/areas/AreaForm.js';
import { AreaPeopleForm } from '../features/areas/AreaPeopleForm.js';
import { useArea, useAreas, useCreateArea, useRegions, useUpdateArea } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useOwnMunicipality } from '../features/municipality/use-municipality.js';
import { useUsers } from '../features/people/use-users.js';

/** "Nieuw gebied": name, kind and neighbourhoods. */
export function AdminAreaNewPage() {
  usePageTitle('Nieuw gebied');
  const navigate = useNavigate();
  const areas = useAreas();
  const regions = useRegions();
  const create = useCreateArea();
  const error = areas.error ?? regions.error;
  return (
    <>
      <BackLink />
      <Heading level={1}>Nieuw gebied</Heading>
      <Paragraph lead>Maak een wijk of kern uit CBS-buurten die nog bij geen ander gebied horen.</Paragraph>
      {(areas.isPending || regions.isPending) && <Loading />}
      {error && <Alert type="error">{errorMessage(error)}</Alert>}
      {areas.data && regions.data && (
        <AreaForm
          area={null}
          areas={areas.data}
          regions={regions.data.regions}
          submitLabel="Gebied aanmaken"
          onSubmit={async (input) => {
            const area = await create.mutateAsync(input);
            navigate(`/werk/beheer/gebieden/${area.id}`, {
              state: { notice: `Gebied ${area.name} is aangemaakt. Wijs hieronder de mensen toe die ervoor werken.` },
            });
          }}
        />
      )}
    </>
  );
}

/** Edit an area: administrators change its details and neighbourhoods; both they and coordinators its people. */
export function AdminAreaEditPage() {
  const { id = '' } = useParams();
  const area = useArea(id);
  const areas = useAreas();
  const regions = useRegions();
  const users = useUsers();
  const me = useMe().data;
  const municipality = useOwnMunicipality().data;
  const update = useUpdateArea(id);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const isAdministrator = hasRole(me, 'administrator');
  const heading = area.data ? (isAdministrator ? `${area.data.name} wijzigen` : `Mensen van ${area.data.name}`) : 'Gebied wijzigen';
  usePageTitle(heading);
  const error = area.error ?? areas.error ?? regions.error ?? users.error;

  return (
    <>
      <BackLink />
      <Heading level={1}>{heading}</Heading>
      {notice && <Alert type="ok">{notice}</Alert>}
      {(area.isPending || areas.isPending || regions.isPending) && <Loading />}
      {error && <Alert type="error">{errorMessage(error)}</Alert>}
      {area.data && (
        <p className="utrecht-paragraph">
          <AppLink to={`/werk/gebieden/${area.data.id}`}>Bekijk de pagina van {area.data.name}</AppLink>
        </p>
      )}
      {isAdministrator && area.data && areas.data && regions.data && (
        <section aria-labelledby="gegevens">
          <Heading level={2} id="gegevens">
            Gegevens en buurten
          </Heading>
          {update.isSuccess && <Alert type="ok">De wijzigingen van {update.data.name} zijn opgeslagen.</Alert>}
          <AreaForm
            key={area.data.id}
            area={area.data}
            areas={areas.data}
            regions={regions.data.regions}
            submitLabel="Gebied opslaan"
            onSubmit={(input) => update.mutateAsync(input)}
          />
        </section>
      )}
      {area.data && users.data && (
        <section aria-labelledby="mensen-toewijzen">
          <Heading level={2} id="mensen-toewijzen">
            Mensen
          </Heading>
          <AreaPeopleForm key={area.data.id} area={area.data} users={users.data} connectorTitle={municipality?.connectorTitle ?? 'wijkverbinder'} />
        </section>
      )}
    </>
  );
}

function BackLink() {
  return (
    <p className="utrecht-paragraph breadcrumb">
      <AppLink to="/werk/beheer/gebieden">Gebieden beheren</AppLink>
    </p>
  );
}
