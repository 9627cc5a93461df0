import { experienceCurve } from '../analysis/experienceCurve';
import { isCustomerService } from '../analysis/ownership';
import { decimal, percent } from '../analysis/words';
import { clampLines, wrapText } from '../layout/text';
import { gapsByStageChart, ownershipChart, waitingChart } from '../render/charts/analysisCharts';
import { drawExperienceCurve } from '../render/charts/experienceCurve';
import { CHART } from '../render/charts/style';
import type { Painter } from '../render/displayList';
import { INK } from '../render/palette';
import type { ReportContext } from './context';
import { placeRowChart } from './rows';
import { nothing, sectionHeading, subheading, TYPE } from './text';

/** "Customer experience is not customer service": who owns how much of the weighted experience. */
export function ownershipSection(ctx: ReportContext): void {
  const { flow, analysis: a, doc } = ctx;
  const others = a.ownership.filter((o) => !isCustomerService(o.owner));
  const biggest = others[0];
  sectionHeading(flow, 'Who owns the experience', `Customer service owns ${percent(a.customerServiceShare)} of the importance-weighted experience${biggest ? `; ${biggest.owner} alone owns ${percent(biggest.share)}` : ''}. Customer experience is not customer service: the departments that design the product, the promise and the operation own most of it.`);
  if (!a.ownership.length) return nothing(flow, 'No touchpoints, so no owners yet.');
  flow.block(54, (p) => shareStrip(p, a.ownership, flow.width));
  placeRowChart(flow, ownershipChart(doc, a, { width: flow.width }));
}

/** The whole experience as one bar, split by owner: customer service's part stands out in colour and in words. */
function shareStrip(p: Painter, owners: { owner: string; share: number }[], width: number): void {
  let x = 0;
  let shade = 0;
  for (const o of owners) {
    const w = o.share * width;
    const cs = isCustomerService(o.owner);
    p.rect(x, 0, Math.max(0.5, w - 1), 20, { fill: cs ? CHART.customerService : shade++ % 2 ? '#B9C6D3' : CHART.otherOwner });
    const label = clampLines(wrapText(`${o.owner} ${percent(o.share)}`, TYPE.small, w - 6, 'bold'), 1, TYPE.small, w - 6, 'bold')[0] ?? '';
    if (w > 40 && !label.endsWith('\u2026')) p.text(x + 4, 13.5, label, { size: TYPE.small, weight: 'bold', fill: INK.paper });
    x += w;
  }
  const cs = owners.filter((o) => isCustomerService(o.owner)).reduce((s, o) => s + o.share, 0);
  p.rect(0, 28, 9, 9, { fill: CHART.customerService, radius: 1.5 });
  p.text(14, 36, `customer service ${percent(cs)}`, { size: TYPE.small, weight: 'bold', fill: INK.text });
  p.rect(130, 28, 9, 9, { fill: CHART.otherOwner, radius: 1.5 });
  p.text(144, 36, `every other owner ${percent(1 - cs)}`, { size: TYPE.small, fill: INK.text });
}

/** Where along the journey the promise and the reality drift apart, and where customers wait. */
export function gapsSection(ctx: ReportContext): void {
  const { flow, analysis: a, doc } = ctx;
  const worst = [...a.gapsByStage].filter((g) => g.gap !== null).sort((x, y) => x.gap! - y.gap!)[0];
  const waiting = [...a.waitMinutesByStage].sort((x, y) => y.minutes - x.minutes)[0];
  const lead = [
    worst && worst.gap! < 0 ? `The widest gap is in ${doc.stages[worst.stage]?.name || 'an untitled stage'} (${decimal(worst.gap!, true)}).` : 'No stage falls short of expectation on average.',
    waiting && waiting.minutes > 0 ? `Customers wait longest in ${doc.stages[waiting.stage]?.name || 'an untitled stage'}.` : '',
  ].filter(Boolean).join(' ');
  sectionHeading(flow, 'Gaps and waiting by stage', lead);
  if (!a.gapsByStage.length) return nothing(flow, 'This blueprint has no stages.');
  subheading(flow, 'Expectation gap');
  placeRowChart(flow, gapsByStageChart(doc, a, { width: flow.width }));
  subheading(flow, 'Waiting');
  placeRowChart(flow, waitingChart(doc, a, { width: flow.width }));
}

/** The curve of the blueprint's lane, larger: importance-weighted sentiment step by step. */
export function curveSection(ctx: ReportContext): void {
  const { flow, facts } = ctx;
  sectionHeading(flow, 'Experience curve', 'Importance-weighted sentiment of the touchpoints at each step, from very negative (\u22122) to very positive (+2): the emotional journey as customers live it.', { keep: 240 });
  const values = experienceCurve(facts);
  if (!values.length) return nothing(flow, 'No touchpoints, so no curve yet.');
  const stages = facts.stages.map((s) => ({ name: s.name, steps: (facts.stepsOfStage.get(s.id) ?? []).map((t) => ({ id: t.id, name: t.name })) }));
  const height = Math.min(300, flow.height - flow.y);
  flow.block(height, (p) => drawExperienceCurve(p, { stages, values }, flow.width, height));
  const low = [...values].sort((x, y) => x.value - y.value)[0]!;
  const step = ctx.doc.steps[low.stepId];
  if (low.value < 0 && step) flow.block(16, (p) => p.text(0, 11, `Lowest point: ${step.name} (${decimal(low.value, true)}).`, { size: TYPE.body, fill: INK.muted }));
}
