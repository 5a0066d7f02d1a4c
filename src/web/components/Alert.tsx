import type { ReactNode } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/** A message box; errors are announced at once (role=alert), confirmations politely (role=status). */
export function Alert({ type = 'info', children, id }: { type?: AlertType; children: ReactNode; id?: string }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'} id={id}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function Loading({ children = 'Laden…' }: { children?: ReactNode }) {
  return (
    <p className="utrecht-paragraph loading" role="status">
      {children}
    </p>
  );
}
