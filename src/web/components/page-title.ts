import { useEffect } from 'react';

/** Sets the document title of a page: "Titel — Schakel". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Schakel`;
  }, [title]);
}
