import { getDoc } from '../state/documentStore';
import { refusal } from './connections';
import type { Edit } from './edits';
import { perform } from './perform';

/** Performs the edit unless the document would refuse it; returns the refusal for showing inline. */
export function attempt<A>(edit: Edit<A>): string | null {
  const problem = refusal(getDoc(), edit.command, edit.args);
  if (problem === null) perform(edit);
  return problem;
}
