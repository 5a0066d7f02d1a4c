import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

/** A link to a page inside the app. */
export function AppLink({ className, ...props }: LinkProps) {
  return <Link className={`utrecht-link utrecht-link--html-a${className ? ` ${className}` : ''}`} {...props} />;
}

/** A link inside the app that looks like a button (for the main action of a page). */
export function ButtonLink({ appearance = 'primary', ...props }: LinkProps & { appearance?: 'primary' | 'secondary' }) {
  return <Link className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance}-action`} {...props} />;
}

/** A link to another site, an e-mail address (mailto:) or a phone number (tel:). */
export function ExternalLink({ children, telephone = false, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { children: ReactNode; telephone?: boolean }) {
  return (
    <a className={`utrecht-link utrecht-link--html-a${telephone ? ' utrecht-link--telephone' : ''}`} {...props}>
      {children}
    </a>
  );
}

/** "0164 277 101" → "tel:0164277101" */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;
