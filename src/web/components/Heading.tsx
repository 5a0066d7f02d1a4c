import type { ReactNode } from 'react';

type Level = 1 | 2 | 3 | 4;

/** A heading in the NL Design System style; the page's h1 can take focus after a route change. */
export function Heading({ level, children, id }: { level: Level; children: ReactNode; id?: string }) {
  const className = `utrecht-heading-${level}`;
  switch (level) {
    case 1:
      return (
        <h1 className={className} id={id} tabIndex={-1}>
          {children}
        </h1>
      );
    case 2:
      return (
        <h2 className={className} id={id}>
          {children}
        </h2>
      );
    case 3:
      return (
        <h3 className={className} id={id}>
          {children}
        </h3>
      );
    default:
      return (
        <h4 className={className} id={id}>
          {children}
        </h4>
      );
  }
}
