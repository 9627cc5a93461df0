import type { Comment, Id, WorkshopDoc } from '../model/types';

/** A comment and the replies to it; resolving the first comment settles the whole thread. */
export interface Thread {
  root: Comment;
  replies: Comment[];
}

const byTime = (a: Comment, b: Comment) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The threads of some comments, oldest first, each with its replies in the order they came. */
export function threadsIn(comments: Iterable<Comment>): Thread[] {
  const roots: Comment[] = [];
  const replies = new Map<Id, Comment[]>();
  for (const c of comments) {
    if (c.parentId === null) roots.push(c);
    else replies.set(c.parentId, [...(replies.get(c.parentId) ?? []), c]);
  }
  return roots.sort(byTime).map((root) => ({ root, replies: (replies.get(root.id) ?? []).sort(byTime) }));
}

export function threadsOfCard(doc: WorkshopDoc, cardId: Id): Thread[] {
  return threadsIn(Object.values(doc.comments).filter((c) => c.cardId === cardId));
}

/** Threads nobody has resolved yet, across the workshop, oldest first. */
export function openThreads(doc: WorkshopDoc): Thread[] {
  return threadsIn(Object.values(doc.comments)).filter((t) => !t.root.resolved);
}

/** How many unresolved threads each card has; cards without any are left out. */
export function openThreadCounts(comments: Readonly<Record<Id, Comment>>): Map<Id, number> {
  const counts = new Map<Id, number>();
  for (const c of Object.values(comments)) {
    if (c.parentId === null && !c.resolved) counts.set(c.cardId, (counts.get(c.cardId) ?? 0) + 1);
  }
  return counts;
}
