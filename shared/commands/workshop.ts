import type { Id, Workshop } from '../model/types';
import { defineCommand } from './command';
import { assign, before, type DocDraft } from './draft';
import { listCommands } from './lists';
import { workshopSchema } from '../model/schemas';
import { args } from './args';

export const WORKSHOP_FIELDS = ['title', 'service', 'date', 'facilitator', 'notes'] as const;

/** Title, service, date (YYYY-MM-DD or empty), facilitator and notes. */
export const updateWorkshop = defineCommand<{ fields: Partial<Pick<Workshop, (typeof WORKSHOP_FIELDS)[number]>> }>(
  'workshop.update', 'Edit workshop details', (draft, { fields }) => {
    assign(draft.workshop, fields, WORKSHOP_FIELDS);
  },
  {
    group: ({ fields }) => `workshop.update:${Object.keys(fields).sort().join(',')}`,
    args: args({ fields: workshopSchema.pick({ title: true, service: true, date: true, facilitator: true, notes: true }).partial() }),
  },
);

/** Removing a participant removes their votes. */
export const participants = listCommands({
  table: 'participants', noun: 'participant', fields: ['name', 'department'],
  blank: () => ({ name: '', department: '' }),
});

/** Removing a brand attribute takes it off every differentiated touchpoint that expressed it. */
export const brandAttributes = listCommands({
  table: 'brandAttributes', noun: 'brand attribute', fields: ['name', 'description'],
  blank: () => ({ name: '', description: '' }),
});

/** At most one segment holds the best customers: flagging one clears the others. */
function oneBestCustomers(draft: DocDraft, id: Id): void {
  if (!draft.segments[id]?.bestCustomers) return;
  for (const other of Object.keys(draft.segments)) {
    if (other !== id && draft.segments[other]!.bestCustomers) draft.segments[other]!.bestCustomers = false;
  }
}

export const segments = listCommands({
  table: 'segments', noun: 'segment', fields: ['name', 'description', 'bestCustomers'],
  blank: () => ({ name: '', description: '', bestCustomers: false }),
  settle: oneBestCustomers,
});

/** The timer counting an item down follows its planned minutes and title, and lets go of it when it is removed. */
function followTimer(draft: DocDraft, id: Id): void {
  const timer = before(draft).workshop.timer;
  if (timer.agendaItemId !== id) return;
  const item = draft.agenda[id]!;
  const was = before(draft).agenda[id];
  if (was && was.minutes !== item.minutes) draft.workshop.timer.durationSeconds = item.minutes * 60;
  if (was && was.title !== item.title) draft.workshop.timer.label = item.title;
}

export const agenda = listCommands({
  table: 'agenda', noun: 'agenda item', fields: ['title', 'minutes', 'done'],
  blank: () => ({ title: '', minutes: 15, done: false, startedAt: null, endedAt: null, actualSeconds: 0 }),
  settle: followTimer,
  removing: (draft, ids) => {
    if (ids.includes(before(draft).workshop.timer.agendaItemId ?? '')) draft.workshop.timer.agendaItemId = null;
  },
});

export const parkingLot = listCommands({
  table: 'parkingLot', noun: 'parking-lot note', fields: ['text', 'author'],
  blank: () => ({ text: '', author: '' }),
});
