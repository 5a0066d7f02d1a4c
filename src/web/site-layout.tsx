import { NavLink, Outlet, useNavigate } from 'react-router';
import { Button } from './components/Button.js';
import { AppLink, ExternalLink } from './components/Link.js';
import { PageLayout } from './components/PageLayout.js';
import { hasRole, useMe, useSignOut } from './features/auth/use-session.js';
import { useBranding } from './features/theme/branding.js';

/** Header, navigation and footer around every page; the navigation depends on who is signed in. */
export function SiteLayout() {
  const me = useMe().data;
  const municipality = useBranding();
  const signOut = useSignOut();
  const navigate = useNavigate();

  const header = (
    <>
      <div className="site-brand">
        {municipality?.theme.logoUrl && <img className="site-brand__logo" src={municipality.theme.logoUrl} alt={`Logo ${municipality.name}`} />}
        <div>
          <AppLink to={me ? '/werk' : '/'} className="site-brand__name">
            Schakel
          </AppLink>
          <span className="site-brand__tagline">{municipality ? `Gemeente ${municipality.name}` : 'Wijkgericht werken'}</span>
        </div>
      </div>
      <div className="site-account">
        {me ? (
          <>
            <span>
              <span className="visually-hidden">Aangemeld als </span>
              {me.name}
            </span>
            <Button
              appearance="secondary"
              className="site-account__sign-out"
              busy={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/') })}
            >
              Afmelden
            </Button>
          </>
        ) : (
          <AppLink to="/inloggen" className="site-account__link">
            Inloggen voor medewerkers
          </AppLink>
        )}
      </div>
    </>
  );

  const links: { to: string; label: string; end?: boolean }[] = me
    ? [
        { to: '/werk', label: 'Overzicht', end: true },
        { to: '/werk/signalen', label: 'Signalen' },
        ...(hasRole(me, 'administrator', 'coordinator', 'connector', 'specialist', 'alderman')
          ? [
              { to: '/werk/verzoeken', label: 'Mijn verzoeken' },
              { to: '/werk/wegwijzer', label: 'Wegwijzer' },
            ]
          : []),
        ...(hasRole(me, 'administrator', 'coordinator', 'connector', 'specialist', 'alderman') ? [{ to: '/werk/statistieken', label: 'Kengetallen' }] : []),
        ...(hasRole(me, 'connector', 'coordinator') ? [{ to: '/werk/activiteiten', label: 'Activiteiten' }] : []),
        ...(hasRole(me, 'connector', 'coordinator', 'administrator', 'alderman')
          ? [
              { to: '/werk/dashboard/rollen', label: 'Rolinvulling' },
              { to: '/werk/dashboard/afdelingen', label: 'Reactiesnelheid' },
            ]
          : []),
        { to: '/werk/organisaties', label: 'Partners' },
        ...(hasRole(me, 'administrator', 'coordinator', 'connector', 'specialist', 'alderman') ? [{ to: '/werk/wie-is-de-wijkverbinder', label: 'Wie is de wijkverbinder?' }] : []),
        ...(hasRole(me, 'administrator', 'coordinator', 'connector', 'specialist', 'alderman')
          ? [
              { to: '/werk/bijeenkomsten', label: 'Bijeenkomsten' },
              { to: '/werk/initiatieven', label: 'Initiatieven' },
              { to: '/werk/college', label: 'College' },
              { to: '/werk/participatie', label: 'Participatie' },
            ]
          : []),
        ...(hasRole(me, 'administrator') ? [{ to: '/werk/beheer/gemeente', label: 'Gemeente' }] : []),
        ...(hasRole(me, 'administrator', 'coordinator')
          ? [
              { to: '/werk/beheer/gebieden', label: 'Gebieden beheren' },
              { to: '/werk/beheer/mensen', label: 'Mensen' },
            ]
          : []),
        ...(hasRole(me, 'administrator', 'coordinator') ? [{ to: '/werk/beheer/berichten', label: 'Standaardberichten' }] : []),
        ...(hasRole(me, 'administrator', 'coordinator') ? [{ to: '/werk/beheer/werkwijzen', label: 'Werkwijzen' }] : []),
        ...(hasRole(me, 'administrator') ? [{ to: '/werk/beheer/auditlog', label: 'Auditlog' }] : []),
        { to: '/', label: 'Publieke zoekpagina', end: true },
      ]
    : [
        { to: '/', label: 'Vind uw contactpersoon', end: true },
        { to: '/melden', label: 'Signaal doorgeven' },
      ];

  const navigation = (
    <nav className="site-nav" aria-label="Hoofdmenu">
      <ul className="site-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="site-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );

  const footer = (
    <>
      <p className="utrecht-paragraph">
        Schakel — het werkplatform voor wijkgericht werken{municipality ? ` van de gemeente ${municipality.name}` : ''}.
      </p>
      <ul className="site-footer__links">
        {municipality?.websiteUrl && (
          <li>
            <ExternalLink href={municipality.websiteUrl}>Website van de gemeente {municipality.name}</ExternalLink>
          </li>
        )}
        <li>
          <ExternalLink href="/api/docs">API-documentatie (Common Ground)</ExternalLink>
        </li>
      </ul>
    </>
  );

  return (
    <PageLayout header={header} navigation={navigation} footer={footer}>
      <Outlet />
    </PageLayout>
  );
}
