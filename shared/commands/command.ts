import type { Draft, Patch } from 'immer';
import type { z } from 'zod';
import type { WorkshopDoc } from '../model/types';
import { carryCellIndex } from './cellIndex';
import { checkTouched } from './check';
import { engine } from './engine';
import { CommandError } from './errors';

export { CommandError };

/** A user edit: a pure recipe over a draft of the document. */
export interface Command<A> {
  id: string;
  /** What Undo/Redo menus show, e.g. "Add card". */
  label: string;
  recipe: (draft: Draft<WorkshopDoc>, args: A) => void;
  /**
   * Edits that share a group key and follow each other quickly undo as one step (typing into
   * one field, dragging one card); commands without it always make their own step.
   */
  group?: (args: A) => string;
  /**
   * The shape of the arguments, checked before the recipe runs when a command arrives from
   * outside the process (another window, a participant's device). The recipe still checks meaning.
   */
  // Typed loosely here so Command<A> stays assignable across argument types; defineCommand ties it to A.
  args?: z.ZodType;
}

export function defineCommand<A>(
  id: string,
  label: string,
  recipe: Command<A>['recipe'],
  options: { group?: (args: A) => string; args?: z.ZodType<A> } = {},
): Command<A> {
  const command: Command<A> = { id, label, recipe };
  if (options.group) command.group = options.group;
  if (options.args) command.args = options.args;
  return command;
}

export interface Applied {
  doc: WorkshopDoc;
  patches: Patch[];
  inversePatches: Patch[];
  label: string;
  /** The command's group key for these args, or null. */
  group: string | null;
}

/**
 * Runs a command. Every record the command touched is checked against its schema and its
 * references, so an edit with bad arguments throws a CommandError and leaves `doc` as it was.
 */
export function run<A>(doc: WorkshopDoc, command: Command<A>, args: A): Applied {
  const [next, patches, inversePatches] = engine.produceWithPatches(doc, (draft) => command.recipe(draft, args));
  const problem = checkTouched(next, patches);
  if (problem) throw new CommandError(`${command.label}: ${problem}`);
  carryCellIndex(doc.cards, next.cards, patches);
  return { doc: next, patches, inversePatches, label: command.label, group: command.group?.(args) ?? null };
}
