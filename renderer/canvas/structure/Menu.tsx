import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';

export type MenuItem =
  | { kind: 'heading'; label: string }
  | { kind: 'item'; label: string; run: () => void; disabled?: boolean; danger?: boolean };

/**
 * A popup menu at a screen point: arrow keys, Home and End move, Enter runs, Escape, Tab or a
 * click outside closes. Focus goes back to where it was when the menu opened, unless what the
 * menu did put it somewhere else (a name to type, a dialog).
 */
export function Menu({ label, at, items, onClose }: { label: string; at: { x: number; y: number }; items: MenuItem[]; onClose: () => void }): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);
  useEffect(() => () => {
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if ((!active || active === document.body) && opener?.isConnected && opener !== document.body) opener.focus({ preventScroll: true });
    });
  }, [opener]);

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') onClose();
    else if (e.key === 'Tab') { e.preventDefault(); onClose(); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); buttons[(at + 1) % buttons.length]?.focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); buttons[(at - 1 + buttons.length) % buttons.length]?.focus(); }
    else if (e.key === 'Home') { e.preventDefault(); buttons[0]?.focus(); }
    else if (e.key === 'End') { e.preventDefault(); buttons[buttons.length - 1]?.focus(); }
  };

  const left = Math.min(at.x, window.innerWidth - 260);
  const top = Math.min(at.y, window.innerHeight - 40);
  return (
    <div
      ref={ref} className="fs-menu" role="menu" aria-label={label} style={{ left, top, maxHeight: window.innerHeight - top - 12 }} onKeyDown={onKeyDown}
      onBlur={(e) => { if (e.relatedTarget && !ref.current?.contains(e.relatedTarget as Node)) onClose(); }}
    >
      {items.map((item, i) =>
        item.kind === 'heading' ? (
          <div key={i} className="fs-menu-heading" role="presentation">{item.label}</div>
        ) : (
          <button
            key={i}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={`fs-menu-item${item.danger ? ' is-danger' : ''}`}
            disabled={item.disabled}
            onClick={() => { onClose(); item.run(); }}
          >
            {item.label}
          </button>
        ),
      )}
    </div>
  );
}
