import { useEffect, useId, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { lanesOf, type Strategy, type WorkshopDoc } from '../../../shared/model';
import { useDoc } from '../../state/documentStore';
import { Icon } from '../../shell/Icon';
import { clearLens, focusTaken, lensActive, setFilters, setQuery, step, useLens } from './lensStore';
import { hasFilters, ownersOf, type LensFilters, type Quadrant } from './predicates';
import { factsOf } from '../analysisCache';
import { sameList } from '../useStable';
import { useLensMatches } from './useLensMatches';
import { QUADRANT_NAMES } from './quadrantNames';
import './lens.css';

const STRATEGIES: { value: Strategy; label: string }[] = [
  { value: 'benchmark', label: 'Benchmark' }, { value: 'differentiate', label: 'Differentiate' }, { value: 'none', label: 'No strategy' },
];
const QUADRANTS: Quadrant[] = ['fixFirst', 'protect', 'differentiate', 'monitor', 'unrated'];

/**
 * Ctrl/Cmd+F: find cards by text, owner or tag, and narrow the canvas with lenses (strategy,
 * quadrant, owner, lane, fail points). Everything else dims; Enter and Shift+Enter step through
 * the matches and the view follows; Escape clears it all and puts the view back.
 */
export function FindBar({ blueprintId }: { blueprintId: string }): JSX.Element {
  const lens = useLens();
  const matches = useLensMatches(blueprintId);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);
  const [lensesOpen, setLensesOpen] = useState(() => hasFilters(lens.filters));
  const lensesId = useId();

  // Ctrl/Cmd+F (now or while the bar is open) puts the focus in the search box; a bar opened
  // by a view of the Insights panel leaves it where it is.
  useEffect(() => {
    if (!lens.wantsFocus) return;
    if (!returnTo.current) returnTo.current = document.activeElement;
    input.current?.focus();
    input.current?.select();
    focusTaken();
  }, [lens.wantsFocus]);

  const close = () => {
    const back = returnTo.current;
    clearLens();
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT' && (event.target as HTMLInputElement).type === 'search') {
      event.preventDefault();
      step(matches.ids, event.shiftKey ? -1 : 1);
    }
  };

  const at = lens.currentId ? matches.ids.indexOf(lens.currentId) : -1;
  const status = !lensActive(lens) ? '' : matches.ids.length === 0 ? 'No cards found' : `${at + 1 || '–'} of ${matches.ids.length}`;
  return (
    <div className="fs-find" role="search" aria-label="Find and lenses" onKeyDown={onKeyDown}>
      <div className="fs-find-row">
        {lens.highlight ? (
          <p className="fs-find-highlight">{lens.highlight.label}</p>
        ) : (
          <input
            ref={input}
            type="search"
            className="fs-input fs-find-input"
            aria-label="Find cards"
            placeholder="Find cards by text, owner or tag"
            value={lens.query}
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
        <span className="fs-find-count" role="status">{status}</span>
        <button type="button" className="fs-find-btn" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={matches.ids.length === 0} onClick={() => step(matches.ids, -1)}>
          <Icon name="up" size={16} />
        </button>
        <button type="button" className="fs-find-btn" aria-label="Next match" title="Next match (Enter)" disabled={matches.ids.length === 0} onClick={() => step(matches.ids, 1)}>
          <Icon name="down" size={16} />
        </button>
        <button type="button" className="fs-find-btn fs-find-toggle" aria-expanded={lensesOpen} aria-controls={lensesId} onClick={() => setLensesOpen(!lensesOpen)}>
          Lenses{hasFilters(lens.filters) ? ' •' : ''}
        </button>
        <button type="button" className="fs-find-btn" aria-label={lens.highlight ? 'Clear highlight' : 'Close find'} title="Clear and close (Escape)" onClick={close}>
          <Icon name="close" size={16} />
        </button>
      </div>
      {lensesOpen && <LensFields id={lensesId} blueprintId={blueprintId} filters={lens.filters} />}
    </div>
  );
}

function LensFields({ id, blueprintId, filters }: { id: string; blueprintId: string; filters: LensFilters }): JSX.Element {
  const selectLanes = useMemo(() => (doc: WorkshopDoc) => lanesOf(doc, blueprintId), [blueprintId]);
  const lanes = useDoc(selectLanes, sameList);
  const selectOwners = useMemo(() => (doc: WorkshopDoc) => ownersOf(factsOf(doc, blueprintId).cards), [blueprintId]);
  const owners = useDoc(selectOwners, (a, b) => a.length === b.length && a.every((o, i) => o.key === b[i]!.key && o.name === b[i]!.name));
  return (
    <div className="fs-find-lenses" id={id}>
      <select className="fs-input fs-select fs-find-select" aria-label="Filter by strategy" value={filters.strategy ?? ''} onChange={(e) => setFilters({ strategy: (e.target.value || null) as Strategy | null })}>
        <option value="">Any strategy</option>
        {STRATEGIES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
      </select>
      <select className="fs-input fs-select fs-find-select" aria-label="Filter by quadrant" value={filters.quadrant ?? ''} onChange={(e) => setFilters({ quadrant: (e.target.value || null) as Quadrant | null })}>
        <option value="">Any quadrant</option>
        {QUADRANTS.map((q) => <option key={q} value={q}>{QUADRANT_NAMES[q]}</option>)}
      </select>
      {/* Owner keys may be '' (no owner), so options carry a prefix and "any" is the bare ''. */}
      <select className="fs-input fs-select fs-find-select" aria-label="Filter by owner" value={filters.owner === null ? '' : `o:${filters.owner}`} onChange={(e) => setFilters({ owner: e.target.value ? e.target.value.slice(2) : null })}>
        <option value="">Any owner</option>
        {owners.map((o) => <option key={o.key} value={`o:${o.key}`}>{o.name}</option>)}
      </select>
      <select className="fs-input fs-select fs-find-select" aria-label="Filter by lane" value={filters.laneId ?? ''} onChange={(e) => setFilters({ laneId: e.target.value || null })}>
        <option value="">Any lane</option>
        {lanes.map((l) => <option key={l.id} value={l.id}>{l.name || 'Untitled lane'}</option>)}
      </select>
      <label className="fs-find-check">
        <input type="checkbox" checked={filters.failPoint} onChange={(e) => setFilters({ failPoint: e.target.checked })} />
        Fail points only
      </label>
    </div>
  );
}
