import { latestVersion, MIGRATIONS } from './migrations';

/** PRAGMA application_id of every workshop file: the bytes "FSTG". */
export const APPLICATION_ID = 1179866183;

/** PRAGMA user_version this build writes; files with a higher one come from a newer Frontstage. */
export const FORMAT_VERSION = latestVersion(MIGRATIONS);

export const EXTENSION = '.frontstage';
