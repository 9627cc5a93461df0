import type { JSX, ReactNode } from 'react';

/** A collapsible part of the workshop panel; its count says what is inside while closed. */
export function Section({ title, count, children, open = true }: { title: string; count?: number; children: ReactNode; open?: boolean }): JSX.Element {
  return (
    <details className="fs-panel-section" open={open}>
      <summary>
        <span className="fs-panel-section-title">{title}</span>
        {count !== undefined && <span className="fs-count">{count}</span>}
      </summary>
      <div className="fs-panel-section-body">{children}</div>
    </details>
  );
}
