import { sorted } from '../model/queries';
import { formatMinutes } from '../render/format';
import { sentimentLabel } from '../render/marks';
import { INK } from '../render/palette';
import { nameOf, placeOf, type ReportContext } from './context';
import { table } from './table';
import { lineHeight, nothing, paragraph, sectionHeading, TYPE } from './text';

/** The voice of the customer, touchpoint by touchpoint, in reading order. */
export function quotesSection(ctx: ReportContext): void {
  const { flow, facts } = ctx;
  const quoted = facts.touchpoints.filter((c) => c.touchpoint.quotes.some((q) => q.trim()));
  const count = quoted.reduce((n, c) => n + c.touchpoint.quotes.filter((q) => q.trim()).length, 0);
  sectionHeading(flow, 'Customer quotes', `${count} ${count === 1 ? 'quote' : 'quotes'} from customers, by touchpoint along the journey.`);
  if (!quoted.length) return nothing(flow, 'No customer quotes were recorded.');
  for (const card of quoted) {
    const head = `${nameOf(ctx, card.id)}  \u00B7  ${placeOf(ctx, card.id)}  \u00B7  sentiment ${sentimentLabel(card.touchpoint.sentiment)}`;
    flow.ensure(lineHeight(TYPE.body) * 3);
    flow.space(4);
    paragraph(flow, head, { weight: 'bold', size: TYPE.table });
    for (const quote of card.touchpoint.quotes.filter((q) => q.trim())) {
      const start = flow.y;
      const page = flow.pageIndex;
      paragraph(flow, `\u201C${quote.trim()}\u201D`, { indent: 14, fill: INK.text });
      // A rule beside the quote, on the page where it started.
      if (flow.pageIndex === page) flow.painter().at(0, start - flow.y).rect(4, 2, 2, flow.y - start - 2, { fill: INK.touchpoint });
      flow.space(3);
    }
  }
}

export function parkingLotSection(ctx: ReportContext): void {
  const { flow, doc } = ctx;
  const notes = sorted(Object.values(doc.parkingLot));
  sectionHeading(flow, 'Parking lot', 'Questions and ideas the room set aside to take up later.', { newPage: false, keep: 60 });
  if (!notes.length) return nothing(flow, 'The parking lot is empty.');
  for (const note of notes) {
    paragraph(flow, `\u2022 ${note.text.trim() || '(empty note)'}`, { indent: 0 });
    if (note.author.trim()) paragraph(flow, `\u2014 ${note.author.trim()}`, { indent: 10, size: TYPE.small, fill: INK.muted });
    flow.space(4);
  }
}

export function agendaSection(ctx: ReportContext): void {
  const { flow, doc } = ctx;
  const items = sorted(Object.values(doc.agenda));
  const total = items.reduce((m, i) => m + i.minutes, 0);
  sectionHeading(flow, 'Agenda', items.length ? `${items.length} items, ${formatMinutes(total)} in all.` : '', { newPage: false, keep: 60 });
  if (!items.length) return nothing(flow, 'No agenda was recorded.');
  table(flow, [
    { title: '#', share: 0.05, align: 'end', text: (i) => String(items.indexOf(i) + 1) },
    { title: 'Item', share: 0.5, text: (i) => i.title },
    { title: 'Planned', share: 0.15, align: 'end', text: (i) => formatMinutes(i.minutes) },
    // What the time-box really took, as the timer recorded it; an item never started has no actual time.
    { title: 'Actual', share: 0.15, align: 'end', text: (i) => (i.startedAt === null && i.actualSeconds === 0 ? '\u2014' : formatMinutes(i.actualSeconds / 60)) },
    { title: 'Status', share: 0.15, text: (i) => [{ text: i.done ? '\u2713 done' : 'open', fill: i.done ? INK.touchpoint : INK.muted, weight: i.done ? 'bold' : 'normal' }] },
  ], items);
}
