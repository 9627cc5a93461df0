import { useEffect, useId, useRef, type JSX, type ReactNode } from 'react';
import './dialogs.css';

export interface ModalProps {
  title: string;
  /** One line under the title. */
  lead?: ReactNode;
  children: ReactNode;
  /** Escape and the close button; leave out for prompts that need an answer. */
  onClose?: () => void;
  wide?: boolean;
  tone?: 'default' | 'warning';
}

/**
 * A native modal <dialog>: the browser traps focus, makes the page behind it inert and gives it
 * the dialog role, so keyboard and screen-reader users get the same prompt as everyone else.
 * Closing it gives the focus back to where it was when it opened.
 */
export function Modal({ title, lead, children, onClose, wide = false, tone = 'default' }: ModalProps): JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first control; the safe, expected answer should have it instead.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog?.close();
      const active = document.activeElement;
      if (opener?.isConnected && (!active || active === document.body || dialog?.contains(active))) opener.focus({ preventScroll: true });
    };
  }, []);
  return (
    // The explicit role lets window-wide shortcuts (Delete, Ctrl+Z) see that keys belong to the dialog.
    <dialog
      ref={ref} role="dialog" aria-modal="true" className={`fs-modal${wide ? ' is-wide' : ''} fs-modal-${tone}`} aria-labelledby={`${id}-title`}
      onCancel={(e) => { e.preventDefault(); onClose?.(); }}
    >
      {/* Not <header>: inside a dialog it would count as the page's banner landmark. */}
      <div className="fs-modal-head">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          {lead && <p className="fs-modal-lead">{lead}</p>}
        </div>
        {onClose && (
          <button type="button" className="fs-icon-btn fs-modal-close" onClick={onClose}>
            <span aria-hidden="true">×</span><span className="fs-sr-only">Close</span>
          </button>
        )}
      </div>
      {children}
    </dialog>
  );
}
