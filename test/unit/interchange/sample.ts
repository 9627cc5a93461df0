import { generateDoc } from '../../fixtures/generate';
import type { WorkshopDoc } from '../../../shared/model';

/** A generated workshop with every table and every optional field in use. */
export function richDoc(): WorkshopDoc {
  const doc = generateDoc({ cards: 120, connectors: 40 });
  doc.workshop = {
    ...doc.workshop, date: '2026-03-14', facilitator: 'Ana', notes: 'Bring sticky notes.\nAnd coffee.',
    timer: { label: 'Break', durationSeconds: 900, startedAt: 1_770_000_000_000, elapsedSeconds: 12.5, agendaItemId: 'a1' },
  };
  doc.participants.p1 = { id: 'p1', name: 'Ana', department: 'Marketing', position: 0 };
  doc.participants.p2 = { id: 'p2', name: 'Bo', department: 'Operations', position: 1 };
  doc.segments.s1 = { id: 's1', name: 'Enthusiasts', description: 'Own two machines', bestCustomers: true, position: 0 };
  doc.agenda.a1 = { id: 'a1', title: 'Walk the journey', minutes: 45, done: true, position: 0, startedAt: 1_769_999_000_000, endedAt: 1_770_000_200_000, actualSeconds: 2_710.5 };
  doc.parkingLot.n1 = { id: 'n1', text: 'Ask IT about stock sync', author: 'Bo', position: 0 };
  doc.assets.img1 = { id: 'img1', name: 'shelf.png', mime: 'image/png', data: 'iVBORw0KGgo=' };
  doc.blueprints.bp1!.description = 'As it is today';
  doc.blueprints.bp1!.presentationOrder = ['card3', 'card1'];
  doc.lanes.lane9 = { id: 'lane9', blueprintId: 'bp1', name: 'Ideas', kind: 'custom', role: 'ideas', hidden: true, position: 6 };
  const card = doc.cards.card1!;
  card.tags = ['queue', 'weekend'];
  card.imageId = 'img1';
  card.touchpoint = {
    channel: 'in-person', importance: 5, sentiment: -1, expectation: 4, experience: 2,
    responses: ['affective', 'behavioral'], strategy: 'benchmark',
    benchmark: { standard: 'Served within 3 minutes', target: 4, current: 2, evidence: 'Regulars are greeted by name' },
    differentiation: { concept: 'Tasting bar', brandAttributes: ['ba-warm'] },
    quotes: ['I waited ages.'], rootCauses: ['card3'],
  };
  doc.cards.card5!.product = { useful: 5, usable: null, sensuous: 3 };
  doc.voteRounds.r1 = {
    id: 'r1', blueprintId: 'bp1', name: 'Pain points', dotsPerPerson: 3, open: false, position: 0, question: 'What hurts most?',
    eligible: { scope: 'lanes', laneIds: ['lane1', 'lane2'], kinds: [], cardIds: [] }, hidden: true, openedAt: 1_770_000_000_100, closedAt: 1_770_000_000_900,
  };
  doc.voteRounds.r2 = {
    id: 'r2', blueprintId: 'bp1', name: 'Ideas', dotsPerPerson: 5, open: true, position: 1, question: '',
    eligible: { scope: 'cards', laneIds: [], kinds: [], cardIds: ['card1', 'card3'] }, hidden: false, openedAt: 1_770_000_001_000, closedAt: null,
  };
  doc.votes.v1 = { id: 'v1', roundId: 'r1', participantId: 'p1', cardId: 'card1', dots: 2 };
  doc.comments.c1 = { id: 'c1', cardId: 'card1', author: 'Ana', text: 'Seen this twice', createdAt: 1_770_000_000_500, authorId: 'p1', parentId: null, resolved: true };
  doc.comments.c2 = { id: 'c2', cardId: 'card1', author: 'Bo', text: 'Me too', createdAt: 1_770_000_000_600, authorId: null, parentId: 'c1', resolved: false };
  doc.blueprints.bp2 = { id: 'bp2', name: 'Future state', description: '', position: 1, presentationOrder: [] };
  doc.lanes.fl = { id: 'fl', blueprintId: 'bp2', name: 'Customer actions', kind: 'customer', role: null, hidden: false, position: 0 };
  doc.stages.fs = { id: 'fs', blueprintId: 'bp2', name: 'Visit', position: 0 };
  doc.steps.ft = { id: 'ft', stageId: 'fs', name: 'Arrive', position: 0 };
  doc.cards.fc = { ...doc.cards.card0!, id: 'fc', laneId: 'fl', stepId: 'ft', position: 0, touchpoint: null, product: null };
  return doc;
}
