import { useEffect, useRef, useState, type ClipboardEvent, type JSX, type KeyboardEvent } from 'react';
import type { Card } from '../../../shared/model';
import { LIMITS } from '../../../shared/model';
import { textLines } from '../../actions/clipText';
import { cancelEditing, commitLines, commitTitle, moveEmptyCard, type Shift } from '../capture';
import { getEditing } from '../editing';

const ARROWS: Partial<Record<string, Shift>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * Inline title typing: Enter commits (and, for a new card, opens the next one below), Tab and
 * Shift+Tab commit and open a card in the next or previous step, Escape cancels. Before anything
 * is typed into a new card, Enter takes it to the next lane and the arrow keys to a neighbouring
 * cell; several lines pasted into it make one card per line.
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
  const fresh = () => getEditing()?.cardId === card.id && getEditing()?.isNew === true && value.trim() === '';

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const shift = ARROWS[event.key];
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(() => (fresh() ? moveEmptyCard(card.id, 'next-lane') : commitTitle(card.id, value, 'next-below')));
    } else if (event.key === 'Tab') {
      event.preventDefault();
      finish(() => commitTitle(card.id, value, event.shiftKey ? 'previous-step' : 'next-step'));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(() => cancelEditing(card.id));
    } else if (shift && !event.shiftKey && fresh()) {
      event.preventDefault();
      finish(() => moveEmptyCard(card.id, shift));
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const lines = textLines(event.clipboardData.getData('text/plain'));
    if (lines.length < 2 || !getEditing()?.isNew) return;
    event.preventDefault();
    const el = event.currentTarget;
    const first = `${value.slice(0, el.selectionStart)}${lines[0]}${value.slice(el.selectionEnd)}`.replace(/\s+/g, ' ').trim();
    finish(() => commitLines(card.id, [first, ...lines.slice(1)].slice(0, 200)));
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
      onPaste={onPaste}
      onBlur={() => finish(() => commitTitle(card.id, value, 'blur'))}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
