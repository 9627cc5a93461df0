/** A command refused its arguments; the message is for the person who made the edit. */
export class CommandError extends Error {
  override name = 'CommandError';
}

export function refuse(message: string): never {
  throw new CommandError(message);
}
