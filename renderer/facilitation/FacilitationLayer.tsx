import type { JSX } from 'react';
import { useUi } from '../state/ui';
import { ParkingDock } from './ParkingDock';
import { Timer } from './Timer';
import { VoteDialog } from './VoteDialog';
import { VoteResults } from './VoteResults';
import { NodeMarks } from './NodeMarks';
import { setView, useView } from './view';
import './facilitation.css';

/**
 * The workshop's tools over the canvas: the timer, the results and the parking lot in a column on
 * its right side while any is open, and the New vote dialog (the voting bar is docked above the
 * canvas). Presentation mode shows none of it (its own corner holds the compact timer).
 */
export function FacilitationLayer(): JSX.Element | null {
  const { presentation } = useUi();
  const view = useView();
  if (presentation) return <NodeMarks />;
  return (
    <>
      <NodeMarks />
      {(view.timerOpen || view.resultsOpen || view.parkingOpen) && (
        <div className="fs-float-column">
          {view.timerOpen && <Timer onClose={() => setView({ timerOpen: false })} />}
          {view.resultsOpen && <VoteResults />}
          {view.parkingOpen && <ParkingDock />}
        </div>
      )}
      {view.voteDialog && <VoteDialog onClose={() => setView({ voteDialog: false })} />}
    </>
  );
}
