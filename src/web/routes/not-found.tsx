import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { usePageTitle } from '../components/page-title.js';

export function NotFoundPage() {
  usePageTitle('Pagina niet gevonden');
  return (
    <>
      <Heading level={1}>Pagina niet gevonden</Heading>
      <p className="utrecht-paragraph">
        Deze pagina bestaat niet (meer). Ga naar de <AppLink to="/">zoekpagina</AppLink> of het <AppLink to="/werk">overzicht voor medewerkers</AppLink>.
      </p>
    </>
  );
}
