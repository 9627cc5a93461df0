// Issue 16 item 4, case by case on real files: cards moved, retitled and re-scored in both
// copies, lanes and steps added in both, connectors whose end the other copy deleted, votes
// and comments from both. Each is handled, and nothing is dropped without being listed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeWith, readCopy } from '../../../main/workshop/merge/copies';
import { writeWorkshopFile } from '../../../main/workshop';
import {
  addComment, addConnector, addLane, addStep, addVoteRound, agenda, castDot, deleteCards, deleteComment, deleteLane, moveCard, startAgendaItem,
  updateCard, updateTouchpoint,
} from '../../../shared/commands';
import { RECORD_FIELD, type MergeResult } from '../../../shared/merge/copies';
import { validateDoc } from '../../../shared/model/integrity';
import { columnsOf, lanesOf, stagesOf, type WorkshopDoc } from '../../../shared/model';
import { richDoc } from '../../unit/commands/fixture';
import { useTempDir } from '../workshop/helpers';
import { copiesOf, edit, type Editor } from './copies';

const tempDir = useTempDir();

/** Two copies of one workshop, each edited by `onMine` / `onTheirs`, merged MINE-first. */
function mergeOf(onMine: (e: Editor, doc: WorkshopDoc) => void, onTheirs: (e: Editor, doc: WorkshopDoc) => void): { result: MergeResult; base: WorkshopDoc } {
  const dir = tempDir();
  const base = join(dir, 'base.frontstage');
  const doc = richDoc();
  writeWorkshopFile(base, doc);
  const [mine, theirs] = copiesOf(base, dir, ['mine', 'theirs']);
  edit(mine!, join(dir, 'work'), (e) => onMine(e, e.doc));
  edit(theirs!, join(dir, 'work'), (e) => onTheirs(e, e.doc));
  const result = mergeWith(readCopy(mine!), readCopy(theirs!));
  expect(validateDoc(result.doc).problems).toEqual([]);
  return { result, base: doc };
}

const cardIn = (doc: WorkshopDoc, n = 0) => Object.values(doc.cards).filter((c) => c.touchpoint)[n]!;

describe('merging copies, case by case', () => {
  it('a card moved in both copies: a conflict per place field, MINE kept; moved in one: taken', () => {
    const { result, base } = mergeOf(
      (e, doc) => {
        const [a, b] = [cardIn(doc, 0), cardIn(doc, 1)];
        const lanes = lanesOf(doc, 'bp1');
        e.run(moveCard, { cardId: a.id, laneId: lanes.find((l) => l.id !== a.laneId)!.id, stepId: a.stepId, index: 0 });
        e.run(updateCard, { cardId: b.id, fields: { title: 'Moved only by theirs, retitled by mine' } });
      },
      (e, doc) => {
        const [a, b] = [cardIn(doc, 0), cardIn(doc, 1)];
        const lanes = lanesOf(doc, 'bp1');
        e.run(moveCard, { cardId: a.id, laneId: lanes.filter((l) => l.id !== a.laneId).at(-1)!.id, stepId: a.stepId, index: 0 });
        const step = columnsOf(doc, 'bp1').find((s) => s.id !== b.stepId)!;
        e.run(moveCard, { cardId: b.id, laneId: b.laneId, stepId: step.id, index: 0 });
      },
    );
    const [a, b] = [cardIn(base, 0), cardIn(base, 1)];
    expect(result.summary.conflicts.filter((c) => c.record === `cards/${a.id}`).map((c) => c.field)).toContain('laneId');
    expect(result.doc.cards[b.id]!.title).toBe('Moved only by theirs, retitled by mine');
    expect(result.doc.cards[b.id]!.stepId).not.toBe(b.stepId);
  });

  it('retitled and re-scored in both: listed; different ratings of one touchpoint: both kept', () => {
    const other = (n: number) => (cardIn(richDoc()).touchpoint!.importance === n ? 3 : n);
    const { result, base } = mergeOf(
      (e, doc) => {
        e.run(updateCard, { cardId: cardIn(doc).id, fields: { title: 'Mine' } });
        e.run(updateTouchpoint, { cardId: cardIn(doc).id, fields: { importance: other(5) } });
        e.run(updateTouchpoint, { cardId: cardIn(doc, 1).id, fields: { importance: 5 } });
      },
      (e, doc) => {
        e.run(updateCard, { cardId: cardIn(doc).id, fields: { title: 'Theirs' } });
        e.run(updateTouchpoint, { cardId: cardIn(doc).id, fields: { importance: other(1) } });
        e.run(updateTouchpoint, { cardId: cardIn(doc, 1).id, fields: { sentiment: -2 } });
      },
    );
    const [a, b] = [cardIn(base, 0), cardIn(base, 1)];
    const listed = result.summary.conflicts.filter((c) => c.record === `cards/${a.id}`);
    expect(listed).toEqual(expect.arrayContaining([
      { record: `cards/${a.id}`, field: 'title', mine: 'Mine', theirs: 'Theirs', kept: 'mine' },
      { record: `cards/${a.id}`, field: 'touchpoint.importance', mine: other(5), theirs: other(1), kept: 'mine' },
    ]));
    expect(result.doc.cards[b.id]!.touchpoint).toMatchObject({ importance: 5, sentiment: -2 });
  });

  it('lanes and steps added in both copies: all of them', () => {
    const { result } = mergeOf(
      (e, doc) => {
        e.run(addLane, { id: 'lane-mine', blueprintId: 'bp1', name: 'Mine' });
        e.run(addStep, { id: 'step-mine', stageId: stagesOf(doc, 'bp1')[0]!.id, name: 'Mine' });
      },
      (e, doc) => {
        e.run(addLane, { id: 'lane-theirs', blueprintId: 'bp1', name: 'Theirs' });
        e.run(addStep, { id: 'step-theirs', stageId: stagesOf(doc, 'bp1')[0]!.id, name: 'Theirs' });
      },
    );
    expect(Object.keys(result.doc.lanes)).toEqual(expect.arrayContaining(['lane-mine', 'lane-theirs']));
    expect(Object.keys(result.doc.steps)).toEqual(expect.arrayContaining(['step-mine', 'step-theirs']));
    expect(result.summary.conflicts).toEqual([]);
    expect(result.summary.added).toBe(2);
  });

  it('a connector to a card the other copy deleted, a card in a lane it deleted: brought back and listed', () => {
    let cardX = '';
    let lane = '';
    const { result } = mergeOf(
      (e, doc) => {
        cardX = cardIn(doc, 2).id;
        lane = lanesOf(doc, 'bp1').at(-1)!.id;
        e.run(deleteCards, { cardIds: [cardX] });
        e.run(deleteLane, { laneId: lane });
      },
      (e, doc) => {
        e.run(addConnector, { id: 'to-x', from: cardIn(doc, 0).id, to: cardX });
        e.run(addComment, { id: 'on-x', cardId: cardX, author: 'Ben', text: 'Keep this one', createdAt: 1 });
        const step = columnsOf(doc, 'bp1')[0]!.id;
        e.run(addLane, { id: 'unused', blueprintId: 'bp1', name: 'x' });
        e.run(moveCard, { cardId: cardIn(doc, 3).id, laneId: lane, stepId: step, index: 0 });
      },
    );
    expect(result.doc.connectors['to-x']).toBeDefined();
    expect(result.doc.comments['on-x']?.text).toBe('Keep this one');
    expect(result.doc.cards[cardX]).toBeDefined();
    expect(result.doc.lanes[lane]).toBeDefined();
    expect(result.summary.conflicts).toEqual(expect.arrayContaining([
      expect.objectContaining({ record: `cards/${cardX}`, field: RECORD_FIELD, mine: null, kept: 'theirs' }),
      expect.objectContaining({ record: `lanes/${lane}`, field: RECORD_FIELD, mine: null, kept: 'theirs' }),
    ]));
  });

  it('votes and comments from both copies: every dot and every comment', () => {
    let round = '';
    const { result } = mergeOf(
      (e) => {
        round = 'round';
        e.run(addVoteRound, { id: round, blueprintId: 'bp1', dotsPerPerson: 5 });
      },
      () => {},
    );
    // A round both copies have, then dots and comments in each.
    const dir = tempDir();
    const base = join(dir, 'base.frontstage');
    writeWorkshopFile(base, result.doc, { history: result.history });
    const [mine, theirs] = copiesOf(base, dir, ['mine', 'theirs']);
    const card = cardIn(result.doc).id;
    edit(mine!, join(dir, 'work'), (e) => {
      e.run(castDot, { id: 'v-mine', roundId: round, participantId: 'p1', cardId: card });
      e.run(castDot, { id: 'v-mine-2', roundId: round, participantId: 'p1', cardId: card });
      e.run(addComment, { id: 'c-mine', cardId: card, author: 'Ana', text: 'From mine', createdAt: 1 });
    });
    edit(theirs!, join(dir, 'work'), (e) => {
      e.run(castDot, { id: 'v-theirs', roundId: round, participantId: 'p1', cardId: card });
      e.run(castDot, { id: 'v-ben', roundId: round, participantId: 'p2', cardId: card });
      e.run(addComment, { id: 'c-theirs', cardId: card, author: 'Ben', text: 'From theirs', createdAt: 2 });
    });
    const merged = mergeWith(readCopy(mine!), readCopy(theirs!));
    const dots = Object.values(merged.doc.votes).filter((v) => v.roundId === round).reduce((n, v) => n + v.dots, 0);
    expect(dots).toBe(4);
    expect(Object.keys(merged.doc.comments)).toEqual(expect.arrayContaining(['c-mine', 'c-theirs']));
    expect(validateDoc(merged.doc).problems).toEqual([]);
  });

  it('a dot added to one vote in both copies: the count is listed, not silently 2', () => {
    const dir = tempDir();
    const base = join(dir, 'base.frontstage');
    writeWorkshopFile(base, richDoc());
    const card = cardIn(richDoc()).id;
    edit(base, join(dir, 'work'), (e) => {
      e.run(addVoteRound, { id: 'r', blueprintId: 'bp1', dotsPerPerson: 5 });
      e.run(castDot, { id: 'v', roundId: 'r', participantId: 'p1', cardId: card });
    });
    const [mine, theirs] = copiesOf(base, dir, ['mine', 'theirs']);
    for (const file of [mine!, theirs!]) edit(file, join(dir, 'work'), (e) => e.run(castDot, { id: 'unused', roundId: 'r', participantId: 'p1', cardId: card }));
    const merged = mergeWith(readCopy(mine!), readCopy(theirs!));
    expect(merged.summary.conflicts).toEqual([{ record: 'votes/v', field: 'dots', mine: 2, theirs: 2, kept: 'mine' }]);
  });

  it('a reply to a thread the other copy deleted, a timer on an agenda item it deleted: both brought back and listed', () => {
    const dir = tempDir();
    const base = join(dir, 'base.frontstage');
    writeWorkshopFile(base, richDoc());
    const card = cardIn(richDoc()).id;
    edit(base, join(dir, 'work'), (e) => {
      e.run(addComment, { id: 'thread', cardId: card, author: 'Ana', text: 'Why a queue here?', createdAt: 1 });
      e.run(agenda.add, { id: 'item', fields: { title: 'Dot vote', minutes: 10 } });
    });
    const [mine, theirs] = copiesOf(base, dir, ['mine', 'theirs']);
    edit(mine!, join(dir, 'work'), (e) => {
      e.run(deleteComment, { commentId: 'thread' });
      e.run(agenda.remove, { ids: ['item'] });
    });
    edit(theirs!, join(dir, 'work'), (e) => {
      e.run(addComment, { id: 'reply', cardId: card, author: 'Ben', text: 'The tablet is slow', createdAt: 2, parentId: 'thread' });
      e.run(startAgendaItem, { agendaItemId: 'item', now: 1_000 });
    });
    const merged = mergeWith(readCopy(mine!), readCopy(theirs!));
    expect(validateDoc(merged.doc).problems).toEqual([]);
    expect(merged.doc.comments.reply?.parentId).toBe('thread');
    expect(merged.doc.comments.thread).toBeDefined();
    expect(merged.doc.workshop.timer.agendaItemId).toBe('item');
    expect(merged.summary.conflicts.map((c) => [c.record, c.field])).toEqual(expect.arrayContaining([['comments/thread', RECORD_FIELD], ['agenda/item', RECORD_FIELD]]));
  });
});
