/** The workshop file: one SQLite database per workshop (docs/file-format.md). */
export { APPLICATION_ID, EXTENSION, FORMAT_VERSION } from './format';
export { WorkshopError, type WorkshopErrorCode } from './errors';
export { checkWorkshopFile, readWorkshop, readWorkshopCopy } from './open';
export { writeWorkshopFile } from './write';
export { WorkshopSession, type SessionOptions } from './session';
export { defaultWorkDir } from './workDir';
export { openDatabase, setNativeBinding } from './sqlite';
export type { Migration } from './migrations';
