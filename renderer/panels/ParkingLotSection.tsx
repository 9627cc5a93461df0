import { useState, type JSX } from 'react';
import { useDoc } from '../state/documentStore';
import { parkingLot } from '../../shared/commands/workshop';
import { listEdits, listOf, sameItems } from './listEdits';
import { RecordList } from './RecordList';
import { RowInput } from './RowInput';
import { Section } from './Section';

const edits = listEdits('parkingLot', parkingLot);
const selectNotes = listOf('parkingLot');

/** Loose ideas and questions that do not belong on the blueprint yet. */
export function ParkingLotSection(): JSX.Element {
  const notes = useDoc(selectNotes, sameItems);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Section title="Parking lot" count={notes.length}>
      <RecordList
        items={notes} noun="note" nameOf={(n) => n.text.slice(0, 40) || 'empty'} empty="Nothing parked."
        onAdd={() => setAdded(edits.add())} onMove={edits.move} onRemove={edits.remove}
        render={(n, i) => (
          <>
            <RowInput label={`Parked note ${i + 1}`} multiline placeholder="An idea or question for later" value={n.text} autoFocus={n.id === added} onChange={(v) => edits.type(n.id, 'text', v)} />
            <RowInput label={`Raised by (note ${i + 1})`} placeholder="Raised by" value={n.author} onChange={(v) => edits.type(n.id, 'author', v)} />
          </>
        )}
      />
    </Section>
  );
}
