import { useId, useState, type JSX } from 'react';
import { useDoc } from '../state/documentStore';
import { segments } from '../../shared/commands/workshop';
import { listEdits, listOf, sameItems } from './listEdits';
import { RecordList } from './RecordList';
import { RowInput } from './RowInput';
import { Section } from './Section';

const edits = listEdits('segments', segments);
const selectSegments = listOf('segments');

/** Segments and personas; one may be the best customers whose experience benchmarks replicate. */
export function SegmentsSection(): JSX.Element {
  const group = useId();
  const list = useDoc(selectSegments, sameItems);
  const [added, setAdded] = useState<string | null>(null);
  const best = list.find((s) => s.bestCustomers);
  return (
    <Section title="Segments & personas" count={list.length}>
      <RecordList
        items={list} noun="segment" nameOf={(s) => s.name || 'unnamed'} empty="No segments yet."
        onAdd={() => setAdded(edits.add())} onMove={edits.move} onRemove={edits.remove}
        render={(s, i) => (
          <>
            <RowInput label={`Segment ${i + 1}`} placeholder="Segment or persona" className="fs-strong" value={s.name} autoFocus={s.id === added} onChange={(v) => edits.type(s.id, 'name', v)} />
            <RowInput label={`Who segment ${i + 1} is`} multiline placeholder="Who they are, what they need" value={s.description} onChange={(v) => edits.type(s.id, 'description', v)} />
            <label className={`fs-best${s.bestCustomers ? ' is-best' : ''}`}>
              <input type="radio" name={group} checked={s.bestCustomers} onChange={() => edits.set(s.id, { bestCustomers: true })} />
              <span>{s.bestCustomers ? '★ Best customers' : 'Best customers'}</span>
            </label>
          </>
        )}
      />
      {best && (
        <button type="button" className="fs-link fs-link-quiet" onClick={() => edits.set(best.id, { bestCustomers: false })}>Clear best customers</button>
      )}
    </Section>
  );
}
