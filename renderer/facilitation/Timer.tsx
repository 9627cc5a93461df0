import { useEffect, useRef, type JSX } from 'react';
import { addTimerMinute, finishAgendaItem, pauseTimer, resetTimer, setTimeBox, startAgendaItem, startTimer } from '../../shared/commands/timer';
import { formatClock, timerRemaining, timerState } from '../../shared/facilitation/timer';
import { sorted } from '../../shared/model/queries';
import type { AgendaItem, WorkshopDoc } from '../../shared/model/types';
import { dispatch, useDoc } from '../state/documentStore';
import { playChime, unlockChime } from './chime';
import { useNow } from './useNow';
import { setView, useView } from './view';
import './facilitation.css';

const PRESETS = [5, 10, 15, 25] as const;
/** What Start counts down when no time-box was chosen yet. */
export const DEFAULT_MINUTES = 5;

const selectTimer = (doc: WorkshopDoc) => doc.workshop.timer;
const selectAgenda = (doc: WorkshopDoc) => doc.agenda;

/** The agenda item after the one the timer counts (or the first not done), for "Next". */
function nextItem(items: AgendaItem[], currentId: string | null): AgendaItem | undefined {
  const at = currentId ? items.findIndex((a) => a.id === currentId) : -1;
  return items.slice(at + 1).find((a) => !a.done) ?? (at < 0 ? undefined : items.slice(0, at).find((a) => !a.done));
}

/**
 * The region `Timer`: the time left of the time-box as m:ss, large enough for a projector,
 * with Start / Pause, Add minute and Reset. At zero it chimes once (Web Audio, made on the spot)
 * and pulses (a steady highlight when the system asks for reduced motion), then counts the
 * overrun. Linked to the agenda: it counts down the item started, and starts the next. The
 * compact variant is the same clock for a corner of presentation mode.
 */
export function Timer({ variant = 'full', onClose }: { variant?: 'full' | 'compact'; onClose?: () => void }): JSX.Element {
  const timer = useDoc(selectTimer);
  const agenda = useDoc(selectAgenda);
  const { chime } = useView();
  const state = timerState(timer);
  const now = useNow(state === 'running');
  const blank = state === 'idle' && timer.durationSeconds === 0 && timer.agendaItemId === null;
  const remaining = blank ? DEFAULT_MINUTES * 60 : timerRemaining(timer, now);
  const up = !blank && state !== 'idle' && remaining <= 0;
  const items = sorted(Object.values(agenda));
  const item = timer.agendaItemId ? agenda[timer.agendaItemId] : undefined;
  const next = nextItem(items, timer.agendaItemId);

  // The chime marks the moment the time runs out while someone watches, not a reload after it.
  const before = useRef(remaining);
  useEffect(() => {
    if (state === 'running' && before.current > 0 && remaining <= 0 && chime) playChime();
    before.current = remaining;
  }, [remaining, state, chime]);

  const act = (run: () => void) => () => {
    unlockChime();
    run();
  };
  const start = act(() => (blank ? dispatch(setTimeBox, { minutes: DEFAULT_MINUTES, now: Date.now(), start: true }) : dispatch(startTimer, { now: Date.now() })));
  const pause = act(() => dispatch(pauseTimer, { now: Date.now() }));
  const label = item?.title || timer.label || (blank ? `${DEFAULT_MINUTES}-minute time-box` : 'Time-box');
  const announce = up ? `Time is up for ${label}.` : state === 'running' && remaining <= 60 ? 'One minute left.' : '';

  const region = (
    <section className={`fs-timer is-${variant}${up ? ' is-up' : ''} is-${state}`} aria-label="Timer">
      <div className="fs-timer-top">
        <span className="fs-timer-label" title={label}>{item ? 'Now: ' : ''}{label}</span>
        {onClose && (
          <button type="button" className="fs-icon-btn" onClick={onClose}><span aria-hidden="true">×</span><span className="fs-sr-only">Hide timer</span></button>
        )}
      </div>
      <div className="fs-timer-clock">{formatClock(remaining)}</div>
      {up && <div className="fs-timer-over">Time is up · {formatClock(-remaining)} over</div>}
      <span className="fs-sr-only" role="status">{announce}</span>
      <div className="fs-timer-controls">
        {state === 'running' ? (
          <button type="button" className="fs-btn fs-btn-primary" onClick={pause}>Pause</button>
        ) : (
          <button type="button" className="fs-btn fs-btn-primary" onClick={start}>Start</button>
        )}
        <button type="button" className="fs-btn" onClick={act(() => dispatch(addTimerMinute, {}))}>Add minute</button>
        {variant === 'full' && <button type="button" className="fs-btn" disabled={state === 'idle'} onClick={act(() => dispatch(resetTimer, {}))}>Reset</button>}
      </div>
      {variant === 'full' && state === 'idle' && !item && (
        <div className="fs-timer-presets" role="group" aria-label="Time-box">
          {PRESETS.map((m) => (
            <button
              key={m} type="button" className="fs-btn" aria-pressed={timer.durationSeconds === m * 60 || (blank && m === DEFAULT_MINUTES)}
              onClick={() => dispatch(setTimeBox, { minutes: m, now: Date.now() })}
            >
              {m} min
            </button>
          ))}
        </div>
      )}
    </section>
  );
  if (variant === 'compact') return region;
  // The agenda's buttons sit beside the region, not in it: their names carry agenda titles, which
  // must not be mistaken for the region's own Start or Pause.
  return (
    <div className={`fs-timer-card${up ? ' is-up' : ''}`}>
      {region}
      {(next || item) && (
        <div className="fs-timer-agenda" role="group" aria-label="Agenda on the timer">
          {next && (
            <button type="button" className="fs-btn fs-timer-next" onClick={act(() => dispatch(startAgendaItem, { agendaItemId: next.id, now: Date.now() }))}>
              {item ? 'Next' : 'Begin the agenda'}: {next.title || 'Untitled item'} · {next.minutes} min
            </button>
          )}
          {item && !next && (
            <button type="button" className="fs-btn fs-timer-next" onClick={() => dispatch(finishAgendaItem, { agendaItemId: item.id, now: Date.now() })}>
              Finish {item.title || 'this item'}
            </button>
          )}
        </div>
      )}
      <label className="fs-check fs-timer-chime">
        <input type="checkbox" checked={chime} onChange={(e) => { unlockChime(); setView({ chime: e.target.checked }); }} />
        <span>Chime at zero</span>
      </label>
    </div>
  );
}
