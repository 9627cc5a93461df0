import { useRef, type JSX, type KeyboardEvent } from 'react';
import { useDoc } from '../state/documentStore';
import type { WorkshopDoc } from '../../shared/model';
import { useSelection } from '../state/selection';
import { Icon } from '../shell/Icon';
import { closeInsights, INSIGHTS_TABS, setInsightsTab, useInsights, type InsightsTab } from './insightsStore';
import { PriorityView } from './views/PriorityView';
import { BenchmarksView } from './views/BenchmarksView';
import { OwnershipView } from './views/OwnershipView';
import { RootCausesView } from './views/RootCausesView';
import { JourneyView } from './views/JourneyView';
import { BrandProductView } from './views/BrandProductView';
import { CompareView } from './compare/CompareView';
import { panelRendered, panelRenderStarted } from './updateTiming';
import './insights.css';

const TAB_NAMES: Record<InsightsTab, string> = {
  priority: 'Priority', benchmarks: 'Benchmarks', ownership: 'Ownership', causes: 'Root causes',
  journey: 'Journey', brand: 'Brand & product', compare: 'Compare',
};

/**
 * Insights beside the canvas (in place of the side panel): what the blueprint on screen says
 * about which touchpoints to fix, protect and differentiate, who owns the experience, what drags
 * it down, and how the future state differs from the current one. It follows every edit.
 */
export function InsightsPanel(): JSX.Element {
  const { tab } = useInsights();
  const { blueprintId, cardIds } = useSelection();
  // Every edit renders the panel from the top (its views' analyses change with every edit anyway),
  // so one render start and one commit time each update for the benchmark.
  const doc = useDoc(selectDoc);
  const name = blueprintId ? doc.blueprints[blueprintId]?.name : undefined;
  const tabs = useRef<HTMLDivElement>(null);
  panelRenderStarted();

  // Arrow keys move between tabs, as in every tab list.
  const onTabKey = (event: KeyboardEvent) => {
    const at = INSIGHTS_TABS.indexOf(tab);
    const next = event.key === 'ArrowRight' ? at + 1 : event.key === 'ArrowLeft' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? INSIGHTS_TABS.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const to = INSIGHTS_TABS[(next + INSIGHTS_TABS.length) % INSIGHTS_TABS.length]!;
    setInsightsTab(to);
    tabs.current?.querySelector<HTMLElement>(`#fs-insights-tab-${to}`)?.focus();
  };

  return (
    <aside className="fs-side fs-insights" aria-label="Insights">
      <div className="fs-insights-head">
        <h2 className="fs-insights-title">Insights <span className="fs-insights-of">{name ?? ''}</span></h2>
        {cardIds.length === 1 && (
          <button type="button" className="fs-link fs-insights-edit" onClick={closeInsights} title="Close Insights and show the selected card's details">
            Edit selected card
          </button>
        )}
        <button type="button" className="fs-icon-button" aria-label="Close Insights" title="Close Insights" onClick={closeInsights}>
          <Icon name="close" size={16} />
        </button>
      </div>
      <div ref={tabs} className="fs-insights-tabs" role="tablist" aria-label="Insights views" onKeyDown={onTabKey}>
        {INSIGHTS_TABS.map((t) => (
          <button
            key={t} id={`fs-insights-tab-${t}`} type="button" role="tab" className="fs-side-tab"
            aria-selected={t === tab} aria-controls="fs-insights-view" tabIndex={t === tab ? 0 : -1}
            onClick={() => setInsightsTab(t)}
          >
            {TAB_NAMES[t]}
          </button>
        ))}
      </div>
      <div className="fs-side-body fs-insights-body" role="tabpanel" id="fs-insights-view" aria-labelledby={`fs-insights-tab-${tab}`}>
        {tab === 'compare' ? <CompareView /> : blueprintId ? <View tab={tab} blueprintId={blueprintId} /> : <p className="fs-side-empty">Open a blueprint to see its insights.</p>}
      </div>
      <RenderEnd />
    </aside>
  );
}

const selectDoc = (doc: WorkshopDoc) => doc;

/** Rendered last, so the panel's render time ends when it renders. */
function RenderEnd(): null {
  panelRendered();
  return null;
}

function View({ tab, blueprintId }: { tab: Exclude<InsightsTab, 'compare'>; blueprintId: string }): JSX.Element {
  switch (tab) {
    case 'priority': return <PriorityView blueprintId={blueprintId} />;
    case 'benchmarks': return <BenchmarksView blueprintId={blueprintId} />;
    case 'ownership': return <OwnershipView blueprintId={blueprintId} />;
    case 'causes': return <RootCausesView blueprintId={blueprintId} />;
    case 'journey': return <JourneyView blueprintId={blueprintId} />;
    case 'brand': return <BrandProductView blueprintId={blueprintId} />;
  }
}
