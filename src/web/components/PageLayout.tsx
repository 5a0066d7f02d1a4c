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
          skipToMainContent();
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

function skipToMainContent(): void {
  const main = document.getElementById(MAIN_ID);
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  target?.focus({ preventScroll: true });
  main?.scrollIntoView({ block: 'start' });
}

/**
 * After a client-side route change, focus moves to the new page's h1 so screen readers announce it.
 * A page that is still loading its code gets its h1 a moment later: wait for it (briefly).
 */
function useFocusAfterRouteChange(): void {
  const { pathname } = useLocation();
  const isFirst = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every route change, which pathname names
  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    window.scrollTo({ top: 0 });
    const focusHeading = () => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    main.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      // Only while the user has not moved on by themselves.
      const isFocusUnclaimed = document.activeElement === main || document.activeElement === document.body;
      if (!isFocusUnclaimed || focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timeout = setTimeout(() => observer.disconnect(), 3000);
    return () => {
      observer.disconnect();
      clearTimeout(timeout);
    };
  }, [pathname]);
}
