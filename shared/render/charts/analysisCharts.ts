import { blueprintFacts, gapOf } from '../../analysis/facts';
import { isCustomerService } from '../../analysis/ownership';
import type { Analysis } from '../../analysis/types';
import { cardName, decimal, listOf, percent, plural } from '../../analysis/words';
import type { WorkshopDoc } from '../../model/types';
import { formatMinutes } from '../format';
import { barChart } from './bars';
import type { RowChart } from './rows';
import { CHART, QUADRANT_STYLE } from './style';

/**
 * The analyses of CONTRACT §6 as row charts: the report places them page by page, the app and
 * SVG draw them whole (rowChartList), from the same display items.
 */

interface Size { width: number }

const layout = (width: number) => ({ width, labelWidth: Math.min(190, width * 0.26), barWidth: Math.min(300, width * 0.38) });
/** Whole numbers from 0 to at least `max`, for counts that d3 would otherwise tick at halves. */
const wholeTicks = (max: number) => Array.from({ length: Math.max(1, Math.ceil(max)) + 1 }, (_, i) => i);

export function ownershipChart(doc: WorkshopDoc, a: Analysis, { width }: Size): RowChart {
  return barChart({
    ...layout(width),
    domain: [0, Math.max(0.1, ...a.ownership.map((o) => o.share))], tickFormat: percent,
    axisTitle: 'Share of importance-weighted touchpoints',
    noteTitle: 'Experience they deliver (importance-weighted, 1\u20135)',
    rows: a.ownership.map((o) => {
      const cs = isCustomerService(o.owner);
      return {
        label: o.owner, sublabel: plural(o.touchpoints, 'touchpoint'), value: o.share, fill: cs ? CHART.customerService : CHART.otherOwner,
        valueText: percent(o.share), note: o.experience === null ? 'no experience scores' : `experience ${decimal(o.experience)} of 5`,
        ...(cs ? { tag: 'customer service', tagColor: CHART.customerService } : {}),
      };
    }),
  });
}

export function gapsByStageChart(doc: WorkshopDoc, a: Analysis, { width }: Size): RowChart {
  const extent = Math.min(4, Math.max(1, Math.ceil(Math.max(...a.gapsByStage.map((g) => Math.abs(g.gap ?? 0))))));
  const worst = worstByStage(doc, a.blueprint.id);
  return barChart({
    ...layout(width),
    domain: [-extent, extent], ticks: Array.from({ length: 2 * extent + 1 }, (_, i) => i - extent), tickFormat: (n) => decimal(n, true),
    axisTitle: 'Importance-weighted gap: experience \u2212 expectation',
    noteTitle: 'Widest gap in the stage',
    rows: a.gapsByStage.map((g) => {
      const low = worst.get(g.stage);
      return {
        label: doc.stages[g.stage]?.name || 'Untitled stage',
        sublabel: plural(g.touchpoints, 'touchpoint'),
        value: g.gap, empty: g.touchpoints ? 'not scored' : 'no touchpoints',
        fill: (g.gap ?? 0) < 0 ? CHART.below : CHART.above,
        valueText: g.gap === null ? '' : `${decimal(g.gap, true)}${g.gap < 0 ? ' below' : ''}`,
        note: low && low.gap < 0 ? `${cardName(doc, low.id)} (${decimal(low.gap, true)})` : low ? 'no touchpoint below expectation' : undefined,
      };
    }),
  });
}

/** Per stage, its touchpoint furthest below expectation (most important first on equal gaps). */
function worstByStage(doc: WorkshopDoc, blueprintId: string): Map<string, { id: string; gap: number }> {
  const facts = blueprintFacts(doc, blueprintId);
  const worst = new Map<string, { id: string; gap: number; importance: number }>();
  for (const card of facts.touchpoints) {
    const stage = facts.stageOfStep.get(card.stepId);
    const gap = gapOf(card);
    if (stage === undefined || gap === null) continue;
    const known = worst.get(stage);
    if (!known || gap < known.gap || (gap === known.gap && card.touchpoint.importance > known.importance)) worst.set(stage, { id: card.id, gap, importance: card.touchpoint.importance });
  }
  return worst;
}

/** Ticks at steps people count time in (5, 10, 15, 30 minutes, 1, 2, 4 hours, a day…), at most five of them. */
function minuteTicks(max: number): number[] {
  const step = [5, 10, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 10080].find((s) => max / s <= 4) ?? Math.ceil(max / 4 / 1440) * 1440;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

export function waitingChart(doc: WorkshopDoc, a: Analysis, { width }: Size): RowChart {
  const ticks = minuteTicks(Math.max(5, ...a.waitMinutesByStage.map((w) => w.minutes)));
  return barChart({
    ...layout(width),
    domain: [0, ticks[ticks.length - 1]!], ticks, tickFormat: (n) => formatMinutes(n),
    axisTitle: 'Minutes of waiting, summed over the stage\u2019s cards',
    rows: a.waitMinutesByStage.map((w) => ({
      label: doc.stages[w.stage]?.name || 'Untitled stage', value: w.minutes, fill: CHART.bar, valueText: formatMinutes(w.minutes),
    })),
  });
}

export function rootCausesChart(doc: WorkshopDoc, a: Analysis, { width, max = Infinity }: Size & { max?: number }): RowChart {
  const top = a.rootCauses.slice(0, max);
  return barChart({
    ...layout(width),
    domain: [0, Math.max(1, ...top.map((r) => r.weight))], tickFormat: (n) => decimal(n),
    axisTitle: 'Weight: \u03A3 importance \u00D7 shortfall of the touchpoints it drags down',
    noteTitle: 'Touchpoints below expectation it causes',
    rows: top.map((r, i) => {
      const card = doc.cards[r.card];
      const lane = card ? doc.lanes[card.laneId]?.name : '';
      return {
        label: `${i + 1}. ${cardName(doc, r.card)}`, sublabel: [lane, card?.owner.trim()].filter(Boolean).join(' \u00B7 '),
        value: r.weight, fill: QUADRANT_STYLE.fixFirst.color, valueText: decimal(r.weight),
        note: listOf(r.touchpoints.map((id) => cardName(doc, id))),
      };
    }),
  });
}

export function brandCoverageChart(doc: WorkshopDoc, a: Analysis, { width }: Size): RowChart {
  const max = Math.max(1, ...a.brandCoverage.map((b) => b.touchpoints.length));
  return barChart({
    ...layout(width),
    domain: [0, max], ...(max <= 6 ? { ticks: wholeTicks(max) } : {}), tickFormat: (n) => decimal(n),
    axisTitle: 'Differentiated touchpoints that express it',
    noteTitle: 'Which touchpoints',
    rows: a.brandCoverage.map((b) => {
      const attribute = doc.brandAttributes[b.attribute];
      const gap = b.touchpoints.length === 0;
      return {
        label: attribute?.name || 'Untitled attribute', sublabel: attribute?.description ?? '',
        value: b.touchpoints.length, fill: QUADRANT_STYLE.differentiate.color,
        valueText: gap ? 'not expressed' : String(b.touchpoints.length),
        note: gap ? 'No differentiated touchpoint expresses this attribute: a brand promise nothing keeps yet.' : listOf(b.touchpoints.map((id) => cardName(doc, id))),
        ...(gap ? { tag: 'gap', tagColor: QUADRANT_STYLE.fixFirst.color } : {}),
      };
    }),
  });
}

const PRODUCT_MEANING = {
  useful: 'does the job the customer hires it for',
  usable: 'easy and intuitive to use',
  sensuous: 'evokes the senses, awe',
} as const;

export function productLayerChart(_doc: WorkshopDoc, a: Analysis, { width }: Size): RowChart {
  return barChart({
    ...layout(width),
    domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5], tickFormat: (n) => decimal(n),
    axisTitle: 'Mean rating of the product cards (1\u20135)',
    rows: (['useful', 'usable', 'sensuous'] as const).map((k) => ({
      label: k[0]!.toUpperCase() + k.slice(1), sublabel: PRODUCT_MEANING[k], value: a.productLayer[k],
      empty: 'not rated', fill: CHART.bar, valueText: a.productLayer[k] === null ? '' : `${decimal(a.productLayer[k]!)} of 5`,
    })),
  });
}
