import type { JSX } from 'react';
import { departmentsOf, type Department } from '../../shared/facilitation/departments';
import { roundsOf } from '../../shared/facilitation/votes';
import type { WorkshopDoc } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { useSelection } from '../state/selection';

let last: { participants: unknown; cards: unknown; value: Department[] } | null = null;
const selectDepartments = (doc: WorkshopDoc): Department[] => {
  if (last?.participants !== doc.participants || last.cards !== doc.cards) last = { participants: doc.participants, cards: doc.cards, value: departmentsOf(doc) };
  return last.value;
};
const hasOpenComments = (doc: WorkshopDoc) => Object.values(doc.comments).some((c) => !c.resolved && c.parentId === null);

/**
 * The legend's groups for running the workshop, in the docked legend's strip: the marks of votes
 * and comments (those the blueprint shows now; the rest would only widen the strip), and the
 * department colours of owners and comment authors (the Participants section turns the owners'
 * colours on cards off). Nothing in it takes the focus: the strip itself is the keyboard's stop.
 */
export function DepartmentLegend({ idPrefix }: { idPrefix: string }): JSX.Element | null {
  const departments = useDoc(selectDepartments);
  const { blueprintId } = useSelection();
  const votes = useDoc((doc) => (blueprintId ? roundsOf(doc, blueprintId).length > 0 : false));
  const comments = useDoc(hasOpenComments);
  return (
    <>
      {(votes || comments) && (
        <div className="fs-legend-group">
          <div className="fs-legend-title" id={`${idPrefix}-room`}>In the room</div>
          <ul aria-labelledby={`${idPrefix}-room`}>
            {votes && (
              <li className="fs-legend-entry">
                <span className="fs-legend-mark" aria-hidden="true"><span className="fs-dots"><i /><i /></span></span><span>Dots in an open vote</span>
              </li>
            )}
            {votes && (
              <li className="fs-legend-entry">
                <span className="fs-legend-mark" aria-hidden="true"><span className="fs-legend-heat">#1</span></span><span>Vote result: rank, dots, heat</span>
              </li>
            )}
            {comments && (
              <li className="fs-legend-entry">
                <span className="fs-legend-mark" aria-hidden="true"><span className="fs-card-comments">2</span></span><span>Open comments</span>
              </li>
            )}
          </ul>
        </div>
      )}
      {departments.length > 0 && (
        <div className="fs-legend-group fs-legend-depts-group">
          <div className="fs-legend-title" id={`${idPrefix}-depts`}>Departments</div>
          <ul aria-labelledby={`${idPrefix}-depts`} className="fs-legend-depts">
            {departments.map((d) => (
              <li key={d.key} className={`fs-legend-entry fs-dept-swatch fs-dept-${d.colour}`}>{d.name}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
