import { useEffect, useState, type JSX } from 'react';
import { Panel } from '@xyflow/react';
import { deleteConnectors, updateConnector } from '../../shared/commands/connectors';
import { CONNECTOR_KINDS, LIMITS, type ConnectorKind, type WorkshopDoc } from '../../shared/model';
import { CONNECTOR_KIND_LABELS } from '../components/labels';
import { dispatch, useDoc } from '../state/documentStore';


/** Kind and label of the selected connector, edited in place; it opens right after connecting two cards. */
export function ConnectorPanel({ connectorId, onClose }: { connectorId: string; onClose: () => void }): JSX.Element | null {
  const connector = useDoc((doc: WorkshopDoc) => doc.connectors[connectorId]);
  const from = useDoc((doc: WorkshopDoc) => (connector ? doc.cards[connector.from]?.title : undefined));
  const to = useDoc((doc: WorkshopDoc) => (connector ? doc.cards[connector.to]?.title : undefined));
  const [label, setLabel] = useState(connector?.label ?? '');
  useEffect(() => setLabel(connector?.label ?? ''), [connector?.label]);
  if (!connector) return null;
  const saveLabel = () => {
    if (label !== connector.label) dispatch(updateConnector, { connectorId, fields: { label: label.trim() } });
  };
  return (
    <Panel position="top-center" className="fs-connector-panel">
      <form role="form" aria-label="Connector" onSubmit={(e) => { e.preventDefault(); saveLabel(); }} onKeyDown={(e) => { e.stopPropagation(); if (e.key === 'Escape') onClose(); }}>
        <span className="fs-connector-ends" title={`${from || 'Untitled'} → ${to || 'Untitled'}`}>
          {(from || 'Untitled').slice(0, 28)} → {(to || 'Untitled').slice(0, 28)}
        </span>
        <label>
          <span>Kind</span>
          <select aria-label="Connector kind" value={connector.kind} onChange={(e) => dispatch(updateConnector, { connectorId, fields: { kind: e.target.value as ConnectorKind } })}>
            {CONNECTOR_KINDS.map((k) => <option key={k} value={k}>{CONNECTOR_KIND_LABELS[k].label}</option>)}
          </select>
        </label>
        <label>
          <span>Label</span>
          <input aria-label="Connector label" value={label} maxLength={LIMITS.name} placeholder="e.g. hand-off" onChange={(e) => setLabel(e.target.value)} onBlur={saveLabel} />
        </label>
        <button type="button" className="fs-button is-danger" aria-label="Delete connector" onClick={() => { dispatch(deleteConnectors, { connectorIds: [connectorId] }); onClose(); }}>
          Delete
        </button>
        <button type="button" className="fs-button is-quiet" aria-label="Close connector" onClick={onClose}>✕</button>
      </form>
    </Panel>
  );
}
