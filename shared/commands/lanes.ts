import { CANONICAL_LANES, OPTIONAL_LANES, type LanePreset } from '../model/presets';
import { lanesOf } from '../model/queries';
import type { Id, Lane } from '../model/types';
import { removeRecords } from './cascade';
import { defineCommand } from './command';
import { before, fresh, has, need } from './draft';
import { refuse } from './errors';
import { positionsAt, siblings } from './positions';
import { z } from 'zod';
import { line } from '../model/text';
import { args, id, index } from './args';

const PRESETS: readonly LanePreset[] = [...CANONICAL_LANES, ...OPTIONAL_LANES];
const canonicalRank = (lane: Pick<Lane, 'kind'>) => CANONICAL_LANES.findIndex((p) => p.kind === lane.kind);

/**
 * A lane from a preset (by name, e.g. "Backstage" or "Pain points") or a custom lane named
 * `name`. Without an index, a canonical lane goes before the first lane that comes later in
 * the canonical order; any other lane goes last.
 */
export const addLane = defineCommand<{ id: Id; blueprintId: Id; preset?: string; name?: string; index?: number }>(
  'lane.add', 'Add lane', (draft, { id, blueprintId, preset, name, index }) => {
    const doc = before(draft);
    fresh(draft, 'lanes', id);
    if (!has(doc.blueprints, blueprintId)) refuse(`there is no blueprint "${blueprintId}"`);
    const p = preset === undefined ? null : (PRESETS.find((x) => x.name === preset) ?? refuse(`there is no lane preset "${preset}"`));
    const lane: Lane = {
      id, blueprintId, name: name ?? p?.name ?? 'New lane', kind: p?.kind ?? 'custom', role: p?.role ?? null, hidden: false, position: 0,
    };
    const lanes = lanesOf(doc, blueprintId);
    const rank = canonicalRank(lane);
    const later = rank < 0 ? -1 : lanes.findIndex((l) => canonicalRank(l) > rank);
    const slot = index ?? (later >= 0 ? later : lanes.length);
    lane.position = positionsAt(draft.lanes, lanes, slot)[0]!;
    draft.lanes[id] = lane;
  },
  { args: args({ id, blueprintId: id, preset: line().optional(), name: line().optional(), index: index.optional() }) },
);

export const renameLane = defineCommand<{ laneId: Id; name: string }>(
  'lane.rename', 'Rename lane', (draft, { laneId, name }) => {
    need(draft, 'lanes', laneId).name = name;
  },
  { group: ({ laneId }) => `lane.rename:${laneId}`, args: args({ laneId: id, name: line() }) },
);

export const moveLane = defineCommand<{ laneId: Id; index: number }>('lane.move', 'Move lane', (draft, { laneId, index }) => {
  const lane = need(draft, 'lanes', laneId);
  const doc = before(draft);
  const others = siblings(lanesOf(doc, lane.blueprintId), laneId);
  lane.position = positionsAt(draft.lanes, others, index)[0]!;
}, { args: args({ laneId: id, index }) });

export const setLaneHidden = defineCommand<{ laneId: Id; hidden: boolean }>(
  'lane.hide', 'Show or hide lane', (draft, { laneId, hidden }) => {
    need(draft, 'lanes', laneId).hidden = hidden;
  },
  { args: args({ laneId: id, hidden: z.boolean() }) },
);

/** Deletes a lane with its cards (and what points at them). */
export const deleteLane = defineCommand<{ laneId: Id }>('lane.delete', 'Delete lane', (draft, { laneId }) => {
  need(draft, 'lanes', laneId);
  removeRecords(draft, 'lanes', [laneId]);
}, { args: args({ laneId: id }) });
