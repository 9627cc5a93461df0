import { enablePatches, Immer } from 'immer';

enablePatches();

/**
 * The immer instance commands and undo run on. Auto-freeze is off: after each edit immer
 * would freeze the copied table, and on a 5,000-card workshop that walk costs as much as the
 * copy itself (test/bench/commands.bench.ts measured both). Documents are still never
 * mutated: every change goes through a command or a patch.
 */
export const engine = new Immer({ autoFreeze: false, useStrictIteration: false });
