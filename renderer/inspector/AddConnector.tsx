import { useCallback, useId, useMemo, useState, type FormEvent, type JSX, type RefObject } from 'react';
import { CONNECTOR_KINDS } from '../../shared/model/schemas';
import { newId } from '../../shared/model/ids';
import { LIMITS } from '../../shared/model/text';
import type { ConnectorKind, Id, WorkshopDoc } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { cleanLine } from '../components/text';
import { attempt } from './attempt';
import { CONNECTOR_KIND_LABELS } from '../components/labels';
import { memoizedTargets, sameTargets } from './connections';
import { TargetOptions } from './TargetOptions';
import { connectorAdded } from './connectorEdits';

/** Connects the selected card to another one from the keyboard: pick the card, the kind, a label. */
export function AddConnector({ cardId, targetRef }: { cardId: Id; targetRef: RefObject<HTMLSelectElement | null> }): JSX.Element {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<Id>('');
  const [kind, setKind] = useState<ConnectorKind>('flow');
  const [label, setLabel] = useState('');
  const [outcome, setOutcome] = useState<{ problem: string } | { done: string } | null>(null);
  const memo = useMemo(memoizedTargets, []);
  const groups = useDoc(useCallback((d: WorkshopDoc) => memo(d, cardId, filter), [memo, cardId, filter]), sameTargets);
  const options = groups.flatMap((g) => g.options);
  // While filtering, the first match is the choice unless another match was picked.
  const target = options.some((o) => o.id === picked) ? picked : filter.trim() ? (options[0]?.id ?? '') : '';

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!target) return setOutcome({ problem: options.length ? 'Choose a card to connect to.' : 'No card matches; clear the search.' });
    const problem = attempt(connectorAdded(newId(), cardId, target, kind, label));
    if (problem) return setOutcome({ problem });
    const title = options.find((o) => o.id === target)?.title ?? '';
    setOutcome({ done: `Added a ${CONNECTOR_KIND_LABELS[kind].label.toLowerCase()} connector to ${title}.` });
    setPicked('');
    setFilter('');
    setLabel('');
  };
  const change = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOutcome(null);
  };

  return (
    <form className="fs-connect-add" aria-labelledby={`${id}-title`} onSubmit={add}>
      <h4 id={`${id}-title`} className="fs-connections-subtitle">New connector</h4>
      <div className="fs-field">
        <label htmlFor={`${id}-to`} className="fs-field-label">Connect to</label>
        <input
          className="fs-input fs-connect-find" type="search" aria-label="Find a card" placeholder="Type to find a card…"
          aria-controls={`${id}-to`} value={filter} onChange={(e) => change(setFilter)(cleanLine(e.target.value))}
          onKeyDown={(e) => {
            // Enter confirms the search, not the connector: on to the matches, to check the pick.
            if (e.key === 'Enter') {
              e.preventDefault();
              targetRef.current?.focus();
            }
          }}
        />
        <select
          id={`${id}-to`} ref={targetRef} className="fs-input fs-select" value={target}
          onChange={(e) => change(setPicked)(e.target.value)} disabled={options.length === 0 && !filter.trim()}
        >
          <TargetOptions groups={groups} filtered={filter.trim() !== ''} />
        </select>
      </div>
      <div className="fs-row">
        <div className="fs-field">
          <label htmlFor={`${id}-kind`} className="fs-field-label">Connector kind</label>
          <select
            id={`${id}-kind`} className="fs-input fs-select" value={kind} aria-describedby={`${id}-kind-hint`}
            onChange={(e) => change(setKind)(e.target.value as ConnectorKind)}
          >
            {CONNECTOR_KINDS.map((k) => <option key={k} value={k}>{CONNECTOR_KIND_LABELS[k].label}</option>)}
          </select>
        </div>
        <div className="fs-field">
          <label htmlFor={`${id}-label`} className="fs-field-label">Connector label</label>
          <input
            id={`${id}-label`} className="fs-input" type="text" value={label} placeholder="Optional"
            onChange={(e) => change(setLabel)(cleanLine(e.target.value, LIMITS.name))}
          />
        </div>
      </div>
      <p id={`${id}-kind-hint`} className="fs-field-hint fs-connect-hint">{CONNECTOR_KIND_LABELS[kind].hint}</p>
      <div className="fs-connect-actions">
        <div className="fs-connect-feedback">
          <p className="fs-error" role="alert">{outcome && 'problem' in outcome ? outcome.problem : ''}</p>
          <p className="fs-muted" role="status">{outcome && 'done' in outcome ? outcome.done : ''}</p>
        </div>
        <button type="submit" className="fs-btn fs-btn-primary">Add connector</button>
      </div>
    </form>
  );
}
