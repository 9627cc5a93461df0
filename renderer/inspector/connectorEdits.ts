import { addConnector, deleteConnectors, updateConnector } from '../../shared/commands/connectors';
import type { ConnectorKind, Id } from '../../shared/model/types';
import { burst, type Edit } from './edits';

type UpdateArgs = { connectorId: Id; fields: { kind?: ConnectorKind; label?: string; from?: Id; to?: Id } };

export function connectorAdded(id: Id, from: Id, to: Id, kind: ConnectorKind, label: string): Edit<{ id: Id; from: Id; to: Id; kind: ConnectorKind; label: string }> {
  return { command: addConnector, args: { id, from, to, kind, label: label.trim() } };
}

export function connectorKind(connectorId: Id, kind: ConnectorKind): Edit<UpdateArgs> {
  return { command: updateConnector, args: { connectorId, fields: { kind } } };
}

/** Typing a label is one undo step per burst, like typing into any card field. */
export function connectorLabel(connectorId: Id, label: string): Edit<UpdateArgs> {
  return { command: updateConnector, args: { connectorId, fields: { label } }, group: burst(connectorId, 'label') };
}

/** Re-attaches one end of a connector to another card. */
export function connectorEnd(connectorId: Id, end: 'from' | 'to', cardId: Id): Edit<UpdateArgs> {
  return { command: updateConnector, args: { connectorId, fields: { [end]: cardId } } };
}

export function connectorRemoved(connectorId: Id): Edit<{ connectorIds: Id[] }> {
  return { command: deleteConnectors, args: { connectorIds: [connectorId] } };
}
