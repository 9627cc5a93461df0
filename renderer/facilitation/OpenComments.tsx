import type { JSX } from 'react';
import { resolveThread } from '../../shared/commands/comments';
import { openThreads, type Thread } from '../../shared/facilitation/comments';
import type { WorkshopDoc } from '../../shared/model/types';
import { dispatch, getDoc, useDoc } from '../state/documentStore';
import { selectBlueprint, selectCards } from '../state/selection';
import { focusCard } from '../canvas/focus';
import { Section } from '../panels/Section';
import { showCardDetails } from '../shell/SidePanel';

let last: { comments: unknown; value: Thread[] } | null = null;
const selectOpen = (doc: WorkshopDoc): Thread[] => {
  if (last?.comments !== doc.comments) last = { comments: doc.comments, value: openThreads(doc) };
  return last.value;
};

function goTo(cardId: string): void {
  const doc = getDoc();
  const card = doc.cards[cardId];
  const blueprintId = card && doc.lanes[card.laneId]?.blueprintId;
  if (!blueprintId) return;
  selectBlueprint(blueprintId);
  selectCards([cardId]);
  showCardDetails();
  focusCard(cardId);
}

/** Every unresolved thread of the workshop in the workshop panel, so none is forgotten before the day ends. */
export function OpenComments(): JSX.Element {
  const threads = useDoc(selectOpen);
  const titles = useDoc((doc) => doc.cards);
  return (
    <Section title="Open comments" count={threads.length}>
      {threads.length === 0 && <p className="fs-muted fs-empty">No open comments.</p>}
      <ul className="fs-open-comments">
        {threads.map(({ root, replies }) => {
          const title = titles[root.cardId]?.title || 'Untitled card';
          return (
            <li key={root.id} className="fs-open-comment">
              <button type="button" className="fs-link" onClick={() => goTo(root.cardId)}>{title}</button>
              <p className="fs-open-comment-text"><strong>{root.author || 'Someone'}:</strong> {root.text}</p>
              <div className="fs-thread-tools">
                {replies.length > 0 && <span className="fs-muted">{replies.length} {replies.length === 1 ? 'reply' : 'replies'}</span>}
                <button type="button" className="fs-link" onClick={() => dispatch(resolveThread, { commentId: root.id })}>
                  Resolve<span className="fs-sr-only"> comment by {root.author || 'someone'} on {title}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
