import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { WorkshopDoc } from '../model/types';

enablePatches();

/** A user edit: a pure recipe over a draft of the document. */
export interface Command<A> {
  id: string;
  /** What Undo/Redo menus show, e.g. "Add card". */
  label: string;
  recipe: (draft: Draft<WorkshopDoc>, args: A) => void;
}

export function defineCommand<A>(id: string, label: string, recipe: Command<A>['recipe']): Command<A> {
  return { id, label, recipe };
}

export interface Applied {
  doc: WorkshopDoc;
  patches: Patch[];
  inversePatches: Patch[];
}

export function run<A>(doc: WorkshopDoc, command: Command<A>, args: A): Applied {
  const [next, patches, inversePatches] = produceWithPatches(doc, (draft) => command.recipe(draft, args));
  return { doc: next, patches, inversePatches };
}
