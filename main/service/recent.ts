import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/api/contract';
import { PRIVATE_DIR, writePrivateFile } from '../workshop/files';

const MAX_RECENT = 10;

const recentSchema = z.object({
  files: z.array(z.object({ path: z.string().min(1).max(4096), title: z.string().max(500), openedAt: z.number() })).max(100),
});

/** The recent files list, a small JSON file the welcome screen and the Open Recent menu read. */
export class RecentFiles {
  constructor(private readonly file: string) {}

  /** Files that still exist, newest first. A damaged list reads as empty rather than failing. */
  list(): RecentFile[] {
    return this.read().filter((f) => existsSync(f.path));
  }

  add(path: string, title: string, now = Date.now()): void {
    const files = [{ path, title, openedAt: now }, ...this.read().filter((f) => f.path !== path)].slice(0, MAX_RECENT);
    // The list names the user's files: only the user may read it.
    mkdirSync(dirname(this.file), { recursive: true, mode: PRIVATE_DIR });
    const temp = `${this.file}.${process.pid}.tmp`;
    writePrivateFile(temp, JSON.stringify({ files }, null, 2));
    renameSync(temp, this.file);
  }

  private read(): RecentFile[] {
    try {
      const parsed = recentSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data.files : [];
    } catch {
      return [];
    }
  }
}
