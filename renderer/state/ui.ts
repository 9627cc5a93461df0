import { useSyncExternalStore } from 'react';

/** View state of the window: dialogs, modes and theme. Never part of the document. */
export interface UiState {
  exportOpen: boolean;
  presentation: boolean;
  /** Index into the presentation walk. */
  presentationStep: number;
  theme: 'light' | 'dark';
  legendOpen: boolean;
}

const THEME_KEY = 'frontstage.theme';
const LEGEND_KEY = 'frontstage.legend';

function initialTheme(): 'light' | 'dark' {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Storage may be unavailable (private window); fall back to the system preference.
  }
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The legend stays as it was left, open the first time. */
function initialLegend(): boolean {
  try {
    return localStorage.getItem(LEGEND_KEY) !== 'closed';
  } catch {
    return true;
  }
}

let ui: UiState = { exportOpen: false, presentation: false, presentationStep: 0, theme: initialTheme(), legendOpen: initialLegend() };
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
  if (patch.legendOpen !== undefined) {
    try {
      localStorage.setItem(LEGEND_KEY, patch.legendOpen ? 'open' : 'closed');
    } catch {
      // Not remembering it is harmless.
    }
  }
  for (const l of listeners) l();
}

export function useUi(): UiState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => ui,
  );
}

export function applyTheme(): void {
  document.documentElement.dataset.theme = ui.theme;
}
