/** A time-box typed as text: whole minutes within a day, anything else is 0. */
export function minutesFrom(typed: string): number {
  const n = Number(typed);
  return Number.isFinite(n) && n > 0 ? Math.min(Math.round(n), 24 * 60) : 0;
}
