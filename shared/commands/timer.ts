import { z } from 'zod';
import { timerElapsed } from '../facilitation/timer';
import { LIMITS } from '../model/text';
import { defineCommand } from './command';
import { assign, before, lookup, need, type DocDraft } from './draft';
import { refuse } from './errors';
import { workshopSchema } from '../model/schemas';
import { args, epochMs, id } from './args';

const timerShape = workshopSchema.shape.timer;

const DAY = 24 * 3600;
const WEEK = 7 * DAY;

/** What the timer counts down from, and what it is for. */
export const setTimer = defineCommand<{ label?: string; durationSeconds?: number }>(
  'timer.set', 'Set timer', (draft, fields) => {
    assign(draft.workshop.timer, fields, ['label', 'durationSeconds']);
  },
  { args: args({ label: timerShape.shape.label.optional(), durationSeconds: timerShape.shape.durationSeconds.optional() }) },
);

/**
 * Writes the time the timer has run into the agenda item it counts down, so the item keeps its
 * actual time after the timer moves on. While linked, the timer's own elapsed time is the item's.
 */
export function bankAgendaTime(draft: DocDraft, now: number): void {
  const timer = before(draft).workshop.timer;
  const itemId = timer.agendaItemId;
  if (itemId === null || !lookup(before(draft).agenda, itemId)) return;
  draft.agenda[itemId]!.actualSeconds = Math.min(WEEK, timerElapsed(timer, now));
}

/** `now` is epoch milliseconds, passed in so the recipe stays pure. */
export const startTimer = defineCommand<{ now: number }>('timer.start', 'Start timer', (draft, { now }) => {
  const timer = draft.workshop.timer;
  if (timer.startedAt !== null) return;
  timer.startedAt = Math.max(0, Math.floor(now));
  const item = timer.agendaItemId === null ? undefined : draft.agenda[timer.agendaItemId];
  if (item && item.startedAt === null) item.startedAt = timer.startedAt;
}, { args: args({ now: epochMs }) });

export const pauseTimer = defineCommand<{ now: number }>('timer.pause', 'Pause timer', (draft, { now }) => {
  const timer = draft.workshop.timer;
  if (timer.startedAt === null) return;
  const ran = Math.max(0, (now - timer.startedAt) / 1000);
  timer.elapsedSeconds = Math.min(DAY, timer.elapsedSeconds + ran);
  timer.startedAt = null;
}, { args: args({ now: epochMs }) });

/** Back to the start of the time-box: an agenda item's timer gets its planned minutes again. */
export const resetTimer = defineCommand<Record<string, never>>('timer.reset', 'Reset timer', (draft) => {
  const timer = draft.workshop.timer;
  timer.startedAt = null;
  timer.elapsedSeconds = 0;
  const item = timer.agendaItemId === null ? undefined : before(draft).agenda[timer.agendaItemId];
  if (item) timer.durationSeconds = item.minutes * 60;
}, { args: args({}) });

/** One more minute on the clock, running or not; the agenda item's planned minutes stay as planned. */
export const addTimerMinute = defineCommand<Record<string, never>>('timer.addMinute', 'Add minute', (draft) => {
  const timer = draft.workshop.timer;
  if (timer.durationSeconds + 60 > DAY) refuse('the timer cannot count down more than 24 hours');
  timer.durationSeconds += 60;
}, { args: args({}) });

const boxArgs = args({
  minutes: z.number().int().min(0).max(24 * 60),
  label: z.string().max(LIMITS.name).optional(),
  now: epochMs,
  /** Starts counting at once: one step to undo. */
  start: z.boolean().optional(),
});

/** A free time-box of some minutes, not tied to the agenda; the time run so far is kept on a linked item. */
export const setTimeBox = defineCommand<z.infer<typeof boxArgs>>(
  'timer.setBox', 'Set timer', (draft, { minutes, label, now, start = false }) => {
    bankAgendaTime(draft, now);
    const timer = draft.workshop.timer;
    Object.assign(timer, { durationSeconds: minutes * 60, elapsedSeconds: 0, startedAt: start ? now : null, agendaItemId: null });
    if (label !== undefined) timer.label = label;
  },
  { args: boxArgs },
);

const agendaArgs = args({ agendaItemId: id, now: epochMs });

/**
 * Starts an agenda item's time-box: the timer counts down its planned minutes from the time it
 * already ran, and starts. The item the timer counted before is finished, with its actual time.
 */
export const startAgendaItem = defineCommand<z.infer<typeof agendaArgs>>(
  'agenda.start', 'Start agenda item', (draft, { agendaItemId, now }) => {
    const doc = before(draft);
    const item = lookup(doc.agenda, agendaItemId) ?? refuse(`there is no agenda item "${agendaItemId}"`);
    const timer = doc.workshop.timer;
    if (timer.agendaItemId === agendaItemId) {
      if (timer.startedAt === null) draft.workshop.timer.startedAt = now;
      return;
    }
    const previous = timer.agendaItemId === null ? undefined : lookup(doc.agenda, timer.agendaItemId);
    if (previous) {
      bankAgendaTime(draft, now);
      Object.assign(draft.agenda[previous.id]!, { done: true, endedAt: now });
    }
    draft.workshop.timer = {
      label: item.title, durationSeconds: item.minutes * 60, elapsedSeconds: Math.min(DAY, item.actualSeconds),
      startedAt: now, agendaItemId,
    };
    Object.assign(draft.agenda[agendaItemId]!, { done: false, endedAt: null, startedAt: item.startedAt ?? now });
  },
  { args: agendaArgs },
);

/** Ends the agenda item the timer counts down: it is done, with its actual time; the timer stops and lets it go. */
export const finishAgendaItem = defineCommand<z.infer<typeof agendaArgs>>(
  'agenda.finish', 'Finish agenda item', (draft, { agendaItemId, now }) => {
    const doc = before(draft);
    need(draft, 'agenda', agendaItemId);
    if (doc.workshop.timer.agendaItemId === agendaItemId) {
      bankAgendaTime(draft, now);
      Object.assign(draft.workshop.timer, { startedAt: null, elapsedSeconds: 0, agendaItemId: null, label: '', durationSeconds: 0 });
    }
    const item = draft.agenda[agendaItemId]!;
    Object.assign(item, { done: true, endedAt: now });
  },
  { args: agendaArgs },
);
