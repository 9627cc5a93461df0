import { threadsIn } from '../facilitation/comments';
import { dotsText, roundsOf, standings } from '../facilitation/votes';
import { INK } from '../render/palette';
import { capped, nameOf, placeOf, type ReportContext } from './context';
import { table } from './table';
import { nothing, paragraph, sectionHeading, subheading, TYPE } from './text';

/** Most cards a round's ranking lists; the rest are counted (all of them are in the CSV's dots columns). */
const RANKED = 15;

/** Every closed dot-vote round of the blueprint, in the order they were held, with its ranking. */
export function votesSection(ctx: ReportContext): void {
  const { flow, doc } = ctx;
  const blueprintId = ctx.facts.blueprint.id;
  const rounds = roundsOf(doc, blueprintId).filter((r) => !r.open);
  sectionHeading(flow, 'Dot votes', rounds.length ? `${rounds.length} ${rounds.length === 1 ? 'round' : 'rounds'}: what the room chose, most dots first.` : '', { newPage: false, keep: 60 });
  if (!rounds.length) return nothing(flow, 'No vote round was closed on this blueprint.');
  for (const round of rounds) {
    const result = standings(doc, round.id);
    const dots = result.reduce((n, s) => n + s.dots, 0);
    subheading(flow, round.question.trim() || round.name.trim() || 'Untitled round');
    paragraph(flow, `${dotsText(round.dotsPerPerson)} per person · ${dotsText(dots)} on ${result.length} ${result.length === 1 ? 'card' : 'cards'}`, { size: TYPE.small, fill: INK.muted });
    if (!result.length) {
      nothing(flow, 'Nobody put a dot in this round.');
      continue;
    }
    const { shown, more } = capped(result, RANKED);
    table(flow, [
      { title: 'Rank', share: 0.08, align: 'end', text: (s) => String(s.rank) },
      { title: 'Card', share: 0.5, text: (s) => nameOf(ctx, s.cardId) },
      { title: 'Where', share: 0.27, text: (s) => placeOf(ctx, s.cardId) },
      { title: 'Dots', share: 0.15, align: 'end', text: (s) => [{ text: dotsText(s.dots), weight: 'bold' }] },
    ], shown);
    if (more) paragraph(flow, `and ${more} more ${more === 1 ? 'card' : 'cards'} with fewer dots: the CSV export lists every card's dots.`, { size: TYPE.small, fill: INK.muted });
  }
}

/** The comment threads nobody has resolved on the blueprint's cards: what the room left open. */
export function commentsSection(ctx: ReportContext): void {
  const { flow, doc, facts } = ctx;
  const cards = new Set(facts.cards.map((c) => c.id));
  const onBlueprint = Object.values(doc.comments).filter((c) => cards.has(c.cardId));
  const open = threadsIn(onBlueprint).filter((t) => !t.root.resolved);
  sectionHeading(flow, 'Open comments', open.length ? `${open.length} ${open.length === 1 ? 'thread' : 'threads'} on the cards that nobody resolved.` : '', { newPage: false, keep: 60 });
  if (!open.length) return nothing(flow, 'No comment is left open on this blueprint.');
  table(flow, [
    { title: 'Card', share: 0.3, text: (t) => [{ text: nameOf(ctx, t.root.cardId), weight: 'bold' }, { text: placeOf(ctx, t.root.cardId), fill: INK.muted, size: TYPE.small }] },
    { title: 'Comment and replies', share: 0.7, text: (t) => [t.root, ...t.replies].map((c) => ({ text: `${c.author.trim() || 'Someone'}: ${c.text.trim()}` })) },
  ], open);
}
