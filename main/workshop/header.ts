import { damaged, fileLabel, WorkshopError } from './errors';
import { APPLICATION_ID } from './format';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
export const HEADER_SIZE = 100;

/**
 * Identifies a workshop from its first 100 bytes (sqlite.org/fileformat.html, "The Database
 * Header") and its size, before SQLite parses anything and before the rest is read, so foreign,
 * truncated and too-new files get a precise message whatever their size. Returns the format version.
 */
export function identify(path: string, bytes: Buffer, newestReadable: number, size = bytes.length): number {
  const foreign = (why: string) => new WorkshopError('not-frontstage', `${fileLabel(path)} is not a Frontstage workshop (${why})`);
  if (size === 0) throw foreign('the file is empty');
  if (size < HEADER_SIZE || bytes.length < HEADER_SIZE || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw foreign('it is not a SQLite database');
  const applicationId = bytes.readInt32BE(68);
  if (applicationId !== APPLICATION_ID) {
    throw foreign(applicationId === 0 ? 'it is a SQLite database of another program' : `it belongs to another program, application id ${applicationId}`);
  }
  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw damaged(path, `its header names an impossible page size (${rawPageSize})`);
  // The page count in the header is only trusted when it was written by a SQLite that keeps it current.
  const pages = bytes.readUInt32BE(28);
  const countValid = bytes.readUInt32BE(24) === bytes.readUInt32BE(92);
  if (countValid && pages > 0 && size < pages * pageSize) {
    throw damaged(path, `it is truncated (${size} of ${pages * pageSize} bytes)`);
  }
  if (size % pageSize !== 0) throw damaged(path, `it is truncated (${size} bytes is not a whole number of ${pageSize}-byte pages)`);
  const version = bytes.readInt32BE(60);
  if (version < 0) throw damaged(path, `its format version ${version} is impossible`);
  if (version > newestReadable) {
    throw new WorkshopError('too-new', `${fileLabel(path)} was made by a newer Frontstage (format ${version}; this version reads up to ${newestReadable})`);
  }
  return version;
}

/**
 * SQLite cannot open an in-memory image whose header asks for WAL; bytes 18 and 19 set to 1
 * select the rollback journal without changing any content.
 */
export function withoutWalFlag(bytes: Buffer): Buffer {
  if (bytes[18] === 1 && bytes[19] === 1) return bytes;
  const copy = Buffer.from(bytes);
  copy[18] = 1;
  copy[19] = 1;
  return copy;
}
