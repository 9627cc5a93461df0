import { useState, type JSX } from 'react';
import { LIMITS } from '../../shared/model/text';
import { dispatch, useDoc } from '../state/documentStore';
import { agenda } from '../../shared/commands/workshop';
import { finishAgendaItem, startAgendaItem } from '../../shared/commands/timer';
import { timerElapsed } from '../../shared/facilitation/timer';
import type { AgendaItem, Timer } from '../../shared/model/types';
import { listEdits, listOf, sameItems } from './listEdits';
import { RecordList } from './RecordList';
import { RowInput } from './RowInput';
import { Section } from './Section';
import { formatMinutes } from '../../shared/render/format';
import { minutesFrom } from './minutes';
import { useNow } from '../facilitation/useNow';
import { unlockChime } from '../facilitation/chime';

const edits = listEdits('agenda', agenda);
const selectAgenda = listOf('agenda');

/** Minutes an item has actually run: the timer's while it counts the item down, else what was kept. */
function actualMinutes(item: AgendaItem, timer: Timer, now: number): number {
  return (timer.agendaItemId === item.id ? timerElapsed(timer, now) : item.actualSeconds) / 60;
}

function PlannedVsActual({ item, actual, current }: { item: AgendaItem; actual: number; current: boolean }): JSX.Element | null {
  if (!current && actual === 0 && item.startedAt === null) return null;
  const over = Math.round(actual) - item.minutes;
  return (
    <p className={`fs-agenda-actual${over > 0 ? ' is-over' : ''}`}>
      {current && <span className="fs-agenda-now">Now</span>}
      {formatMinutes(item.minutes)} planned · {formatMinutes(actual)} actual
      {over > 0 && <strong> · {formatMinutes(over)} over</strong>}
      {over < 0 && item.done && <span> · {formatMinutes(-over)} under</span>}
    </p>
  );
}

/** The day's plan in time-boxes: start an item to count it down, planned against actual time. */
export function AgendaSection(): JSX.Element {
  const items = useDoc(selectAgenda, sameItems);
  const timer = useDoc((doc) => doc.workshop.timer);
  const now = useNow(timer.startedAt !== null, 5_000);
  const [added, setAdded] = useState<string | null>(null);
  const total = items.reduce((sum, a) => sum + a.minutes, 0);
  const left = items.reduce((sum, a) => sum + (a.done ? 0 : a.minutes), 0);
  const spent = items.reduce((sum, a) => sum + actualMinutes(a, timer, now), 0);
  return (
    <Section title="Agenda" count={items.length}>
      {items.length > 0 && (
        <p className="fs-agenda-total">{formatMinutes(total)} planned · {formatMinutes(spent)} actual · {formatMinutes(left)} to go</p>
      )}
      <RecordList
        items={items} noun="agenda item" nameOf={(a) => a.title || 'untitled'} empty="No agenda yet."
        onAdd={() => setAdded(edits.add())} onMove={edits.move} onRemove={edits.remove}
        render={(a, i) => {
          const current = timer.agendaItemId === a.id;
          return (
            <>
              <div className={`fs-agenda-row${a.done ? ' is-done' : ''}${current ? ' is-current' : ''}`}>
                <input
                  type="checkbox" className="fs-agenda-done" aria-label={`Agenda item ${i + 1} done`} checked={a.done}
                  onChange={(e) => (e.target.checked && current ? dispatch(finishAgendaItem, { agendaItemId: a.id, now: Date.now() }) : edits.set(a.id, { done: e.target.checked }))}
                />
                <RowInput label={`Agenda item ${i + 1}`} placeholder="Session" max={LIMITS.title} value={a.title} autoFocus={a.id === added} onChange={(v) => edits.type(a.id, 'title', v)} />
                <input
                  className="fs-input fs-row-input fs-minutes" type="number" min={0} max={1440} step={5} aria-label={`Minutes for agenda item ${i + 1}`}
                  value={a.minutes} onChange={(e) => edits.type(a.id, 'minutes', minutesFrom(e.target.value))}
                />
                <span className="fs-minutes-unit" aria-hidden="true">min</span>
                <button
                  type="button" className="fs-icon-btn fs-agenda-start" disabled={current && timer.startedAt !== null}
                  title={current ? 'Running on the timer' : `Start its ${a.minutes}-minute time-box on the timer`}
                  onClick={() => { unlockChime(); dispatch(startAgendaItem, { agendaItemId: a.id, now: Date.now() }); }}
                >
                  <span aria-hidden="true">▶</span><span className="fs-sr-only">Begin {a.title || `agenda item ${i + 1}`}</span>
                </button>
              </div>
              <PlannedVsActual item={a} actual={actualMinutes(a, timer, now)} current={current} />
            </>
          );
        }}
      />
    </Section>
  );
}
