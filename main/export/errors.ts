/** Thrown for an export that cannot be made as asked; the message is for the user. */
export class ExportError extends Error {
  override name = 'ExportError';
}
