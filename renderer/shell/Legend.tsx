import { useId, type JSX } from 'react';
import { MarkIcon } from '../components/MarkIcon';
import { setUi, useUi } from '../state/ui';
import { LEGEND, type LegendSample } from '../../shared/render/legendModel';
import type { MarkName } from '../../shared/render/markShapes';
import { Icon } from './Icon';
import { DepartmentLegend } from '../facilitation/DepartmentLegend';

/**
 * What every mark, line and connector on the canvas means: the exports' legend, group by group,
 * with the same samples and names. Docked under the canvas, never over it; its button shows and
 * hides the entries (the choice is remembered), and the strip scrolls sideways where the window
 * is too narrow for all of them.
 */
export function Legend(): JSX.Element {
  const { legendOpen } = useUi();
  const bodyId = useId();
  return (
    <section className={`fs-legend${legendOpen ? ' is-open' : ''}`} aria-label="Legend">
      <button
        type="button" className="fs-legend-toggle" aria-expanded={legendOpen} aria-controls={bodyId}
        onClick={() => setUi({ legendOpen: !legendOpen })} title={legendOpen ? 'Hide the legend' : 'Show the legend'}
      >
        <Icon name="legend" size={16} /> Legend <Icon name={legendOpen ? 'down' : 'up'} size={14} />
      </button>
      {legendOpen && (
        // Focusable so the keyboard can scroll it when the window is narrow.
        <div id={bodyId} className="fs-legend-body" role="group" aria-label="Legend entries" tabIndex={0}>
          {LEGEND.map((group) => (
            <div key={group.title} className="fs-legend-group">
              <div className="fs-legend-title" id={`${bodyId}-${group.title}`}>{group.title}</div>
              <ul aria-labelledby={`${bodyId}-${group.title}`}>
                {group.entries.filter((e) => !e.exportOnly).map((entry) => (
                  <li key={entry.name} className="fs-legend-entry">
                    <span className="fs-legend-mark" aria-hidden="true"><Sample sample={entry.sample} /></span>
                    <span>{entry.name}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <DepartmentLegend idPrefix={bodyId} />
        </div>
      )}
    </section>
  );
}

/** Marks painted in their own colour: sentiment faces in theirs, the clock and the owner muted as on cards. */
function markColour(mark: MarkName): string | undefined {
  if (mark.startsWith('sentiment-')) return `var(--fs-sentiment-${mark.slice('sentiment-'.length)})`;
  if (mark === 'clock' || mark === 'owner') return 'var(--fs-muted)';
  return undefined;
}

function Sample({ sample }: { sample: LegendSample }): JSX.Element | null {
  switch (sample.type) {
    case 'marks':
      return (
        <>
          {sample.marks.map((m) => (
            <span key={m} className="fs-legend-icon" style={{ color: markColour(m) }}><MarkIcon name={m} /></span>
          ))}
        </>
      );
    case 'gap':
      return <span className="fs-mark-gap">{sample.text}</span>;
    case 'line':
      return <span className={`fs-legend-line fs-line-${sample.line}`} />;
    case 'connector':
      return (
        <svg width="38" height="12" className={`fs-connector-${sample.kind}`}>
          <path
            d="M3 6 L36 6" className="fs-connector-line" markerEnd={`url(#fs-marker-${sample.kind})`}
            markerStart={sample.kind === 'cause' ? 'url(#fs-marker-cause-start)' : undefined}
          />
        </svg>
      );
    case 'kind':
      return <span className={`fs-legend-kind fs-kind-${sample.kind}`} />;
    case 'note':
      return null;
  }
}
