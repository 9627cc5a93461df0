import { freeze } from 'immer';
import { validateDoc, formatProblem, type WorkshopDoc } from '../../../shared/model';
import { run, type Command } from '../../../shared/commands';
import { generateDoc } from '../../fixtures/generate';

/**
 * A small workshop that has a bit of everything commands must keep consistent: two
 * blueprints, touchpoints with root causes and brand attributes, an image, votes, comments,
 * a presentation order, participants and segments.
 */
export function richDoc(): WorkshopDoc {
  const doc = generateDoc({ cards: 36, connectors: 12, stages: 2, stepsPerStage: 2, seed: 3 });
  doc.participants.p1 = { id: 'p1', name: 'Ana', department: 'Sales', position: 0 };
  doc.participants.p2 = { id: 'p2', name: 'Ben', department: 'IT', position: 1 };
  doc.segments.s1 = { id: 's1', name: 'Regulars', description: '', bestCustomers: true, position: 0 };
  doc.segments.s2 = { id: 's2', name: 'Newcomers', description: '', bestCustomers: false, position: 1 };
  doc.agenda.a1 = { id: 'a1', title: 'Walk the journey', minutes: 30, done: false, position: 0, startedAt: null, endedAt: null, actualSeconds: 0 };
  doc.parkingLot.n1 = { id: 'n1', text: 'Ask legal', author: 'Ana', position: 0 };
  doc.assets.img1 = { id: 'img1', name: 'Receipt', mime: 'image/png', data: 'iVBORw0KGgo=' };
  doc.cards.card0!.imageId = 'img1';
  const tp = doc.cards.card1!.touchpoint ?? (doc.cards.card1!.touchpoint = structuredClone(doc.cards.card2!.touchpoint ?? null));
  if (tp) {
    tp.rootCauses = ['card3', 'card4'];
    tp.quotes = ['Felt welcome at once'];
    tp.strategy = 'differentiate';
    tp.differentiation = { concept: 'Signature welcome', brandAttributes: ['ba-warm', 'ba-crafted'] };
  }
  doc.blueprints.bp1!.presentationOrder = ['card1', 'card3', 'card7'];
  doc.voteRounds.r1 = {
    id: 'r1', blueprintId: 'bp1', name: 'Pain', dotsPerPerson: 3, open: true, position: 0,
    question: 'What hurts most?', eligible: { scope: 'all', laneIds: [], kinds: [], cardIds: [] }, hidden: false, openedAt: 1_000, closedAt: null,
  };
  doc.votes.v1 = { id: 'v1', roundId: 'r1', participantId: 'p1', cardId: 'card3', dots: 2 };
  doc.votes.v2 = { id: 'v2', roundId: 'r1', participantId: 'p2', cardId: 'card1', dots: 1 };
  doc.comments.c1 = { id: 'c1', cardId: 'card3', author: 'Ben', text: 'Slow at peak times', createdAt: 1, authorId: 'p2', parentId: null, resolved: false };
  // A second blueprint, for the cross-blueprint rules.
  doc.blueprints.bp2 = { id: 'bp2', name: 'Future state', description: '', position: 1, presentationOrder: [] };
  doc.lanes.bl0 = { id: 'bl0', blueprintId: 'bp2', name: 'Customer actions', kind: 'customer', role: null, hidden: false, position: 0 };
  doc.stages.bs0 = { id: 'bs0', blueprintId: 'bp2', name: 'Use', position: 0 };
  doc.steps.bt0 = { id: 'bt0', stageId: 'bs0', name: 'Order', position: 0 };
  doc.cards.bc0 = { ...doc.cards.card6!, id: 'bc0', laneId: 'bl0', stepId: 'bt0', position: 0, touchpoint: null, imageId: null };
  expectValid(doc);
  return freeze(doc, true);
}

export function expectValid(doc: WorkshopDoc): void {
  const { problems } = validateDoc(doc);
  if (problems.length) throw new Error(`document is not valid:\n${problems.slice(0, 5).map(formatProblem).join('\n')}`);
}

/** Runs a command and checks the result is a valid document. */
export function apply<A>(doc: WorkshopDoc, command: Command<A>, args: A): WorkshopDoc {
  const next = run(doc, command, args).doc;
  expectValid(next);
  return next;
}

/** Card ids of a cell in display order. */
export function cell(doc: WorkshopDoc, laneId: string, stepId: string): string[] {
  return Object.values(doc.cards)
    .filter((c) => c.laneId === laneId && c.stepId === stepId)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))
    .map((c) => c.id);
}

let counter = 0;
export const nextId = (prefix = 'new') => `${prefix}${++counter}`;
