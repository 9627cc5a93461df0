import { useId, useState, type FormEvent, type JSX } from 'react';
import { addCard } from '../../shared/commands';
import { columnsOf, lanesOf, newId, type WorkshopDoc } from '../../shared/model';
import { Modal } from '../dialogs/Modal';
import { dispatch, useDoc } from '../state/documentStore';
import { CellPicker } from './CellPicker';

const selectDoc = (doc: WorkshopDoc) => doc;

/** A participant's sticky: its title, in the lane and step they choose; it is theirs to edit and delete. */
export function AddCardDialog({ blueprintId, participantId, onClose }: { blueprintId: string; participantId: string; onClose: () => void }): JSX.Element {
  const doc = useDoc(selectDoc);
  const lanes = lanesOf(doc, blueprintId).filter((l) => !l.hidden);
  const steps = columnsOf(doc, blueprintId);
  const ids = useId();
  const [cell, setCell] = useState({ laneId: lanes.find((l) => l.kind === 'customer')?.id ?? lanes[0]?.id ?? '', stepId: steps[0]?.id ?? '' });
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !cell.laneId || !cell.stepId) return;
    dispatch(addCard, { id: newId('c'), ...cell, fields: { title: title.trim() }, createdBy: participantId });
    onClose();
  };
  return (
    <Modal title="Add card" lead="Your card goes into the lane and step you choose; you can edit or delete it later." onClose={onClose}>
      <form className="fs-modal-body fs-sheet" onSubmit={submit}>
        <label className="fs-field-label" htmlFor={`${ids}-title`}>Title</label>
        <input id={`${ids}-title`} className="fs-input" value={title} maxLength={500} autoComplete="off" onChange={(e) => setTitle(e.target.value)} data-autofocus />
        <CellPicker doc={doc} blueprintId={blueprintId} laneId={cell.laneId} stepId={cell.stepId} onChange={setCell} />
        <div className="fs-sheet-row fs-sheet-end">
          <button type="button" className="fs-btn" onClick={onClose}>Cancel</button>
          <button type="submit" className="fs-btn fs-btn-primary" disabled={!title.trim()}>Add</button>
        </div>
      </form>
    </Modal>
  );
}
