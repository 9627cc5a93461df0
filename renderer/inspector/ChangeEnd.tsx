import { useCallback, useId, useMemo, useRef, useState, type FormEvent, type JSX } from 'react';
import type { Id, WorkshopDoc } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { cleanLine } from '../components/text';
import { attempt } from './attempt';
import { memoizedTargets, sameTargets, type Connection } from './connections';
import { TargetOptions } from './TargetOptions';
import { connectorEnd } from './connectorEdits';

/**
 * Moves the far end of one of the selected card's connectors to another card, from the keyboard:
 * the "Find a card" picker of the new-connector form, for the target of an outgoing connector or
 * the source of an incoming one. The end at the selected card stays.
 */
export function ChangeEnd({ cardId, connection: c, onClose }: { cardId: Id; connection: Connection; onClose: () => void }): JSX.Element {
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const end = c.direction === 'outgoing' ? 'to' : 'from';
  const noun = end === 'to' ? 'target' : 'source';
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<Id>('');
  const [problem, setProblem] = useState<string | null>(null);
  const memo = useMemo(memoizedTargets, []);
  const all = useDoc(useCallback((d: WorkshopDoc) => memo(d, cardId, filter), [memo, cardId, filter]), sameTargets);
  // The card the connector already reaches is no change, so it is not offered.
  const groups = all.map((g) => ({ ...g, options: g.options.filter((o) => o.id !== c.otherId) })).filter((g) => g.options.length > 0);
  const options = groups.flatMap((g) => g.options);
  const target = options.some((o) => o.id === picked) ? picked : filter.trim() ? (options[0]?.id ?? '') : '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!target) return setProblem(options.length ? `Choose the new ${noun}.` : 'No card matches; clear the search.');
    const refused = attempt(connectorEnd(c.id, end, target));
    if (refused) return setProblem(refused);
    onClose();
  };

  return (
    <form
      className="fs-change-end" aria-label={`New ${noun} for connector ${end === 'to' ? 'to' : 'from'} ${c.otherTitle}`} onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <input
        className="fs-input fs-connect-find" type="search" aria-label={`Find the new ${noun}`} placeholder="Type to find a card…"
        aria-controls={`${id}-to`} value={filter} autoFocus
        onChange={(e) => { setFilter(cleanLine(e.target.value)); setProblem(null); }}
        onKeyDown={(e) => {
          // As in the new-connector form, Enter confirms the search and goes on to the matches.
          if (e.key === 'Enter') {
            e.preventDefault();
            selectRef.current?.focus();
          }
        }}
      />
      <select
        id={`${id}-to`} ref={selectRef} className="fs-input fs-select" aria-label={`New ${noun}`} value={target}
        onChange={(e) => { setPicked(e.target.value); setProblem(null); }} disabled={options.length === 0 && !filter.trim()}
      >
        <TargetOptions groups={groups} filtered={filter.trim() !== ''} />
      </select>
      {problem && <p className="fs-error" role="alert">{problem}</p>}
      <div className="fs-change-end-actions">
        <button type="submit" className="fs-btn fs-btn-primary">Reconnect</button>
        <button type="button" className="fs-btn" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
