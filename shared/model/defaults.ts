import type { Card, Eligibility, Touchpoint, Workshop, WorkshopDoc } from './types';

function emptyWorkshop(title = 'Untitled workshop'): Workshop {
  return {
    title,
    service: '',
    date: '',
    facilitator: '',
    notes: '',
    timer: { label: '', durationSeconds: 0, startedAt: null, elapsedSeconds: 0, agendaItemId: null },
  };
}

export function emptyDoc(title?: string): WorkshopDoc {
  return {
    workshop: emptyWorkshop(title),
    participants: {},
    brandAttributes: {},
    segments: {},
    agenda: {},
    parkingLot: {},
    assets: {},
    blueprints: {},
    lanes: {},
    stages: {},
    steps: {},
    cards: {},
    connectors: {},
    voteRounds: {},
    votes: {},
    comments: {},
  };
}

export function defaultTouchpoint(): Touchpoint {
  return {
    channel: 'in-person',
    importance: 3,
    sentiment: 0,
    expectation: null,
    experience: null,
    responses: [],
    strategy: 'none',
    benchmark: { standard: '', target: null, current: null, evidence: '' },
    differentiation: { concept: '', brandAttributes: [] },
    quotes: [],
    rootCauses: [],
  };
}

export function defaultCard(fields: Pick<Card, 'id' | 'laneId' | 'stepId' | 'position'> & Partial<Card>): Card {
  return {
    title: '',
    description: '',
    kind: 'action',
    owner: '',
    tags: [],
    failPoint: false,
    waitMinutes: 0,
    imageId: null,
    touchpoint: null,
    product: null,
    originId: null,
    createdBy: null,
    ...fields,
  };
}

/** Every card of the round's blueprint takes dots. */
export function allCardsEligible(): Eligibility {
  return { scope: 'all', laneIds: [], kinds: [], cardIds: [] };
}
