/** A failure caused by what the user asked for or gave us; its message is shown as is. */
export class CliError extends Error {
  override name = 'CliError';
}

const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\u2028\u2029]/g;

/**
 * Messages can quote hostile input (a field name, a file name), so anything that could break
 * the one-line promise or reorder text on a terminal is shown as an escape instead.
 */
export function printable(message: string): string {
  return message.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

const USER_FACING = new Set(['CliError', 'WorkshopError', 'TemplateError']);

/** The message of anything thrown: our own errors speak to the user; anything else is a fault. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    return USER_FACING.has(error.name) ? error.message : `unexpected failure: ${error.message}`;
  }
  return `unexpected failure: ${String(error)}`;
}
