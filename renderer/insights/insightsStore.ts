import { useSyncExternalStore } from 'react';
import type { Id } from '../../shared/model';

export const INSIGHTS_TABS = ['priority', 'benchmarks', 'ownership', 'causes', 'journey', 'brand', 'compare'] as const;
export type InsightsTab = (typeof INSIGHTS_TABS)[number];

/** View state of the Insights panel: never in the document, never undone. */
export interface InsightsState {
  open: boolean;
  tab: InsightsTab;
  /** The two blueprints the compare view shows; null picks them from what is on screen. */
  compare: { before: Id; after: Id } | null;
}

let state: InsightsState = { open: false, tab: 'priority', compare: null };
const listeners = new Set<() => void>();

function set(patch: Partial<InsightsState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export function getInsights(): InsightsState {
  return state;
}

export function useInsights(): InsightsState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getInsights,
  );
}

export function toggleInsights(): void {
  set({ open: !state.open });
}

export function openInsights(tab?: InsightsTab): void {
  set({ open: true, ...(tab ? { tab } : {}) });
}

export function closeInsights(): void {
  set({ open: false });
}

export function setInsightsTab(tab: InsightsTab): void {
  set({ tab });
}

export function setCompare(compare: { before: Id; after: Id }): void {
  set({ compare });
}
