import { useSyncExternalStore } from 'react';
import type { PresentationMode } from '../shell/presentation';

/** View state of the window: dialogs, modes and theme. Never part of the document. */
export interface UiState {
  exportOpen: boolean;
  presentation: boolean;
  /** Index into the presentation walk. */
  presentationStep: number;
  /** How the presentation walks: stage by stage (the default), card by card, or the set order. */
  presentationMode: PresentationMode;
  /** The presentation order's editor is open. */
  presentationOrderOpen: boolean;
  theme: 'light' | 'dark';
  legendOpen: boolean;
  /** The overview map in the canvas's corner is open. */
  overviewOpen: boolean;
}

const THEME_KEY = 'frontstage.theme';

function initialTheme(): 'light' | 'dark' {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Storage may be unavailable (private window); fall back to the system preference.
  }
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Open/closed choices stay as they were left; `fallback` the first time. */
const REMEMBERED = { legendOpen: ['frontstage.legend', true], overviewOpen: ['frontstage.overview', false] } as const;

function remembered(flag: keyof typeof REMEMBERED): boolean {
  const [key, fallback] = REMEMBERED[flag];
  try {
    const saved = localStorage.getItem(key);
    return saved === null ? fallback : saved === 'open';
  } catch {
    return fallback;
  }
}

let ui: UiState = {
  exportOpen: false, presentation: false, presentationStep: 0, presentationMode: 'stages', presentationOrderOpen: false, theme: initialTheme(), legendOpen: remembered('legendOpen'), overviewOpen: remembered('overviewOpen'),
};
const listeners = new Set<() => void>();

export function getUi(): UiState {
  return ui;
}

export function setUi(patch: Partial<UiState>): void {
  ui = { ...ui, ...patch };
  if (patch.theme) {
    document.documentElement.dataset.theme = patch.theme;
    try {
      localStorage.setItem(THEME_KEY, patch.theme);
    } catch {
      // Not remembering the theme is harmless.
    }
  }
  for (const flag of Object.keys(REMEMBERED) as (keyof typeof REMEMBERED)[]) {
    if (patch[flag] === undefined) continue;
    try {
      localStorage.setItem(REMEMBERED[flag][0], patch[flag] ? 'open' : 'closed');
    } catch {
      // Not remembering it is harmless.
    }
  }
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useUi(): UiState {
  return useSyncExternalStore(subscribe, () => ui);
}

/** Whether presentation mode is on, for parts that should not re-render on other view changes. */
export function usePresenting(): boolean {
  return useSyncExternalStore(subscribe, () => ui.presentation);
}

export function applyTheme(): void {
  document.documentElement.dataset.theme = ui.theme;
}
