import type { JSX } from 'react';
import { departmentsOf, type Department } from '../../shared/facilitation/departments';
import type { WorkshopDoc } from '../../shared/model/types';
import { useDoc } from '../state/documentStore';
import { setView, useView } from './view';

let last: { participants: unknown; cards: unknown; value: Department[] } | null = null;
const selectDepartments = (doc: WorkshopDoc): Department[] => {
  if (last?.participants !== doc.participants || last.cards !== doc.cards) last = { participants: doc.participants, cards: doc.cards, value: departmentsOf(doc) };
  return last.value;
};

/** The legend's part for running the workshop: department colours (owners and comment authors), dots, heat and comments. */
export function DepartmentLegend(): JSX.Element {
  const departments = useDoc(selectDepartments);
  const { owners } = useView();
  return (
    <div className="fs-legend-facilitation">
      <ul className="fs-legend-marks">
        <li><span className="fs-legend-mark" aria-hidden="true"><span className="fs-dots"><i /><i /></span></span><span>Dots in an open vote</span></li>
        <li><span className="fs-legend-mark" aria-hidden="true"><span className="fs-legend-heat">#1</span></span><span>Vote result: rank, dots, heat</span></li>
        <li><span className="fs-legend-mark" aria-hidden="true"><span className="fs-card-comments fs-legend-comments">2</span></span><span>Open comments</span></li>
      </ul>
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
