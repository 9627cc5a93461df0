import { blueprintOfCard } from '../model/queries';
import type { Connector, ConnectorKind, Id, WorkshopDoc } from '../model/types';
import { removeRecords } from './cascade';
import { defineCommand } from './command';
import { before, fresh, has, need } from './draft';
import { refuse } from './errors';
import { z } from 'zod';
import { CONNECTOR_KINDS, connectorSchema } from '../model/schemas';
import { line } from '../model/text';
import { args, id, ids } from './args';

/** The blueprint both ends live in, refusing self-loops, missing cards and links across blueprints. */
function endsOf(doc: WorkshopDoc, from: Id, to: Id): Id {
  if (from === to) refuse('a connector cannot join a card to itself');
  for (const id of [from, to]) if (!has(doc.cards, id)) refuse(`there is no card "${id}"`);
  const blueprintId = blueprintOfCard(doc, from)!;
  if (blueprintOfCard(doc, to) !== blueprintId) refuse('a connector cannot join cards of different blueprints');
  return blueprintId;
}

function refuseDuplicate(doc: WorkshopDoc, c: Pick<Connector, 'from' | 'to' | 'kind'>, self: Id | null): void {
  for (const other of Object.values(doc.connectors)) {
    if (other.id !== self && other.from === c.from && other.to === c.to && other.kind === c.kind) {
      refuse(`these cards are already joined by a ${c.kind} connector`);
    }
  }
}

export const addConnector = defineCommand<{ id: Id; from: Id; to: Id; kind?: ConnectorKind; label?: string }>(
  'connector.add', 'Connect cards', (draft, { id, from, to, kind = 'flow', label = '' }) => {
    const doc = before(draft);
    fresh(draft, 'connectors', id);
    const blueprintId = endsOf(doc, from, to);
    refuseDuplicate(doc, { from, to, kind }, null);
    draft.connectors[id] = { id, blueprintId, from, to, kind, label };
  },
  { args: args({ id, from: id, to: id, kind: z.enum(CONNECTOR_KINDS).optional(), label: line().optional() }) },
);

/** Changes the kind or label, or reconnects an end to another card of the same blueprint. */
export const updateConnector = defineCommand<{ connectorId: Id; fields: Partial<Pick<Connector, 'kind' | 'label' | 'from' | 'to'>> }>(
  'connector.update', 'Edit connector', (draft, { connectorId, fields }) => {
    const doc = before(draft);
    const c = need(draft, 'connectors', connectorId);
    const next = { from: fields.from ?? c.from, to: fields.to ?? c.to, kind: fields.kind ?? c.kind };
    if (fields.from !== undefined || fields.to !== undefined) {
      if (endsOf(doc, next.from, next.to) !== c.blueprintId) refuse('a connector cannot move to another blueprint');
    }
    if (fields.from !== undefined || fields.to !== undefined || fields.kind !== undefined) refuseDuplicate(doc, next, connectorId);
    Object.assign(c, next);
    if (fields.label !== undefined) c.label = fields.label;
  },
  {
    group: ({ connectorId, fields }) => `connector.update:${connectorId}:${Object.keys(fields).sort().join(',')}`,
    args: args({ connectorId: id, fields: connectorSchema.pick({ kind: true, label: true, from: true, to: true }).partial() }),
  },
);

export const deleteConnectors = defineCommand<{ connectorIds: Id[] }>(
  'connector.delete', 'Delete connectors', (draft, { connectorIds }) => {
    for (const id of connectorIds) need(draft, 'connectors', id);
    removeRecords(draft, 'connectors', connectorIds);
  },
  { args: args({ connectorIds: ids() }) },
);
