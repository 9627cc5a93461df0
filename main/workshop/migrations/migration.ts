import type { Db } from '../sqlite';

/** One step of the file format, applied inside a transaction that also bumps user_version. */
export interface Migration {
  /** The format version the file has after this migration. */
  version: number;
  name: string;
  up(db: Db): void;
}
