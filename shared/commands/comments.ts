import { z } from 'zod';
import { idSchema, line, para } from '../model/text';
import type { Id } from '../model/types';
import { defineCommand } from './command';
import { before, fresh, has, lookup, need } from './draft';
import { refuse } from './errors';

const commentArgs = z.strictObject({
  id: idSchema,
  cardId: idSchema,
  text: para(),
  createdAt: z.number().int().min(0).max(8.64e15),
  /** The participant writing; their name becomes `author` unless one is given. */
  authorId: idSchema.nullable().optional(),
  author: line().optional(),
  /** The first comment of the thread this one answers. */
  parentId: idSchema.nullable().optional(),
});

/**
 * A comment on a card, or a reply in a thread. A reply to a resolved thread opens it again:
 * somebody has more to say.
 */
export const addComment = defineCommand<z.infer<typeof commentArgs>>(
  'comment.add', 'Add comment', (draft, { id, cardId, text, createdAt, authorId = null, author, parentId = null }) => {
    const doc = before(draft);
    fresh(draft, 'comments', id);
    if (!has(doc.cards, cardId)) refuse(`there is no card "${cardId}"`);
    if (!text.trim()) refuse('a comment needs some text');
    const participant = authorId === null ? undefined : (lookup(doc.participants, authorId) ?? refuse(`there is no participant "${authorId}"`));
    if (parentId !== null) {
      const parent = lookup(doc.comments, parentId) ?? refuse(`there is no comment "${parentId}"`);
      if (parent.cardId !== cardId || parent.parentId !== null) refuse('a reply answers the first comment of a thread on the same card');
      if (parent.resolved) draft.comments[parentId]!.resolved = false;
    }
    draft.comments[id] = {
      id, cardId, text, createdAt, authorId, parentId, resolved: false,
      author: author ?? participant?.name ?? '',
    };
  },
  { args: commentArgs },
);

export const editComment = defineCommand<{ commentId: Id; text: string }>(
  'comment.edit', 'Edit comment', (draft, { commentId, text }) => {
    need(draft, 'comments', commentId).text = text;
  },
  { group: ({ commentId }) => `comment.edit:${commentId}`, args: z.strictObject({ commentId: idSchema, text: para() }) },
);

/** Deleting a thread's first comment deletes its replies with it. */
export const deleteComment = defineCommand<{ commentId: Id }>('comment.delete', 'Delete comment', (draft, { commentId }) => {
  const doc = before(draft);
  need(draft, 'comments', commentId);
  delete draft.comments[commentId];
  for (const c of Object.values(doc.comments)) if (c.parentId === commentId) delete draft.comments[c.id];
}, { args: z.strictObject({ commentId: idSchema }) });

const threadArgs = z.strictObject({ commentId: idSchema });

function settle(resolved: boolean) {
  return (draft: Parameters<typeof need>[0], { commentId }: z.infer<typeof threadArgs>) => {
    const comment = need(draft, 'comments', commentId);
    if (comment.parentId !== null) refuse('only a thread is resolved or reopened, from its first comment');
    comment.resolved = resolved;
  };
}

/** Marks a thread settled; `commentId` is its first comment. */
export const resolveThread = defineCommand<z.infer<typeof threadArgs>>('comment.resolve', 'Resolve comment', settle(true), { args: threadArgs });

/** Opens a settled thread again. */
export const reopenThread = defineCommand<z.infer<typeof threadArgs>>('comment.reopen', 'Reopen comment', settle(false), { args: threadArgs });
