import { useId, useMemo, useState, type JSX, type KeyboardEvent } from 'react';
import { addComment, deleteComment, reopenThread, resolveThread } from '../../shared/commands/comments';
import { threadsIn, type Thread } from '../../shared/facilitation/comments';
import { newId } from '../../shared/model/ids';
import { LIMITS } from '../../shared/model/text';
import type { Card, Comment, WorkshopDoc } from '../../shared/model/types';
import { dispatch, getDoc, useDoc } from '../state/documentStore';
import { cleanPara } from '../components/text';
import { departmentColoursOf, deptClass, facilitatorName, peopleOf, samePeople } from './authors';
import { setView, useView } from './view';
import './facilitation.css';

/** "14:05" today, a date with the time otherwise. */
function when(ms: number): string {
  const date = new Date(ms);
  const today = new Date().toDateString() === date.toDateString();
  return today ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Someone on their own device in the room (docs/room.md): writes always as themselves, and reads only while the board is locked or they are a viewer. */
export interface RoomAuthor {
  participantId: string;
  name: string;
  canChange: boolean;
}

/** Posts a comment (or a reply) as the chosen author; returns whether it was added. */
function post(cardId: string, text: string, authorId: string | null, parentId: string | null = null): boolean {
  if (!text.trim()) return false;
  const id = newId('m');
  const doc = getDoc();
  const author = authorId !== null && doc.participants[authorId] ? undefined : facilitatorName(doc);
  dispatch(addComment, {
    id, cardId, text: text.trim(), createdAt: Date.now(), parentId,
    ...(author === undefined ? { authorId } : { author, authorId: null }),
  });
  return !!getDoc().comments[id];
}

const onCtrlEnter = (run: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  }
};

/**
 * `Comments` in `Card details`: the card's threads (replies under the comment they answer),
 * resolve and reopen, and a `Comment` box with `Add comment`, written as a participant. In the
 * room (`as`), a participant writes and replies as themselves and deletes only their own.
 */
export function CommentsSection({ card, as }: { card: Card; as?: RoomAuthor }): JSX.Element {
  const id = useId();
  const view = useView();
  const people = useDoc(peopleOf, samePeople);
  const facilitator = useDoc(facilitatorName);
  const comments = useDoc((doc: WorkshopDoc) => doc.comments);
  const colours = useDoc((doc: WorkshopDoc) => departmentColoursOf(doc));
  const threads = useMemo(() => threadsIn(Object.values(comments).filter((c) => c.cardId === card.id)), [comments, card.id]);
  const [text, setText] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const authorId = as ? as.participantId : view.authorId !== null && people.some((p) => p.id === view.authorId) ? view.authorId : null;
  const open = threads.filter((t) => !t.root.resolved);
  const resolved = threads.filter((t) => t.root.resolved);
  const add = () => {
    if (post(card.id, text, authorId)) setText('');
  };
  return (
    <section className="fs-section fs-comments" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="fs-section-title">Comments</h3>
      {threads.length === 0 && <p className="fs-muted">No comments yet.</p>}
      {open.map((t) => <ThreadView key={t.root.id} thread={t} colours={colours} authorId={authorId} room={as} />)}
      {resolved.length > 0 && (
        <button type="button" className="fs-link fs-link-quiet" aria-expanded={showResolved} onClick={() => setShowResolved(!showResolved)}>
          {showResolved ? 'Hide' : 'Show'} {resolved.length} resolved {resolved.length === 1 ? 'thread' : 'threads'}
        </button>
      )}
      {showResolved && resolved.map((t) => <ThreadView key={t.root.id} thread={t} colours={colours} authorId={authorId} room={as} />)}
      {(!as || as.canChange) && (
        <>
          <div className="fs-field">
            <label htmlFor={`${id}-c`} className="fs-field-label">Comment</label>
            <textarea
              id={`${id}-c`} className="fs-input" rows={2} value={text} placeholder="A question, a doubt, a fact to check… (Ctrl+Enter adds it)"
              onChange={(e) => setText(cleanPara(e.target.value, LIMITS.text))} onKeyDown={onCtrlEnter(add)}
            />
          </div>
          <div className="fs-comment-add">
            {!as && (
              <select
                className={`fs-input fs-select ${authorId ? deptClass(colours, people.find((p) => p.id === authorId)?.department ?? '') : ''}`} aria-label="Author"
                value={authorId ?? ''} onChange={(e) => setView({ authorId: e.target.value || null })}
              >
                <option value="">{facilitator} (facilitator)</option>
                {people.map((p) => <option key={p.id} value={p.id}>{p.name || 'Unnamed participant'}{p.department ? ` · ${p.department}` : ''}</option>)}
              </select>
            )}
            <button type="button" className="fs-btn fs-btn-primary" disabled={!text.trim()} onClick={add}>Add comment</button>
          </div>
        </>
      )}
    </section>
  );
}

function departmentOf(comment: Comment): string {
  const doc = getDoc();
  return (comment.authorId && doc.participants[comment.authorId]?.department) || '';
}

/**
 * One thread: the first comment, its replies, Reply, Resolve or Reopen, Delete. In the room a
 * participant replies, and deletes only what they wrote; resolving is the facilitator's.
 */
function ThreadView({ thread, colours, authorId, room }: { thread: Thread; colours: ReadonlyMap<string, number>; authorId: string | null; room?: RoomAuthor }): JSX.Element {
  const id = useId();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const { root } = thread;
  const who = root.author || 'someone';
  const mayDelete = (c: Comment) => !room || (room.canChange && c.authorId === authorId && (c !== root || thread.replies.every((r) => r.authorId === authorId)));
  const send = () => {
    if (post(root.cardId, reply, authorId, root.id)) {
      setReply('');
      setReplying(false);
    }
  };
  return (
    <article className={`fs-thread${root.resolved ? ' is-resolved' : ''}`} aria-label={`Thread by ${who}${root.resolved ? ', resolved' : ''}`}>
      {[root, ...thread.replies].map((c) => (
        <div key={c.id} className={`fs-comment${c === root ? '' : ' is-reply'}`}>
          <div className="fs-comment-meta">
            <span className={`fs-comment-author fs-dept-swatch ${deptClass(colours, departmentOf(c))}`}>{c.author || 'Someone'}</span>
            {departmentOf(c) && <span className="fs-muted">{departmentOf(c)}</span>}
            <time className="fs-muted" dateTime={new Date(c.createdAt).toISOString()}>{when(c.createdAt)}</time>
            {c !== root && mayDelete(c) && (
              <button type="button" className="fs-link fs-link-quiet fs-comment-delete" onClick={() => dispatch(deleteComment, { commentId: c.id })}>
                Delete<span className="fs-sr-only"> reply by {c.author || 'someone'}</span>
              </button>
            )}
          </div>
          <p className="fs-comment-text">{c.text}</p>
        </div>
      ))}
      <div className="fs-thread-tools">
        {!root.resolved && (!room || room.canChange) && (
          <button type="button" className="fs-link" aria-expanded={replying} onClick={() => setReplying(!replying)}>
            Reply<span className="fs-sr-only"> to {who}</span>
          </button>
        )}
        {!room && (
          <button type="button" className="fs-link" onClick={() => dispatch(root.resolved ? reopenThread : resolveThread, { commentId: root.id })}>
            {root.resolved ? 'Reopen' : 'Resolve'}<span className="fs-sr-only"> comment by {who}</span>
          </button>
        )}
        {mayDelete(root) && (
          <button type="button" className="fs-link fs-link-quiet" onClick={() => dispatch(deleteComment, { commentId: root.id })}>
            Delete<span className="fs-sr-only"> comment by {who}{thread.replies.length ? ' and its replies' : ''}</span>
          </button>
        )}
      </div>
      {replying && (
        <div className="fs-thread-reply">
          <label htmlFor={`${id}-r`} className="fs-sr-only">Reply to {who}</label>
          <textarea
            id={`${id}-r`} className="fs-input" rows={2} value={reply} autoFocus placeholder="Reply… (Ctrl+Enter sends it)"
            onChange={(e) => setReply(cleanPara(e.target.value, LIMITS.text))} onKeyDown={onCtrlEnter(send)}
          />
          <button type="button" className="fs-btn" disabled={!reply.trim()} onClick={send}>Add reply</button>
        </div>
      )}
    </article>
  );
}
