import { useId, type JSX } from 'react';
import { columnsOf, lanesOf, type WorkshopDoc } from '../../shared/model';

/** Where a participant's card goes: a `Lane` and a `Step` of the blueprint, chosen from lists (easier on a phone than dragging). */
export function CellPicker({ doc, blueprintId, laneId, stepId, onChange }: {
  doc: WorkshopDoc;
  blueprintId: string;
  laneId: string;
  stepId: string;
  onChange: (cell: { laneId: string; stepId: string }) => void;
}): JSX.Element {
  const ids = useId();
  const lanes = lanesOf(doc, blueprintId).filter((l) => !l.hidden || l.id === laneId);
  const steps = columnsOf(doc, blueprintId);
  return (
    <>
      <label className="fs-field-label" htmlFor={`${ids}-lane`}>Lane</label>
      <select id={`${ids}-lane`} className="fs-input fs-select" value={laneId} onChange={(e) => onChange({ laneId: e.target.value, stepId })}>
        {lanes.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
      </select>
      <label className="fs-field-label" htmlFor={`${ids}-step`}>Step</label>
      <select id={`${ids}-step`} className="fs-input fs-select" value={stepId} onChange={(e) => onChange({ laneId, stepId: e.target.value })}>
        {steps.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
    </>
  );
}
