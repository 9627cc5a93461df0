/** A time-box typed as text: whole minutes within a day, anything else is 0. */
export function minutesFrom(typed: string): number {
  const n = Number(typed);
  return Number.isFinite(n) && n > 0 ? Math.min(Math.round(n), 24 * 60) : 0;
}

/** "1 h 30 min", "45 min". */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
