import type { ComponentProps, ReactNode } from 'react';

export type ButtonAppearance = 'primary' | 'secondary' | 'subtle';

interface ButtonProps extends ComponentProps<'button'> {
  appearance?: ButtonAppearance;
  danger?: boolean;
  busy?: boolean;
}

/** The NL Design System button; `busy` keeps it focusable but tells assistive technology to wait. */
export function Button({ appearance = 'secondary', danger = false, busy = false, type = 'button', className, ...rest }: ButtonProps) {
  const classes = [
    'utrecht-button',
    `utrecht-button--${appearance}-action`,
    danger && 'utrecht-button--danger',
    busy && 'utrecht-button--busy',
    type === 'submit' && 'utrecht-button--submit',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes} aria-busy={busy || undefined} {...rest} />;
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group utrecht-button-group--row">{children}</div>;
}
