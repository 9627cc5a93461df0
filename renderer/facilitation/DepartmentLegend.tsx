import type { JSX } from 'react';
import { departmentsOf, type Department } from '../../shared/facilitation/departments';
import type { WorkshopDoc } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { useSelection } from '../state/selection';
import { roundsOf } from '../../shared/facilitation/votes';
import { setView, useView } from './view';

let last: { participants: unknown; cards: unknown; value: Department[] } | null = null;
const selectDepartments = (doc: WorkshopDoc): Department[] => {
  if (last?.participants !== doc.participants || last.cards !== doc.cards) last = { participants: doc.participants, cards: doc.cards, value: departmentsOf(doc) };
  return last.value;
};

/** The legend's part for running the workshop: department colours (owners and comment authors), dots, heat and comments. */
export function DepartmentLegend(): JSX.Element | null {
  const departments = useDoc(selectDepartments);
  const { blueprintId } = useSelection();
  // Marks the blueprint shows now are explained; the rest would only make the legend taller.
  const votes = useDoc((doc) => (blueprintId ? roundsOf(doc, blueprintId).length > 0 : false));
  const comments = useDoc((doc) => doc.comments);
  const hasComments = Object.values(comments).some((c) => !c.resolved && c.parentId === null);
  const { owners } = useView();
  if (!votes && !hasComments && departments.length === 0) return null;
  return (
    <div className="fs-legend-facilitation">
      {(votes || hasComments) && (
        <ul className="fs-legend-marks">
          {votes && <li><span className="fs-legend-mark" aria-hidden="true"><span className="fs-dots"><i /><i /></span></span><span>Dots in an open vote</span></li>}
          {votes && <li><span className="fs-legend-mark" aria-hidden="true"><span className="fs-legend-heat">#1</span></span><span>Vote result: rank, dots, heat</span></li>}
          {hasComments && <li><span className="fs-legend-mark" aria-hidden="true"><span className="fs-card-comments fs-legend-comments">2</span></span><span>Open comments</span></li>}
        </ul>
      )}
      {departments.length > 0 && (
        <>
          <div className="fs-legend-depts-head">
            <strong>Departments</strong>
            <label className="fs-check">
              <input type="checkbox" checked={owners} onChange={(e) => setView({ owners: e.target.checked })} />
              <span>Owners on cards</span>
            </label>
          </div>
          <ul className="fs-legend-depts" aria-label="Departments">
            {departments.map((d) => (
              <li key={d.key} className={`fs-dept-swatch fs-dept-${d.colour}`}>{d.name}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
