import { cardName, decimal, findings, isCustomerService, listOf, percent, plural, type Analysis } from '../../shared/analysis';
import type { Id, WorkshopDoc } from '../../shared/model';

/**
 * The readable summary of `frontstage analyze`: the headline decisions first, then each
 * analysis in full, in words. Plain text, one item a line, so it reads in a terminal and greps.
 */
export function analysisText(doc: WorkshopDoc, a: Analysis): string {
  const out: string[] = [];
  const name = (id: Id) => cardName(doc, id);
  const tp = (id: Id) => doc.cards[id]!.touchpoint!;
  const section = (title: string) => out.push('', title);
  const item = (text: string) => out.push(`  ${text}`);

  out.push(`${doc.workshop.title || 'Untitled workshop'} — ${a.blueprint.name || 'Untitled blueprint'}`);
  out.push(`${plural(a.touchpoints, 'touchpoint')}, ${a.keyTouchpoints} key (importance 4 or 5)`);
  section('In short');
  for (const f of findings(doc, a)) item(`• ${f.text}`);

  const scores = (id: Id) => {
    const t = tp(id);
    const gap = t.expectation !== null && t.experience !== null ? `, gap ${decimal(t.experience - t.expectation, true)}` : '';
    const owner = doc.cards[id]!.owner.trim();
    return `importance ${t.importance}, expectation ${t.expectation ?? '–'}, experience ${t.experience ?? '–'}${gap}${owner ? `; ${owner}` : ''}`;
  };
  const quadrant = (title: string, ids: Id[], extra: (id: Id) => string = () => '') => {
    if (!ids.length) return;
    section(`${title} (${ids.length})`);
    ids.forEach((id, i) => item(`${i + 1}. ${name(id)} — ${scores(id)}${extra(id)}`));
  };
  const standard = (id: Id) => {
    const t = tp(id);
    const std = t.strategy === 'benchmark' ? t.benchmark.standard.trim() : '';
    return std ? `; standard: “${std}”` : '; no standard yet';
  };
  quadrant('Fix first — key touchpoints below expectation', a.priority.fixFirst);
  quadrant('Protect with a benchmark — key touchpoints that meet expectation', a.priority.protect, standard);
  quadrant('Differentiate — already good, candidates for on-brand design', a.priority.differentiate);
  quadrant('Monitor — minor touchpoints below expectation', a.priority.monitor);
  quadrant('Unrated — no expectation or experience score yet', a.priority.unrated);

  const cover = a.benchmarkCoverage;
  section('Benchmark coverage');
  item(`${cover.withStandard} of ${cover.key} key touchpoints have a written standard (${percent(cover.share)})`);
  for (const id of cover.belowTarget) item(`below target: ${name(id)} — current ${tp(id).benchmark.current}, target ${tp(id).benchmark.target}`);

  if (a.ownership.length) {
    section('Who owns the experience — share of importance-weighted touchpoints');
    const width = Math.max(...a.ownership.map((o) => o.owner.length));
    for (const o of a.ownership) {
      const experience = o.experience === null ? 'no experience scores' : `experience ${decimal(o.experience)}`;
      item(`${o.owner.padEnd(width)}  ${percent(o.share).padStart(4)}  ${plural(o.touchpoints, 'touchpoint').padEnd(14)}  ${experience}${isCustomerService(o.owner) ? '  (customer service)' : ''}`);
    }
    item(`Customer service owns ${percent(a.customerServiceShare)}; the rest belongs to the departments above.`);
  }

  const stageName = (id: Id) => doc.stages[id]?.name || 'Untitled stage';
  section('Gaps by stage — importance-weighted experience − expectation');
  for (const g of a.gapsByStage) item(`${stageName(g.stage)}: ${g.gap === null ? 'not rated' : decimal(g.gap, true)} (${plural(g.touchpoints, 'touchpoint')})`);

  section(`Root causes — fixing the first lifts the most weighted experience (${a.rootCauses.length})`);
  if (!a.rootCauses.length) item('none recorded behind touchpoints below expectation');
  a.rootCauses.forEach((r, i) => item(`${i + 1}. ${name(r.card)}${laneOf(doc, r.card)} — weight ${decimal(r.weight)}: ${listOf(r.touchpoints.map(name))}`));

  section(`Handoffs across the line of visibility (${a.handoffs.length})`);
  for (const id of a.handoffs) {
    const k = doc.connectors[id]!;
    item(`${name(k.from)} → ${name(k.to)}${k.label ? ` (${k.label})` : ''}`);
  }
  section(`Fail points (${a.failPoints.length})`);
  for (const id of a.failPoints) item(`${name(id)}${laneOf(doc, id)}`);
  section('Waiting by stage');
  item(a.waitMinutesByStage.map((w) => `${stageName(w.stage)} ${w.minutes} min`).join(', ') || 'no stages');

  section('Brand coverage — differentiated touchpoints that express each attribute');
  if (!a.brandCoverage.length) item('the workshop has no brand attributes');
  for (const b of a.brandCoverage) {
    const attribute = doc.brandAttributes[b.attribute]?.name || 'Untitled attribute';
    item(`${attribute}: ${b.touchpoints.length ? listOf(b.touchpoints.map(name)) : 'none — a gap'}`);
  }
  const p = a.productLayer;
  const rating = (v: number | null) => (v === null ? 'not rated' : `${decimal(v)} of 5`);
  section('Product layer');
  item(`useful ${rating(p.useful)}, usable ${rating(p.usable)}, sensuous ${rating(p.sensuous)}`);
  return `${out.join('\n')}\n`;
}

function laneOf(doc: WorkshopDoc, id: Id): string {
  const lane = doc.lanes[doc.cards[id]?.laneId ?? ''];
  return lane?.name ? ` (${lane.name})` : '';
}
