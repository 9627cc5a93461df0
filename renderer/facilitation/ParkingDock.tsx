import { useEffect, useId, useState, type JSX } from 'react';
import { parkingLot } from '../../shared/commands/workshop';
import { columnsOf, lanesOf, sorted } from '../../shared/model/queries';
import { newId } from '../../shared/model/ids';
import type { ParkingNote, WorkshopDoc } from '../../shared/model/types';
import { dispatch, getDoc, useDoc } from '../state/documentStore';
import { getSelection, useSelection } from '../state/selection';
import { canvas } from '../canvas/controller';
import { cleanPara } from '../components/text';
import { dropNote, NOTE_TYPE, placeNote } from './parking';
import { setView } from './view';

const selectNotes = (doc: WorkshopDoc) => sorted(Object.values(doc.parkingLot));
const sameNotes = (a: ParkingNote[], b: ParkingNote[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Notes dragged from the dock land in the canvas cell under the pointer. */
function useNoteDrops(): void {
  useEffect(() => {
    const onCanvas = (e: DragEvent) => e.dataTransfer?.types.includes(NOTE_TYPE) && (e.target as Element | null)?.closest?.('.fs-canvas');
    const over = (e: DragEvent) => {
      if (!onCanvas(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'move';
    };
    const drop = (e: DragEvent) => {
      if (!onCanvas(e)) return;
      e.preventDefault();
      dropNote(e.dataTransfer!.getData(NOTE_TYPE), e.clientX, e.clientY);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  }, []);
}

/**
 * The parking lot beside the canvas while the workshop runs: add a note in a keystroke, drag a
 * note onto a cell (or place it with the keyboard) to make it a card, drop a card here to park it.
 */
export function ParkingDock(): JSX.Element {
  const id = useId();
  const notes = useDoc(selectNotes, sameNotes);
  const [text, setText] = useState('');
  const [placing, setPlacing] = useState<string | null>(null);
  useNoteDrops();
  const add = () => {
    if (!text.trim()) return;
    dispatch(parkingLot.add, { id: newId('n'), fields: { text: text.trim() } });
    setText('');
  };
  return (
    <section className="fs-float-panel fs-parking" aria-labelledby={`${id}-h`}>
      <header className="fs-float-head">
        <h2 id={`${id}-h`}>Parking lot</h2>
        <span className="fs-count">{notes.length}</span>
        <button type="button" className="fs-icon-btn" onClick={() => setView({ parkingOpen: false })}><span aria-hidden="true">×</span><span className="fs-sr-only">Hide parking lot</span></button>
      </header>
      <form className="fs-parking-add" onSubmit={(e) => { e.preventDefault(); add(); }}>
        <textarea
          className="fs-input" rows={2} aria-label="New parking-lot note" placeholder="Park an idea or question… (Enter adds it)" value={text}
          onChange={(e) => setText(cleanPara(e.target.value))}
          onKeyDown={(e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); add(); } }}
        />
      </form>
      {notes.length === 0 && <p className="fs-muted fs-empty">Nothing parked. Drop a card here to park it.</p>}
      <ul className="fs-parking-notes">
        {notes.map((n) => (
          <li
            key={n.id} className="fs-parking-note" draggable
            onDragStart={(e) => { e.dataTransfer.setData(NOTE_TYPE, n.id); e.dataTransfer.setData('text/plain', n.text); e.dataTransfer.effectAllowed = 'move'; }}
          >
            <p className="fs-parking-text">{n.text || <em>Empty note</em>}</p>
            {n.author && <p className="fs-muted">{n.author}</p>}
            <div className="fs-parking-tools">
              <button
                type="button" className="fs-link" aria-expanded={placing === n.id} aria-label={`Place on blueprint: ${excerpt(n.text)}`}
                onClick={() => setPlacing(placing === n.id ? null : n.id)}
              >
                Place on blueprint
              </button>
              <button type="button" className="fs-link fs-link-quiet" aria-label={`Delete note: ${excerpt(n.text)}`} onClick={() => dispatch(parkingLot.remove, { ids: [n.id] })}>
                Delete
              </button>
            </div>
            {placing === n.id && <PlaceNote noteId={n.id} onDone={() => setPlacing(null)} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where a note goes without a mouse: a lane and a step, preset to the selected card's cell or the one in view. */
function PlaceNote({ noteId, onDone }: { noteId: string; onDone: () => void }): JSX.Element | null {
  const { blueprintId } = useSelection();
  const lanes = useDoc((doc) => (blueprintId ? lanesOf(doc, blueprintId).filter((l) => !l.hidden) : []), sameList);
  const steps = useDoc((doc) => (blueprintId ? columnsOf(doc, blueprintId).map((s) => ({ id: s.id, name: `${doc.stages[s.stageId]?.name ?? ''} · ${s.name || 'Untitled step'}` })) : []), sameSteps);
  const [cell] = useState(() => {
    const selected = getDoc().cards[getSelection().cardIds[0] ?? ''];
    return selected ? { laneId: selected.laneId, stepId: selected.stepId } : canvas()?.cellInView() ?? null;
  });
  const [laneId, setLaneId] = useState(cell?.laneId ?? lanes[0]?.id ?? '');
  const [stepId, setStepId] = useState(cell?.stepId ?? steps[0]?.id ?? '');
  if (!lanes.length || !steps.length) return <p className="fs-muted">This blueprint needs lanes and steps first.</p>;
  return (
    <form className="fs-parking-place" onSubmit={(e) => { e.preventDefault(); placeNote(noteId, laneId, stepId); onDone(); }}>
      <select className="fs-input fs-select" aria-label="Lane" value={laneId} autoFocus onChange={(e) => setLaneId(e.target.value)}>
        {lanes.map((l) => <option key={l.id} value={l.id}>{l.name || 'Untitled lane'}</option>)}
      </select>
      <select className="fs-input fs-select" aria-label="Step" value={stepId} onChange={(e) => setStepId(e.target.value)}>
        {steps.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
      <button type="submit" className="fs-btn fs-btn-primary">Place card</button>
    </form>
  );
}

/** A note named in a button: its first words. */
const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text) || 'empty note';

function sameSteps(a: { id: string; name: string }[], b: { id: string; name: string }[]): boolean {
  return a.length === b.length && a.every((x, i) => x.id === b[i]!.id && x.name === b[i]!.name);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
