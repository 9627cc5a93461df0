import type { Patch } from 'immer';
import { carryCellIndex } from '../commands/cellIndex';
import { run, type Command } from '../commands/command';
import { engine } from '../commands/engine';
import { CommandError } from '../commands/errors';
import { commands } from '../commands';
import type { WorkshopDoc } from '../model/types';
import type { Edit } from './protocol';

/** What an edit did to a document. */
export interface EditResult {
  doc: WorkshopDoc;
  patches: Patch[];
}

/** The registry's command for an id, never something inherited from Object.prototype. */
export function commandById(id: string): Command<unknown> | undefined {
  return Object.hasOwn(commands, id) ? (commands[id] as Command<unknown>) : undefined;
}

/** Applies patches to a document without changing it, keeping the cell index of its cards. */
export function applyPatchesTo(doc: WorkshopDoc, patches: Patch[]): WorkshopDoc {
  if (!patches.length) return doc;
  const next = engine.applyPatches(doc, patches);
  carryCellIndex(doc.cards, next.cards, patches);
  return next;
}

/**
 * Runs an edit the way a client replays it on top of what the host confirmed: a command by
 * its id, or a revert's patches. Throws a CommandError when it no longer fits the document.
 */
export function runEdit(doc: WorkshopDoc, edit: Edit): EditResult {
  if (edit.kind === 'revert') {
    try {
      return { doc: applyPatchesTo(doc, edit.patches as Patch[]), patches: edit.patches as Patch[] };
    } catch (error) {
      throw new CommandError(`${edit.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const command = commandById(edit.command) ?? (() => { throw new CommandError(`there is no command "${edit.command}"`); })();
  const applied = run(doc, command, edit.args);
  return { doc: applied.doc, patches: applied.patches };
}
