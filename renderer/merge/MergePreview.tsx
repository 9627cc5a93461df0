import { useEffect, useMemo, useState, type JSX } from 'react';
import { applyOps, type MergeReview } from '../../shared/merge/review';
import { blueprintsOf } from '../../shared/model/queries';
import { renderSheet, toSvg, type Sheet } from '../../shared/render';
import { Select } from '../components/Select';
import { getDoc } from '../state/documentStore';

type Mark = 'added' | 'changed' | 'conflict';
const BADGE: Record<Mark, string> = { added: '+', changed: '~', conflict: '!' };

/** What the review marks on a blueprint: each card that comes in, changes, or has a conflict. */
function marksOf(review: MergeReview, blueprintId: string): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const item of review.items) {
    if (item.cardId && item.blueprintId === blueprintId && item.kind !== 'deleted') marks.set(item.cardId, item.table === 'cards' && item.kind === 'added' ? 'added' : 'changed');
  }
  for (const c of review.conflicts) if (c.cardId && c.blueprintId === blueprintId) marks.set(c.cardId, 'conflict');
  return marks;
}

/** The part of the sheet around the marked cards, with room to see where they are; null when none is marked. */
function around(sheet: Sheet, marks: Map<string, Mark>): [number, number, number, number] | null {
  const boxes = sheet.layout.cards.filter((c) => marks.has(c.id));
  if (!boxes.length) return null;
  const pad = 160;
  // Close to the lane names, show them: they say where the cards are.
  const nearest = Math.min(...boxes.map((c) => sheet.grid.x + c.x)) - pad;
  const left = nearest < sheet.grid.x + sheet.layout.laneHeaderWidth + pad ? 0 : nearest;
  const top = Math.max(0, Math.min(...boxes.map((c) => sheet.grid.y + c.y)) - pad);
  const right = Math.min(sheet.width, Math.max(...boxes.map((c) => sheet.grid.x + c.x + c.width)) + pad);
  const bottom = Math.min(sheet.height, Math.max(...boxes.map((c) => sheet.grid.y + c.y + c.height)) + pad);
  // Never closer than a screenful of cards: a single mark still shows its neighbours.
  const width = Math.max(right - left, Math.min(sheet.width, 1100));
  const height = Math.max(bottom - top, Math.min(sheet.height, 620));
  return [Math.min(left, sheet.width - width), Math.min(top, sheet.height - height), width, height];
}

/**
 * The merged blueprint as it will look, drawn by the same renderer as the exports, with every
 * card the merge touches outlined and badged (+ added, ~ changed, ! conflict: shape and sign,
 * never colour alone).
 */
export function MergePreview({ review }: { review: MergeReview }): JSX.Element {
  const doc = useMemo(() => applyOps(getDoc(), review.ops), [review]);
  const blueprints = blueprintsOf(doc);
  const touched = [...review.conflicts, ...review.items].map((x) => x.blueprintId).find((id) => id && doc.blueprints[id]);
  const [blueprintId, setBlueprintId] = useState(touched ?? blueprints[0]?.id ?? '');
  const shown = doc.blueprints[blueprintId] ? blueprintId : blueprints[0]?.id ?? '';
  const sheet = useMemo(() => (shown ? renderSheet(doc, shown) : null), [doc, shown]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!sheet) return undefined;
    const next = URL.createObjectURL(new Blob([toSvg(sheet)], { type: 'image/svg+xml' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [sheet]);
  const marks = sheet ? marksOf(review, shown) : new Map<string, Mark>();
  const name = doc.blueprints[shown]?.name || 'the blueprint';
  const [wholeChosen, setWhole] = useState(false);
  const close = sheet ? around(sheet, marks) : null;
  const whole = wholeChosen || !close;
  const view = whole || !close ? [0, 0, sheet?.width ?? 1, sheet?.height ?? 1] : close;

  return (
    <section className="fs-merge-preview" aria-label="Preview">
      <div className="fs-merge-preview-bar">
        {blueprints.length > 1 && (
          <Select label="Blueprint" value={shown} options={blueprints.map((b) => ({ value: b.id, label: b.name || 'Untitled blueprint' }))} onChange={setBlueprintId} />
        )}
        {close && (
          <button type="button" className="fs-btn" aria-pressed={whole} onClick={() => setWhole(!wholeChosen)}>Whole blueprint</button>
        )}
      </div>
      {/* Focusable: a large blueprint scrolls inside it, and the keyboard must reach that too. */}
      <figure className={`fs-merge-figure${whole ? '' : ' is-close'}`} tabIndex={0}>
        {sheet && url && (
          <svg className="fs-merge-sheet" viewBox={view.join(' ')} role="img" aria-label={`Preview of ${name} after the merge; ${marks.size} card${marks.size === 1 ? '' : 's'} marked`}>
            <image href={url} x={0} y={0} width={sheet.width} height={sheet.height} />
            {sheet.layout.cards.filter((c) => marks.has(c.id)).map((card) => {
              const mark = marks.get(card.id)!;
              const x = sheet.grid.x + card.x;
              const y = sheet.grid.y + card.y;
              return (
                <g key={card.id} className={`fs-merge-mark is-${mark}`}>
                  <rect x={x - 5} y={y - 5} width={card.width + 10} height={card.height + 10} rx={10} />
                  <circle cx={x + card.width + 2} cy={y - 2} r={13} />
                  <text x={x + card.width + 2} y={y + 4} textAnchor="middle">{BADGE[mark]}</text>
                </g>
              );
            })}
          </svg>
        )}
        <figcaption className="fs-merge-key">
          <span className="is-added"><b aria-hidden="true">+</b> added</span>
          <span className="is-changed"><b aria-hidden="true">~</b> changed</span>
          <span className="is-conflict"><b aria-hidden="true">!</b> conflict</span>
        </figcaption>
      </figure>
    </section>
  );
}
