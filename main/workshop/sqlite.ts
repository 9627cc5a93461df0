import Database from 'better-sqlite3';

let nativeBinding: string | null = null;

/**
 * The Electron main process runs a different Node ABI than the CLI and the tests, so it points
 * better-sqlite3 at a build for Electron before any workshop is opened. `null` restores the default.
 */
export function setNativeBinding(path: string | null): void {
  nativeBinding = path;
}

/** The binding set for this process (a save worker loads the same one). */
export function nativeBindingInUse(): string | null {
  return nativeBinding;
}

/** The only place a better-sqlite3 Database is constructed, so the native binding applies everywhere. */
export function openDatabase(source: string | Buffer, options: Database.Options = {}): Db {
  return new Database(source, nativeBinding ? { ...options, nativeBinding } : options);
}

export type Db = Database.Database;
