import { useLayoutEffect, useRef, useState, type ClipboardEvent, type JSX } from 'react';
import { LIMITS } from '../../shared/model';
import { nameLines } from '../actions/clipText';

export interface InlineNameProps {
  label: string;
  value: string;
  /** Enter or leaving keeps the text (blank keeps `value`), Escape gives `null`. */
  onDone: (name: string | null) => void;
  /** Tab and Shift+Tab keep the text and go on to the next or previous name; without it Tab leaves. */
  onTab?: (name: string, back: boolean) => void;
  /** Several lines pasted at once: the first one completed with the text around the caret. */
  onPasteLines?: (names: string[]) => void;
}

/** A one-line rename field. */
export function InlineName({ label, value, onDone, onTab, onPasteLines }: InlineNameProps): JSX.Element {
  const [text, setText] = useState(value);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useLayoutEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.select();
  }, []);
  const once = (action: () => void) => {
    if (done.current) return;
    done.current = true;
    action();
  };
  const finish = (result: string | null) => once(() => onDone(result === null ? null : result.trim() || value));
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const lines = nameLines(e.clipboardData.getData('text/plain'));
    const input = e.currentTarget;
    if (!onPasteLines || lines.length < 2) return;
    e.preventDefault();
    const first = `${text.slice(0, input.selectionStart ?? text.length)}${lines[0]}${text.slice(input.selectionEnd ?? text.length)}`.trim();
    once(() => onPasteLines([first, ...lines.slice(1)]));
  };
  return (
    <input
      ref={ref}
      className="fs-inline-name"
      aria-label={label}
      value={text}
      maxLength={LIMITS.name}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(text);
        else if (e.key === 'Escape') finish(null);
        else if (e.key === 'Tab' && onTab) {
          e.preventDefault();
          once(() => onTab(text.trim() || value, e.shiftKey));
        }
      }}
      onPaste={onPaste}
      onBlur={() => finish(text)}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
