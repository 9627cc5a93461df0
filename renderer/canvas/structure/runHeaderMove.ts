import { moveLane } from '../../../shared/commands/lanes';
import { moveStage } from '../../../shared/commands/stages';
import { moveStep } from '../../../shared/commands/steps';
import { dispatch } from '../../state/documentStore';
import type { HeaderMove } from './headerMoves';

/** Runs a header move as its one undoable command. */
export function runHeaderMove(move: HeaderMove): void {
  if (move.kind === 'lane') dispatch(moveLane, move.args);
  else if (move.kind === 'stage') dispatch(moveStage, move.args);
  else dispatch(moveStep, move.args);
}
