import { enablePatches, Immer } from 'immer';

enablePatches();

/**
 * The immer instance commands and undo run on. Auto-freeze is off: after each edit immer
 * would walk and freeze the copied table, which on a 5,000-card workshop added about half the
 * cost of the copy itself (profiled with test/bench/commands.bench.ts). Documents are still
 * never mutated: every change goes through a command or a patch.
 */
export const engine = new Immer({ autoFreeze: false, useStrictIteration: false });
