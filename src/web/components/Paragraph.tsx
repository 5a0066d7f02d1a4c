import type { ReactNode } from 'react';

export function Paragraph({ children, lead = false, small = false }: { children: ReactNode; lead?: boolean; small?: boolean }) {
  const modifiers = `${lead ? ' utrecht-paragraph--lead' : ''}${small ? ' utrecht-paragraph--small' : ''}`;
  return <p className={`utrecht-paragraph${modifiers}`}>{children}</p>;
}

/** Text for screen readers only (for example to make a repeated "Wijzigen" link unique). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
