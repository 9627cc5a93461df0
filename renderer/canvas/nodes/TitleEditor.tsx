import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { Card } from '../../../shared/model';
import { LIMITS } from '../../../shared/model';
import { cancelEditing, commitTitle } from '../capture';

/**
 * Inline title typing: Enter commits (and, for a new card, opens the next one below), Tab and
 * Shift+Tab commit and open a card in the next or previous step, Escape cancels.
 */
export function TitleEditor({ card }: { card: Card }): JSX.Element {
  const [value, setValue] = useState(card.title);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.select();
  }, []);

  const finish = (action: () => void) => {
    if (done.current) return;
    done.current = true;
    action();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(() => commitTitle(card.id, value, 'next-below'));
    } else if (event.key === 'Tab') {
      event.preventDefault();
      finish(() => commitTitle(card.id, value, event.shiftKey ? 'previous-step' : 'next-step'));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(() => cancelEditing(card.id));
    }
  };

  return (
    <textarea
      ref={ref}
      className="fs-title-editor nodrag nopan nowheel"
      aria-label="Card title"
      value={value}
      maxLength={LIMITS.title}
      rows={2}
      onChange={(e) => setValue(e.target.value.replace(/[\r\n]+/g, ' '))}
      onKeyDown={onKeyDown}
      onBlur={() => finish(() => commitTitle(card.id, value, 'blur'))}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
