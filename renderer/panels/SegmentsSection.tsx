import { useId, useState, type JSX } from 'react';
import { dispatch, useDoc } from '../state/documentStore';
import { listEdits, listOf, sameItems } from './listEdits';
import { RecordList } from './RecordList';
import { RowInput } from './RowInput';
import { Section } from './Section';
import { flagBestCustomers } from './workshopCommands';

const edits = listEdits('segments', { name: '', description: '', bestCustomers: false });
const selectSegments = listOf('segments');

/** Segments and personas; one may be the best customers whose experience benchmarks replicate. */
export function SegmentsSection(): JSX.Element {
  const group = useId();
  const segments = useDoc(selectSegments, sameItems);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Section title="Segments & personas" count={segments.length}>
      <RecordList
        items={segments} noun="segment" nameOf={(s) => s.name || 'unnamed'} empty="No segments yet."
        onAdd={() => setAdded(edits.add())} onMove={edits.move} onRemove={edits.remove}
        render={(s, i) => (
          <>
            <RowInput label={`Segment ${i + 1}`} placeholder="Segment or persona" className="fs-strong" value={s.name} autoFocus={s.id === added} onChange={(v) => edits.type(s.id, 'name', v)} />
            <RowInput label={`Who segment ${i + 1} is`} multiline placeholder="Who they are, what they need" value={s.description} onChange={(v) => edits.type(s.id, 'description', v)} />
            <label className={`fs-best${s.bestCustomers ? ' is-best' : ''}`}>
              <input type="radio" name={group} checked={s.bestCustomers} onChange={() => dispatch(flagBestCustomers, { segmentId: s.id })} />
              <span>{s.bestCustomers ? '★ Best customers' : 'Best customers'}</span>
            </label>
          </>
        )}
      />
      {segments.some((s) => s.bestCustomers) && (
        <button type="button" className="fs-link fs-link-quiet" onClick={() => dispatch(flagBestCustomers, { segmentId: null })}>Clear best customers</button>
      )}
    </Section>
  );
}
