import type { Patch } from 'immer';
import type { Id, Vote, WorkshopDoc } from '../../shared/model/types';
import type { Change, Push } from '../../shared/sync/protocol';

/**
 * A round that hides dots until it closes hides them from the room's devices, not only from the
 * page: a participant's copy of the workshop holds their own dots of such a round and nobody
 * else's, so no one can read the others' votes out of the page's data. What is hidden is decided
 * on the host's document as it is now; a round opening, closing or changing whether it hides
 * dots sends each participant a fresh (filtered) snapshot, since what they may hold changed.
 */
export function dotsHidden(doc: WorkshopDoc, vote: Pick<Vote, 'roundId' | 'participantId'>, participantId: Id): boolean {
  const round = doc.voteRounds[vote.roundId];
  return Boolean(round?.open && round.hidden) && vote.participantId !== participantId;
}

/** `doc` without the dots `participantId` may not see (the same object when there are none). */
export function withoutHiddenDots(doc: WorkshopDoc, participantId: Id): WorkshopDoc {
  const hidden = Object.values(doc.votes).filter((v) => dotsHidden(doc, v, participantId));
  if (hidden.length === 0) return doc;
  const votes = { ...doc.votes };
  for (const v of hidden) delete votes[v.id];
  return { ...doc, votes };
}

/** A patch that changes which dots are hidden: a round's open or hidden flag, a whole round or table. */
function changesWhatIsHidden(patch: Patch, doc: WorkshopDoc): boolean {
  const [table, id, field] = patch.path;
  if (patch.path.length === 0 || ((table === 'votes' || table === 'voteRounds') && patch.path.length === 1)) return true;
  if (table !== 'voteRounds' || patch.op === 'remove') return false;
  if (field !== undefined && field !== 'open' && field !== 'hidden') return false;
  const round = doc.voteRounds[String(id)];
  const value = patch.value as { hidden?: unknown } | undefined;
  return Boolean(round?.hidden || (field === undefined && value?.hidden) || field === 'hidden');
}

/** Whether `participantId`'s copy takes this patch. Removals always go: removing what is not there does nothing. */
function visiblePatch(patch: Patch, doc: WorkshopDoc, participantId: Id): boolean {
  const [table, id] = patch.path;
  if (table !== 'votes' || patch.op === 'remove') return true;
  const vote = patch.path.length === 2 ? (patch.value as Vote) : doc.votes[String(id)];
  return vote !== undefined && !dotsHidden(doc, vote, participantId);
}

/**
 * The push `participantId`'s device gets for `push` from the hub, with `doc` the host's document
 * now (at `seq`, the hub's last change): null when it may have the push as it is.
 */
export function pushForParticipant(push: Push, doc: WorkshopDoc, seq: number, participantId: Id): Push | null {
  if (push.type === 'snapshot') {
    const own = withoutHiddenDots(push.doc, participantId);
    return own === push.doc ? null : { ...push, doc: own };
  }
  if (push.type !== 'changes') return null;
  if (push.changes.some((c) => c.patches.some((p) => changesWhatIsHidden(p, doc)))) {
    return { type: 'snapshot', seq, doc: withoutHiddenDots(doc, participantId) };
  }
  let filtered = false;
  const changes = push.changes.map((change): Change => {
    const patches = change.patches.filter((p) => visiblePatch(p, doc, participantId));
    if (patches.length === change.patches.length) return change;
    filtered = true;
    // The change still comes, emptied of what is hidden: the device's numbering has no gaps.
    return { ...change, patches };
  });
  return filtered ? { type: 'changes', changes } : null;
}
