// Typing in one field merges into one undo step; focusing a field again starts a new burst, so
// two separate visits to the same field stay two steps.
let burst = 0;

/** Call when focus moves to another field. */
export function startBurst(): void {
  burst++;
}

/** The undo group for typing into `field` during the current burst. */
export function burstGroup(field: string): string {
  return `${field}:${burst}`;
}
