import { useRef, useState, type JSX } from 'react';
import { CONNECTOR_KINDS } from '../../shared/model/schemas';
import { LIMITS } from '../../shared/model/text';
import type { ConnectorKind, Id } from '../../shared/model/types';
import { selectCards } from '../state/selection';
import { cleanLine } from '../components/text';
import { attempt } from './attempt';
import { CONNECTOR_KIND_LABELS } from '../components/labels';
import type { Connection } from './connections';
import { connectorKind, connectorLabel, connectorRemoved } from './connectorEdits';
import { ChangeEnd } from './ChangeEnd';

/**
 * One connector of the selected card `cardId`: the card at the other end, its kind and label, a
 * way to move the other end to another card, and a way to remove it.
 */
export function ConnectorRow({ cardId, connection: c, onRemoved }: { cardId: Id; connection: Connection; onRemoved: () => void }): JSX.Element {
  const [problem, setProblem] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  const changeRef = useRef<HTMLButtonElement>(null);
  const other = `${c.direction === 'outgoing' ? 'to' : 'from'} ${c.otherTitle}`;
  const changeWhat = c.direction === 'outgoing' ? 'Change target' : 'Change source';
  // Done or cancelled, the keyboard goes back to the button that opened the picker.
  const closePicker = () => {
    setChanging(false);
    requestAnimationFrame(() => changeRef.current?.focus());
  };
  const remove = () => {
    const refused = attempt(connectorRemoved(c.id));
    setProblem(refused);
    if (!refused) onRemoved();
  };
  return (
    <li className={`fs-connection fs-connection-${c.kind}`}>
      <div className="fs-connection-head">
        <span className="fs-connection-arrow" aria-hidden="true">{c.direction === 'outgoing' ? '→' : '←'}</span>
        <button type="button" className="fs-chip-link fs-connection-card" onClick={() => selectCards([c.otherId])}>
          <span className="fs-sr-only">Go to card </span>{c.otherTitle}
        </button>
        <button type="button" className="fs-icon-btn" onClick={remove}>
          <span aria-hidden="true">×</span>
          <span className="fs-sr-only">Remove connector {other}</span>
        </button>
      </div>
      <div className="fs-connection-fields">
        <select
          className="fs-input fs-select" aria-label={`Kind of connector ${other}`} value={c.kind}
          onChange={(e) => setProblem(attempt(connectorKind(c.id, e.target.value as ConnectorKind)))}
        >
          {CONNECTOR_KINDS.map((k) => <option key={k} value={k}>{CONNECTOR_KIND_LABELS[k].label}</option>)}
        </select>
        <input
          className="fs-input" type="text" aria-label={`Label of connector ${other}`} value={c.label} placeholder="No label"
          onChange={(e) => setProblem(attempt(connectorLabel(c.id, cleanLine(e.target.value, LIMITS.name))))}
        />
      </div>
      {changing ? <ChangeEnd cardId={cardId} connection={c} onClose={closePicker} /> : (
        <button type="button" ref={changeRef} className="fs-link fs-change-end-open" onClick={() => setChanging(true)}>
          {changeWhat}<span className="fs-sr-only"> of connector {other}</span>
        </button>
      )}
      {problem && <p className="fs-error" role="alert">{problem}</p>}
    </li>
  );
}
