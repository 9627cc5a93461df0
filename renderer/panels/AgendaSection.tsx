import { useState, type JSX } from 'react';
import { LIMITS } from '../../shared/model/text';
import { useDoc } from '../state/documentStore';
import { agenda } from '../../shared/commands/workshop';
import { listEdits, listOf, sameItems } from './listEdits';
import { RecordList } from './RecordList';
import { RowInput } from './RowInput';
import { Section } from './Section';
import { formatMinutes } from '../../shared/render/format';
import { minutesFrom } from './minutes';

const edits = listEdits('agenda', agenda);
const selectAgenda = listOf('agenda');

/** The day's plan in time-boxes, with what is left. */
export function AgendaSection(): JSX.Element {
  const items = useDoc(selectAgenda, sameItems);
  const [added, setAdded] = useState<string | null>(null);
  const total = items.reduce((sum, a) => sum + a.minutes, 0);
  const left = items.reduce((sum, a) => sum + (a.done ? 0 : a.minutes), 0);
  return (
    <Section title="Agenda" count={items.length}>
      {items.length > 0 && (
        <p className="fs-agenda-total">{formatMinutes(total)} planned · {formatMinutes(left)} to go</p>
      )}
      <RecordList
        items={items} noun="agenda item" nameOf={(a) => a.title || 'untitled'} empty="No agenda yet."
        onAdd={() => setAdded(edits.add())} onMove={edits.move} onRemove={edits.remove}
        render={(a, i) => (
          <div className={`fs-agenda-row${a.done ? ' is-done' : ''}`}>
            <input
              type="checkbox" className="fs-agenda-done" aria-label={`Agenda item ${i + 1} done`} checked={a.done}
              onChange={(e) => edits.set(a.id, { done: e.target.checked })}
            />
            <RowInput label={`Agenda item ${i + 1}`} placeholder="Session" max={LIMITS.title} value={a.title} autoFocus={a.id === added} onChange={(v) => edits.type(a.id, 'title', v)} />
            <input
              className="fs-input fs-row-input fs-minutes" type="number" min={0} max={1440} step={5} aria-label={`Minutes for agenda item ${i + 1}`}
              value={a.minutes} onChange={(e) => edits.type(a.id, 'minutes', minutesFrom(e.target.value))}
            />
            <span className="fs-minutes-unit" aria-hidden="true">min</span>
          </div>
        )}
      />
    </Section>
  );
}
