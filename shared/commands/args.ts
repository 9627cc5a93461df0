import { z } from 'zod';
import { idSchema } from '../model/text';

/**
 * Building blocks of the argument schemas every command declares. They check shape and size
 * only, so a command that arrives from another window or device is refused with a message
 * before its recipe runs; what the arguments mean (does that card exist?) is the recipe's job.
 */
export const id = idSchema;

/** Lists of ids one edit may name: a selection, a presentation order, new ids for a paste. */
export const ids = (max = 5_000) => z.array(idSchema).max(max);

/** A place among siblings; past the end means last. */
export const index = z.number().int().min(0).max(1_000_000);

/** Epoch milliseconds, passed in so recipes stay pure. */
export const epochMs = z.number().int().min(0).max(8.64e15);

/** Old id -> new id, for duplicates and pastes. */
export const idMap = (max = 50_000) =>
  z.record(idSchema, idSchema).refine((map) => Object.keys(map).length <= max, { message: `names more than ${max} ids` });

export const args = z.strictObject;
