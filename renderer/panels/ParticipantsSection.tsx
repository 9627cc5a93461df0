import { useId, useState, type JSX } from 'react';
import { useDoc } from '../state/documentStore';
import { participants } from '../../shared/commands/workshop';
import { listEdits, listOf, sameItems } from './listEdits';
import { RecordList } from './RecordList';
import { RowInput } from './RowInput';
import { Section } from './Section';
import { departmentColoursOf, deptClass } from '../facilitation/authors';
import { setView, useView } from '../facilitation/view';

const DEPARTMENTS = ['Product', 'Marketing', 'Sales', 'Customer service', 'Operations', 'IT', 'Finance', 'Legal'];
const edits = listEdits('participants', participants);
const selectParticipants = listOf('participants');

/** Who is in the room: the departments they bring are the owners cards can name. */
export function ParticipantsSection(): JSX.Element {
  const listId = useId();
  const people = useDoc(selectParticipants, sameItems);
  const colours = useDoc(departmentColoursOf);
  const { owners } = useView();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Section title="Participants" count={people.length}>
      <datalist id={listId}>{DEPARTMENTS.map((d) => <option key={d} value={d} />)}</datalist>
      <label className="fs-check fs-owners-toggle">
        <input type="checkbox" checked={owners} onChange={(e) => setView({ owners: e.target.checked })} />
        <span>Show each owner's department colour on the cards</span>
      </label>
      <RecordList
        items={people} noun="participant" nameOf={(p) => p.name || 'unnamed'} empty="Nobody listed yet."
        onAdd={() => setAdded(edits.add())} onMove={edits.move} onRemove={edits.remove}
        render={(p, i) => (
          <div className="fs-row fs-row-tight">
            <span className={`fs-participant-swatch ${deptClass(colours, p.department)}`} aria-hidden="true" />
            <RowInput label={`Name of participant ${i + 1}`} placeholder="Name" value={p.name} autoFocus={p.id === added} onChange={(v) => edits.type(p.id, 'name', v)} />
            <RowInput label={`Department of participant ${i + 1}`} placeholder="Department" list={listId} value={p.department} onChange={(v) => edits.type(p.id, 'department', v)} />
          </div>
        )}
      />
    </Section>
  );
}
