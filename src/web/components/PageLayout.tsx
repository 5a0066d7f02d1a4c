import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

interface PageLayoutProps {
  header: ReactNode;
  navigation?: ReactNode;
  footer: ReactNode;
  children: ReactNode;
}

const MAIN_ID = 'inhoud';

/** The page frame: skip link, header (banner), navigation, main content and footer landmarks. */
export function PageLayout({ header, navigation, footer, children }: PageLayoutProps) {
  useFocusAfterRouteChange();
  return (
    <div className="site">
      <a
        className="utrecht-skip-link utrecht-skip-link--visible-on-focus skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault();
          focusMainContent(true);
        }}
      >
        Direct naar de inhoud
      </a>
      <header className="site-header">
        <div className="site-header__content">{header}</div>
        {navigation}
      </header>
      <main id={MAIN_ID} className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__content">{footer}</div>
      </footer>
    </div>
  );
}

function focusMainContent(isSkip = false): void {
  const main = document.getElementById(MAIN_ID);
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  target?.focus({ preventScroll: true });
  if (isSkip) main?.scrollIntoView({ block: 'start' });
  else window.scrollTo({ top: 0 });
}

/** After a client-side route change, focus moves to the new page's h1 so screen readers announce it. */
function useFocusAfterRouteChange(): void {
  const { pathname } = useLocation();
  const isFirst = useRef(true);
  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => focusMainContent());
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
