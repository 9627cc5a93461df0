import type { Timer } from '../model/types';

export type TimerState = 'idle' | 'running' | 'paused';

export function timerState(timer: Timer): TimerState {
  if (timer.startedAt !== null) return 'running';
  return timer.elapsedSeconds > 0 ? 'paused' : 'idle';
}

/**
 * Seconds the timer has run at `now` (epoch ms). Computed from when it started, never counted
 * in ticks, so a throttled tab, a reload or a restart shows the same time as the wall clock.
 */
export function timerElapsed(timer: Timer, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, (now - timer.startedAt) / 1000);
  return timer.elapsedSeconds + running;
}

/** Seconds left of the time-box; below zero once it has run over. */
export function timerRemaining(timer: Timer, now: number): number {
  return timer.durationSeconds - timerElapsed(timer, now);
}

/**
 * A duration as m:ss, minutes not wrapped into hours ("90:00" for an hour and a half), rounded up
 * to the whole second so the clock shows 0:00 only when the time is really up.
 */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds - 1e-6));
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
