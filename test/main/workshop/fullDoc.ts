import { defaultCard, defaultTouchpoint, emptyDoc, type WorkshopDoc } from '../../../shared/model';

/** A 1×1 PNG, so the asset is a real image and its bytes must survive as bytes. */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A small workshop in which every field of every table holds a non-default value. */
export function fullDoc(): WorkshopDoc {
  const doc = emptyDoc('Resort smoking areas');
  doc.workshop = {
    title: 'Resort smoking areas', service: 'Guest experience', date: '2026-03-14', facilitator: 'Ana',
    notes: 'Two days.\nBring dots.', timer: { label: 'Ideation', durationSeconds: 600, startedAt: 1_700_000_000_000, elapsedSeconds: 12.5, agendaItemId: 'a1' },
  };
  doc.participants.p1 = { id: 'p1', name: 'Bea', department: 'Operations', position: 0 };
  doc.brandAttributes.ba1 = { id: 'ba1', name: 'Gracious', description: 'Anticipates needs', position: 0 };
  doc.segments.s1 = { id: 's1', name: 'Returning guests', description: 'Come every year', bestCustomers: true, position: 0 };
  doc.agenda.a1 = { id: 'a1', title: 'Walk the journey', minutes: 45, done: true, position: 0, startedAt: 1_699_999_000_000, endedAt: 1_700_000_050_000, actualSeconds: 2_890.25 };
  doc.parkingLot.n1 = { id: 'n1', text: 'Ask about\nlighting', author: 'Bea', position: 1.5 };
  doc.assets.img1 = { id: 'img1', name: 'ashtray.png', mime: 'image/png', data: PNG_1PX.toString('base64') };
  doc.blueprints.bp = { id: 'bp', name: 'Current state', description: 'As is', position: 0, presentationOrder: ['c2', 'c1'] };
  doc.lanes.l1 = { id: 'l1', blueprintId: 'bp', name: 'Physical evidence', kind: 'evidence', role: null, hidden: false, position: 0 };
  doc.lanes.l2 = { id: 'l2', blueprintId: 'bp', name: 'Pains', kind: 'custom', role: 'pain-points', hidden: true, position: 1 };
  doc.stages.st = { id: 'st', blueprintId: 'bp', name: 'Use', position: 0 };
  doc.steps.sp = { id: 'sp', stageId: 'st', name: 'Smoke', position: 0 };
  doc.cards.c1 = defaultCard({
    id: 'c1', laneId: 'l1', stepId: 'sp', position: 0, title: 'Clean ashtray', description: 'Emptied hourly\nby staff', kind: 'evidence',
    owner: 'Housekeeping', tags: ['benchmark', 'ünïcode ✓'], failPoint: true, waitMinutes: 2.5, imageId: 'img1',
    touchpoint: {
      ...defaultTouchpoint(), channel: 'in-person', importance: 5, sentiment: -1, expectation: 4, experience: 2,
      responses: ['sensory', 'affective'], strategy: 'benchmark',
      benchmark: { standard: 'Never more than 3 butts', target: 5, current: 3, evidence: 'Regulars notice' },
      differentiation: { concept: 'Insignia ashtray', brandAttributes: ['ba1'] }, quotes: ['"It smelled"'], rootCauses: ['c2'],
    },
    product: { useful: 4, usable: null, sensuous: 2 },
  });
  doc.cards.c2 = defaultCard({ id: 'c2', laneId: 'l2', stepId: 'sp', position: 1, title: 'Rota gaps', kind: 'pain-point' });
  doc.connectors.k1 = { id: 'k1', blueprintId: 'bp', from: 'c2', to: 'c1', kind: 'cause', label: 'causes' };
  doc.voteRounds.r1 = {
    id: 'r1', blueprintId: 'bp', name: 'Key moments', dotsPerPerson: 3, open: true, position: 0, question: 'Which moments matter?',
    eligible: { scope: 'cards', laneIds: ['l1'], kinds: ['evidence'], cardIds: ['c1'] }, hidden: true, openedAt: 1_700_000_060_000, closedAt: 1_700_000_070_000,
  };
  doc.votes.v1 = { id: 'v1', roundId: 'r1', participantId: 'p1', cardId: 'c1', dots: 2 };
  doc.comments.m1 = { id: 'm1', cardId: 'c1', author: 'Bea', text: 'Agreed', createdAt: 1_700_000_100_000, authorId: 'p1', parentId: null, resolved: true };
  doc.comments.m2 = { id: 'm2', cardId: 'c1', author: 'Bea', text: 'Still?', createdAt: 1_700_000_200_000, authorId: null, parentId: 'm1', resolved: false };
  return doc;
}

/**
 * fullDoc() as a format-1 file holds it once migrated: the fields added since have the values
 * that mean "as before" (the committed format-1 fixture was written from format 1's fullDoc).
 */
export function fullDocFormat1(): WorkshopDoc {
  const doc = fullDoc();
  doc.workshop.timer.agendaItemId = null;
  doc.agenda.a1 = { ...doc.agenda.a1!, startedAt: null, endedAt: null, actualSeconds: 0 };
  doc.voteRounds.r1 = {
    ...doc.voteRounds.r1!, question: '', eligible: { scope: 'all', laneIds: [], kinds: [], cardIds: [] }, hidden: false, openedAt: null, closedAt: null,
  };
  doc.comments.m1 = { ...doc.comments.m1!, authorId: null, resolved: false };
  delete doc.comments.m2;
  return doc;
}
