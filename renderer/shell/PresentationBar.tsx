import { useCallback, type JSX, type ReactNode } from 'react';
import { stagesOf, stepsOf, type WorkshopDoc } from '../../shared/model';
import { useDoc } from '../state/documentStore';
import { useSelection } from '../state/selection';
import { setUi, useUi } from '../state/ui';
import { PRESENTATION_MODES, type Stop } from './presentation';
import { placeOf, setPresentationMode, stepPresentation, stopPresenting, usePresentationStops } from './presenting';
import { Icon } from './Icon';

interface Shown { where: string; title: string; detail: string }

function shownOf(doc: WorkshopDoc, blueprintId: string | null, stop: Stop | null, index: number): Shown | null {
  if (!stop || !blueprintId) return null;
  if (stop.kind === 'step') {
    const step = doc.steps[stop.id];
    if (!step) return null;
    const cards = Object.values(doc.cards).filter((c) => c.stepId === step.id && !doc.lanes[c.laneId]?.hidden).length;
    return {
      where: `Step ${index + 1} of ${stepsOf(doc, step.stageId).length}`,
      title: step.name || 'Unnamed step',
      detail: `${doc.stages[step.stageId]?.name ?? ''} — ${cards === 1 ? '1 card' : `${cards} cards`}`,
    };
  }
  if (stop.kind === 'stage') {
    const stage = doc.stages[stop.id];
    if (!stage) return null;
    const steps = stepsOf(doc, stage.id);
    const ids = new Set(steps.map((s) => s.id));
    const cards = Object.values(doc.cards).filter((c) => ids.has(c.stepId) && !doc.lanes[c.laneId]?.hidden).length;
    const count = stagesOf(doc, blueprintId).filter((s) => stepsOf(doc, s.id).length > 0).length;
    return {
      where: `Stage ${index + 1} of ${count}`,
      title: stage.name || 'Unnamed stage',
      detail: `${steps.map((s) => s.name || 'Unnamed step').join(' · ')} — ${cards === 1 ? '1 card' : `${cards} cards`}`,
    };
  }
  const card = doc.cards[stop.id];
  return card ? { where: placeOf(doc, card.id), title: card.title || 'Untitled', detail: card.description } : null;
}

/**
 * Presentation mode's bar, under the canvas (never over a card): where the walk is, previous
 * and next, how it walks (stages, cards, the set order), the order's editor, and leaving.
 * `timer` is the facilitator's Timer region, shown at the bar's end while presenting.
 */
export function PresentationBar({ timer }: { timer?: ReactNode }): JSX.Element {
  const { blueprintId } = useSelection();
  const { presentationMode } = useUi();
  const { stops, index, stop } = usePresentationStops();
  const noun = stop?.kind ?? (presentationMode === 'stages' ? 'stage' : 'card');
  const shown = useDoc(useCallback((doc: WorkshopDoc) => shownOf(doc, blueprintId, stop, index), [blueprintId, stop, index]), sameShown);
  const empty = presentationMode === 'order' ? 'No presentation order yet: choose Set order to pick the cards and their order.'
    : presentationMode === 'stages' ? 'This blueprint has no stages with steps to present.' : 'This blueprint has no cards to present.';

  return (
    // A landmark around the toolbar (display: contents, so the bar keeps its place in the layout):
    // while presenting it is where the keyboard and a screen reader's landmarks lead.
    <section className="fs-present-region" aria-label="Presenting">
      <div className="fs-present-bar" role="toolbar" aria-label="Presentation">
        <button type="button" className="fs-present-step" onClick={() => stepPresentation(-1)} aria-label={`Previous ${noun}`} disabled={index <= 0}>
          <Icon name="prev" size={26} />
        </button>
        <div className="fs-present-body" aria-live="polite">
          {shown ? (
            <>
              <span className="fs-present-where">{shown.where}</span>
              <span className="fs-present-title">{shown.title}</span>
              {shown.detail && <span className="fs-present-description">{shown.detail}</span>}
            </>
          ) : <span className="fs-present-description">{empty}</span>}
        </div>
        <span className="fs-present-count" aria-label={stops.length ? `${noun} ${index + 1} of ${stops.length}` : undefined}>{stops.length ? `${index + 1} / ${stops.length}` : ''}</span>
        <button type="button" className="fs-present-step" onClick={() => stepPresentation(1)} aria-label={`Next ${noun}`} disabled={index >= stops.length - 1}>
          <Icon name="next" size={26} />
        </button>
        <div className="fs-segments fs-present-modes" role="radiogroup" aria-label="Present by">
          {PRESENTATION_MODES.map(({ mode, label }) => (
            <label key={mode} className="fs-segment">
              <input type="radio" name="fs-present-mode" checked={presentationMode === mode} onChange={() => setPresentationMode(mode)} />
              <span>{label}</span>
            </label>
          ))}
        </div>
        <button type="button" className="fs-tool" onClick={() => setUi({ presentationOrderOpen: true })}>Set order…</button>
        {timer && <div className="fs-present-timer">{timer}</div>}
        <button type="button" className="fs-tool" onClick={stopPresenting}>
          <Icon name="close" /> <span className="fs-tool-label">Leave presentation</span>
        </button>
      </div>
    </section>
  );
}

function sameShown(a: Shown | null, b: Shown | null): boolean {
  return a === b || (!!a && !!b && a.where === b.where && a.title === b.title && a.detail === b.detail);
}
