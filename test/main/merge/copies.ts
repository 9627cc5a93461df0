import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../../../main/sync/hostEdits';
import { WorkshopSession } from '../../../main/workshop';
import type { Command } from '../../../shared/commands';
import type { WorkshopDoc } from '../../../shared/model';

/** One copy of a workshop file being edited the way the host does it: commands, committed with their stamps. */
export class Editor {
  readonly session: WorkshopSession;
  constructor(readonly file: string, workDir: string) {
    this.session = WorkshopSession.open(file, { workDir });
  }

  get doc(): WorkshopDoc {
    return this.session.doc;
  }

  run<A>(command: Command<A>, args: A): void {
    const done = runCommand(this.session.doc, { kind: 'command', command: command.id, args });
    this.session.commit(done.doc, done.rows, Date.now());
  }

  /** Saves and ends the session. */
  done(): void {
    this.session.save();
    this.session.close();
  }
}

/** Copies of `base` as files another person would receive: byte-for-byte copies. */
export function copiesOf(base: string, dir: string, names: string[]): string[] {
  return names.map((name) => {
    const path = join(dir, `${name}.frontstage`);
    copyFileSync(base, path);
    return path;
  });
}

/** Edits a file in one session and saves it. */
export function edit(file: string, workDir: string, work: (editor: Editor) => void): void {
  const editor = new Editor(file, workDir);
  try {
    work(editor);
  } finally {
    editor.done();
  }
}
