import { defineCommand } from './command';
import { assign } from './draft';
import { workshopSchema } from '../model/schemas';
import { args, epochMs } from './args';

const timer = workshopSchema.shape.timer;

const DAY = 24 * 3600;

/** What the timer counts down from, and what it is for. */
export const setTimer = defineCommand<{ label?: string; durationSeconds?: number }>(
  'timer.set', 'Set timer', (draft, fields) => {
    assign(draft.workshop.timer, fields, ['label', 'durationSeconds']);
  },
  { args: args({ label: timer.shape.label.optional(), durationSeconds: timer.shape.durationSeconds.optional() }) },
);

/** `now` is epoch milliseconds, passed in so the recipe stays pure. */
export const startTimer = defineCommand<{ now: number }>('timer.start', 'Start timer', (draft, { now }) => {
  const timer = draft.workshop.timer;
  if (timer.startedAt === null) timer.startedAt = Math.max(0, Math.floor(now));
}, { args: args({ now: epochMs }) });

export const pauseTimer = defineCommand<{ now: number }>('timer.pause', 'Pause timer', (draft, { now }) => {
  const timer = draft.workshop.timer;
  if (timer.startedAt === null) return;
  const ran = Math.max(0, (now - timer.startedAt) / 1000);
  timer.elapsedSeconds = Math.min(DAY, timer.elapsedSeconds + ran);
  timer.startedAt = null;
}, { args: args({ now: epochMs }) });

export const resetTimer = defineCommand<Record<string, never>>('timer.reset', 'Reset timer', (draft) => {
  const timer = draft.workshop.timer;
  timer.startedAt = null;
  timer.elapsedSeconds = 0;
}, { args: args({}) });
