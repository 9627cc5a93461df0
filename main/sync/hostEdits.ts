import type { Patch } from 'immer';
import { CommandError, run } from '../../shared/commands/command';
import { carryCellIndex } from '../../shared/commands/cellIndex';
import { formatPath } from '../../shared/model/integrity';
import type { WorkshopDoc } from '../../shared/model/types';
import { commandById } from '../../shared/sync/edits';
import type { Edit } from '../../shared/sync/protocol';
import { ServiceError } from '../service/errors';
import { WorkshopError } from '../workshop/errors';
import { applyEdit, detachedCopy, rowChangesOf, type Edit as RowEdit } from '../workshop/patches';

/** An edit the host ran: the document after it, its patches for the clients, and its rows (with what they were) for the file. */
export interface HostEdit {
  doc: WorkshopDoc;
  patches: Patch[];
  rows: Pick<RowEdit, 'changes' | 'before'>;
  label: string;
}

/**
 * Runs a client's command on the host's document: the command must exist, its arguments must
 * match its schema, and its recipe must accept them. Refusals say what was wrong in one sentence.
 */
export function runCommand(doc: WorkshopDoc, edit: Extract<Edit, { kind: 'command' }>): HostEdit {
  const command = commandById(edit.command);
  if (!command) throw new ServiceError('bad-request', `There is no command "${edit.command.slice(0, 64)}".`);
  const parsed = command.args?.safeParse(edit.args);
  if (!parsed?.success) {
    const issue = parsed?.error.issues[0];
    const where = issue ? formatPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))) : '';
    throw new ServiceError('bad-request', `${command.label} was refused: ${where ? `${where} ` : ''}${issue?.message ?? 'its arguments cannot be checked'}.`);
  }
  try {
    const applied = run(doc, command, parsed.data);
    return { doc: applied.doc, patches: applied.patches, rows: rowChangesOf(doc, applied.doc, applied.patches), label: command.label };
  } catch (error) {
    if (error instanceof CommandError) throw new ServiceError('bad-request', `${error.message.replace(/\.$/, '')}.`);
    throw error;
  }
}

/**
 * Runs an undo or redo: its patches are checked like a file's records (schema, references,
 * nothing left pointing at what they delete). One that no longer fits is refused.
 */
export function runRevert(doc: WorkshopDoc, edit: Extract<Edit, { kind: 'revert' }>): HostEdit {
  const patches = edit.patches as Patch[];
  const next = detachedCopy(doc, patches);
  try {
    const applied = applyEdit(next, patches);
    carryCellIndex(doc.cards, next.cards, patches);
    return { doc: next, patches, rows: applied, label: edit.label };
  } catch (error) {
    if (error instanceof WorkshopError && error.code === 'invalid') {
      throw new ServiceError('conflict', `Could not ${edit.label}: the workshop has changed since (${error.message.replace(/^the change was refused: /, '')}).`);
    }
    throw error;
  }
}

/** The records (or workshop fields) a list of patches writes, as keys for who-changed-what. */
export function touchedKeys(patches: readonly Patch[]): string[] {
  const keys = new Set<string>();
  for (const { path } of patches) keys.add(path[0] === 'workshop' ? `workshop\u0000${String(path[1] ?? '')}` : `${String(path[0])}\u0000${String(path[1] ?? '')}`);
  return [...keys];
}
