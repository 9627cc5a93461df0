import { addLane, renameLane } from '../../../shared/commands/lanes';
import { addStage, renameStage } from '../../../shared/commands/stages';
import { addStep, renameStep } from '../../../shared/commands/steps';
import { columnsOf, lanesOf, newId, stagesOf, stepsOf, type Id, type WorkshopDoc } from '../../../shared/model';
import { discardGroup, dispatch, getDoc } from '../../state/documentStore';
import { focusHeader } from '../grid/gridFocus';
import { getRenaming, startRename, stopRenaming, type HeaderKind, type Renaming } from './renaming';

/** Where typing goes after a name is kept: stay on the header, or name the next or previous one. */
export type AfterName = 'stay' | 'next' | 'previous' | 'blur';

const RENAME = {
  lane: (id: Id, name: string, group?: string) => dispatch(renameLane, { laneId: id, name }, group ? { group } : undefined),
  stage: (id: Id, name: string, group?: string) => dispatch(renameStage, { stageId: id, name }, group ? { group } : undefined),
  step: (id: Id, name: string, group?: string) => dispatch(renameStep, { stepId: id, name }, group ? { group } : undefined),
};

export function rename(kind: HeaderKind, id: Id, name: string): void {
  RENAME[kind](id, name);
}

function blueprintOf(doc: WorkshopDoc, kind: HeaderKind, id: Id): Id | undefined {
  if (kind === 'lane') return doc.lanes[id]?.blueprintId;
  if (kind === 'stage') return doc.stages[id]?.blueprintId;
  const stage = doc.steps[id] && doc.stages[doc.steps[id].stageId];
  return stage?.blueprintId;
}

/** The headers of one kind in the order Tab walks them: visible lanes, stages, steps left to right. */
function order(doc: WorkshopDoc, kind: HeaderKind, blueprintId: Id): Id[] {
  if (kind === 'lane') return lanesOf(doc, blueprintId).filter((l) => !l.hidden).map((l) => l.id);
  if (kind === 'stage') return stagesOf(doc, blueprintId).map((s) => s.id);
  return columnsOf(doc, blueprintId).map((s) => s.id);
}

/** How to add a header of `kind` right after `afterId`, named or with its default name. */
function adderAfter(doc: WorkshopDoc, kind: HeaderKind, afterId: Id): { id: Id; add: (name?: string, group?: string) => void } | null {
  const opts = (group?: string) => (group ? { group } : undefined);
  if (kind === 'step') {
    const step = doc.steps[afterId];
    if (!step) return null;
    const id = newId('s');
    const index = stepsOf(doc, step.stageId).findIndex((s) => s.id === afterId) + 1;
    return { id, add: (name, group) => dispatch(addStep, { id, stageId: step.stageId, index, ...(name === undefined ? {} : { name }) }, opts(group)) };
  }
  const blueprintId = blueprintOf(doc, kind, afterId);
  if (!blueprintId) return null;
  if (kind === 'stage') {
    const id = newId('g');
    const stepId = newId('s');
    const index = stagesOf(doc, blueprintId).findIndex((s) => s.id === afterId) + 1;
    return { id, add: (name, group) => dispatch(addStage, { id, blueprintId, index, name: name ?? 'New stage', firstStep: { id: stepId } }, opts(group)) };
  }
  const id = newId('l');
  const index = lanesOf(doc, blueprintId).findIndex((l) => l.id === afterId) + 1;
  return { id, add: (name, group) => dispatch(addLane, { id, blueprintId, index, name: name ?? 'New lane' }, opts(group)) };
}

/**
 * Adds a header after `afterId` and opens its name for typing. Leaving it with Escape takes the
 * add back without a trace; naming it makes adding and naming one undo step.
 */
export function addAndRename(kind: HeaderKind, afterId: Id): void {
  const adder = adderAfter(getDoc(), kind, afterId);
  if (!adder) return;
  const group = `new-header:${adder.id}`;
  adder.add(undefined, group);
  if (!exists(kind, adder.id)) return;
  startRename(kind, adder.id, { group, addNamed: (name, g) => adder.add(name, g) });
}

function exists(kind: HeaderKind, id: Id): boolean {
  const doc = getDoc();
  return kind === 'lane' ? !!doc.lanes[id] : kind === 'stage' ? !!doc.stages[id] : !!doc.steps[id];
}

function nameOf(kind: HeaderKind, id: Id): string {
  const doc = getDoc();
  return (kind === 'lane' ? doc.lanes[id]?.name : kind === 'stage' ? doc.stages[id]?.name : doc.steps[id]?.name) ?? '';
}

/** Keeps `name` for the header being renamed (a fresh one is added again, named, as one step). */
function keep(renaming: Renaming, name: string, group?: string): void {
  const { kind, id, fresh } = renaming;
  if (fresh) {
    discardGroup(fresh.group);
    fresh.addNamed(name, group);
  } else if (name !== nameOf(kind, id) || group) RENAME[kind](id, name, group);
}

/**
 * Keeps the typed name and goes on: Enter stays on the header, Tab names the next header of the
 * kind (adding one past the last, as Tab does for cards), Shift+Tab the previous one.
 */
export function commitName(kind: HeaderKind, id: Id, text: string, then: AfterName): void {
  const renaming = getRenaming();
  if (renaming?.kind !== kind || renaming.id !== id) return;
  stopRenaming();
  const name = text.trim() || nameOf(kind, id);
  keep(renaming, name);
  if (then === 'blur' || !exists(kind, id)) return;
  if (then === 'stay') {
    focusHeader(kind, id);
    return;
  }
  const doc = getDoc();
  const blueprintId = blueprintOf(doc, kind, id);
  const ids = blueprintId ? order(doc, kind, blueprintId) : [];
  const next = ids[ids.indexOf(id) + (then === 'next' ? 1 : -1)];
  if (next) startRename(kind, next);
  else if (then === 'next') addAndRename(kind, id);
  else focusHeader(kind, id);
}

/** Escape: the name stays as it was; a header added to be named goes away again. */
export function cancelName(kind: HeaderKind, id: Id): void {
  const renaming = getRenaming();
  if (renaming?.kind !== kind || renaming.id !== id) return;
  stopRenaming();
  if (!renaming.fresh) {
    focusHeader(kind, id);
    return;
  }
  const doc = getDoc();
  const blueprintId = blueprintOf(doc, kind, id);
  const ids = blueprintId ? order(doc, kind, blueprintId) : [];
  const previous = ids[ids.indexOf(id) - 1];
  discardGroup(renaming.fresh.group);
  if (previous) focusHeader(kind, previous);
}

/**
 * A list of names typed or pasted at once: the header takes the first, and a header of the same
 * kind is added after it for each of the others, in order, as one undo step.
 */
export function pasteNames(kind: HeaderKind, id: Id, names: string[]): void {
  const renaming = getRenaming();
  if (renaming?.kind !== kind || renaming.id !== id || names.length === 0) return;
  stopRenaming();
  const group = `paste-names:${id}`;
  keep(renaming, names[0]!, group);
  let last = id;
  for (const name of names.slice(1)) {
    const adder = adderAfter(getDoc(), kind, last);
    if (!adder) break;
    adder.add(name, group);
    if (!exists(kind, adder.id)) break;
    last = adder.id;
  }
  focusHeader(kind, last);
}
