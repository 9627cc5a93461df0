import { decimal } from '../analysis/words';
import type { Id } from '../model/types';
import { productLayerChart, rootCausesChart } from '../render/charts/analysisCharts';
import { formatMinutes } from '../render/format';
import { CONNECTOR_KIND_LABELS } from '../model/labels';
import { INK } from '../render/palette';
import { capped, laneOf, nameOf, placeOf, type ReportContext } from './context';
import { placeRowChart } from './rows';
import { table } from './table';
import { nothing, paragraph, sectionHeading, subheading, TYPE } from './text';

/** Long lists are cut here in print; `frontstage analyze` has them all. */
const MAX_ROWS = 40;
const MAX_CAUSES = 20;

const more = (ctx: ReportContext, n: number, what: string) => {
  if (n > 0) paragraph(ctx.flow, `and ${n} more ${what}: run "frontstage analyze" for the full list.`, { fill: INK.muted, size: TYPE.table });
};

export function rootCausesSection(ctx: ReportContext): void {
  const { flow, analysis: a, doc } = ctx;
  const top = a.rootCauses[0];
  sectionHeading(flow, 'Root causes', top
    ? `The cards behind the front stage that drag touchpoints below expectation, heaviest first. Fixing “${nameOf(ctx, top.card)}” (weight ${decimal(top.weight)}) lifts the most weighted experience: improve the service-product, not only the service.`
    : 'The cards behind the front stage that drag touchpoints below expectation.');
  if (!a.rootCauses.length) return nothing(flow, 'No root causes are recorded for the touchpoints below expectation.');
  placeRowChart(flow, rootCausesChart(doc, a, { width: flow.width, max: MAX_CAUSES }));
  more(ctx, a.rootCauses.length - MAX_CAUSES, 'root causes');
}

export function handoffsSection(ctx: ReportContext): void {
  const { flow, analysis: a, doc } = ctx;
  sectionHeading(flow, 'Handoffs and fail points', `${a.handoffs.length} connectors cross the line of visibility, where work passes between what customers see and what happens behind it; ${a.failPoints.length} cards are marked as fail points.`);
  subheading(flow, `Handoffs across the line of visibility (${a.handoffs.length})`);
  const handoffs = capped(a.handoffs, MAX_ROWS);
  if (handoffs.shown.length) {
    table<Id>(flow, [
      { title: 'From', share: 0.32, text: (id) => [{ text: nameOf(ctx, doc.connectors[id]!.from), weight: 'bold' }, { text: laneOf(ctx, doc.connectors[id]!.from), size: TYPE.small, fill: INK.muted }] },
      { title: 'To', share: 0.32, text: (id) => [{ text: nameOf(ctx, doc.connectors[id]!.to), weight: 'bold' }, { text: laneOf(ctx, doc.connectors[id]!.to), size: TYPE.small, fill: INK.muted }] },
      { title: 'Connector', share: 0.14, text: (id) => CONNECTOR_KIND_LABELS[doc.connectors[id]!.kind].label },
      { title: 'Label', share: 0.22, text: (id) => doc.connectors[id]!.label },
    ], handoffs.shown);
    more(ctx, handoffs.more, 'handoffs');
  } else nothing(flow, 'No connector crosses the line of visibility.');

  subheading(flow, `Fail points (${a.failPoints.length})`);
  const fails = capped(a.failPoints, MAX_ROWS);
  if (!fails.shown.length) return nothing(flow, 'No card is marked as a fail point.');
  table<Id>(flow, [
    { title: 'Card', share: 0.36, text: (id) => [{ text: nameOf(ctx, id), weight: 'bold' }, { text: doc.cards[id]!.description, size: TYPE.small, fill: INK.muted }] },
    { title: 'Lane', share: 0.16, text: (id) => laneOf(ctx, id) },
    { title: 'Where', share: 0.24, text: (id) => placeOf(ctx, id) },
    { title: 'Owner', share: 0.12, text: (id) => doc.cards[id]!.owner.trim() },
    { title: 'Wait', share: 0.12, align: 'end', text: (id) => (doc.cards[id]!.waitMinutes ? formatMinutes(doc.cards[id]!.waitMinutes) : '') },
  ], fails.shown);
  more(ctx, fails.more, 'fail points');
}

export function productSection(ctx: ReportContext): void {
  const { flow, analysis: a, doc, facts } = ctx;
  sectionHeading(flow, 'Product layer', 'The experience starts and ends with the product itself: is it useful (does the job), usable (easy) and sensuous (evokes the senses)?', { keep: 120 });
  placeRowChart(flow, productLayerChart(doc, a, { width: flow.width }));
  const rated = capped(facts.cards.filter((c) => c.product && (c.product.useful ?? c.product.usable ?? c.product.sensuous) !== null), MAX_ROWS);
  if (!rated.shown.length) return;
  flow.space(8);
  const score = (v: number | null | undefined) => (v === null || v === undefined ? '\u2013' : String(v));
  table(flow, [
    { title: 'Product card', share: 0.55, text: (c) => [{ text: nameOf(ctx, c.id), weight: 'bold' }, { text: placeOf(ctx, c.id), size: TYPE.small, fill: INK.muted }] },
    { title: 'Useful', share: 0.15, align: 'end', text: (c) => score(c.product?.useful) },
    { title: 'Usable', share: 0.15, align: 'end', text: (c) => score(c.product?.usable) },
    { title: 'Sensuous', share: 0.15, align: 'end', text: (c) => score(c.product?.sensuous) },
  ], rated.shown);
  more(ctx, rated.more, 'product cards');
}
