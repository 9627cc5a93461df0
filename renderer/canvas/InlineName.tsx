import { useEffect, useRef, useState, type JSX } from 'react';
import { LIMITS } from '../../shared/model';

/** A one-line rename field: Enter or leaving keeps the text, Escape gives `null`. */
export function InlineName({ label, value, onDone }: { label: string; value: string; onDone: (name: string | null) => void }): JSX.Element {
  const [text, setText] = useState(value);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (result: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(result === null ? null : result.trim() || value);
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
        if (e.key === 'Escape') finish(null);
      }}
      onBlur={() => finish(text)}
    />
  );
}
