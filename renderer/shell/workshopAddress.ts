import { useEffect } from 'react';
import { useSession } from '../state/documentStore';
import { useSelection } from '../state/selection';

const WORKSHOP = 'workshop';
const BLUEPRINT = 'blueprint';

/** The workshop (its file) and blueprint the address names, for opening it again after a reload. */
export function workshopInAddress(): { path: string; blueprintId: string | null } | null {
  const params = new URL(window.location.href).searchParams;
  const path = params.get(WORKSHOP);
  return path ? { path, blueprintId: params.get(BLUEPRINT) } : null;
}

/** Puts the open workshop's file and blueprint in the address, or takes them out; no history entry. */
export function keepInAddress(path: string | null, blueprintId: string | null): void {
  const url = new URL(window.location.href);
  if (path) url.searchParams.set(WORKSHOP, path);
  else url.searchParams.delete(WORKSHOP);
  if (path && blueprintId) url.searchParams.set(BLUEPRINT, blueprintId);
  else url.searchParams.delete(BLUEPRINT);
  const next = url.pathname + url.search + url.hash;
  if (next !== window.location.pathname + window.location.search + window.location.hash) window.history.replaceState(window.history.state, '', next);
}

/**
 * While a workshop is open, the address names it (its file, after Save As too) and its
 * blueprint, so a reload, or the same address in a second tab, opens the same workshop again.
 * Closing the workshop takes it out.
 */
export function useWorkshopInAddress(): void {
  const path = useSession()?.status.path ?? null;
  const { blueprintId } = useSelection();
  useEffect(() => keepInAddress(path, blueprintId), [path, blueprintId]);
  useEffect(() => () => keepInAddress(null, null), []);
}
