import { generateDoc } from '../../fixtures/generate';
import type { WorkshopDoc } from '../../../shared/model';

const DEPARTMENTS = ['Customer service', 'Marketing', 'Operations', 'IT', 'Product'];

/**
 * The canvas benchmark's 2,000 cards as a facilitator has them mid-workshop: eight participants
 * (so every owner has a department colour), an open comment on every seventh card, and
 * a round with dots on every fifth card, open (dots and Add dot buttons) or closed (heat marks).
 */
export function facilitationDoc(open: boolean): WorkshopDoc {
  const doc = generateDoc({ cards: 2000, connectors: 1500 });
  for (let i = 0; i < 8; i++) {
    doc.participants[`p${i}`] = { id: `p${i}`, name: `Participant ${i + 1}`, department: DEPARTMENTS[i % DEPARTMENTS.length]!, position: i };
  }
  doc.voteRounds.r1 = {
    id: 'r1', blueprintId: 'bp1', name: 'Round 1', question: 'What hurts most?', dotsPerPerson: 50, open, position: 0,
    eligible: { scope: 'all', laneIds: [], kinds: [], cardIds: [] }, hidden: false, openedAt: 1_770_000_000_000, closedAt: open ? null : 1_770_000_600_000,
  };
  let v = 0;
  for (let c = 0; c < 2000; c += 5) {
    // Participant 1 votes through the bench; the others have used their dots already.
    const participantId = `p${1 + (c % 7)}`;
    doc.votes[`v${v}`] = { id: `v${v}`, roundId: 'r1', participantId, cardId: `card${c}`, dots: 1 + (c % 3) };
    v++;
  }
  for (let c = 0; c < 2000; c += 7) {
    doc.comments[`m${c}`] = {
      id: `m${c}`, cardId: `card${c}`, author: 'Participant 2', authorId: 'p1', text: 'Check this at the next visit.', createdAt: 1_770_000_000_000 + c,
      parentId: null, resolved: false,
    };
  }
  return doc;
}
