import { findings, type Finding } from '../analysis/findings';
import { percent } from '../analysis/words';
import { clampLines, wrapText } from '../layout/text';
import { sorted } from '../model/queries';
import { QUADRANT_STYLE, CHART } from '../render/charts/style';
import type { Painter } from '../render/displayList';
import { INK } from '../render/palette';
import { longDate, type ReportContext } from './context';
import { lineHeight, TYPE } from './text';

/** The first page: what the workshop was, when, who ran it and who was in the room. */
export function cover(ctx: ReportContext): void {
  const { doc, flow } = ctx;
  const w = doc.workshop;
  flow.startSection('Workshop report', { newPage: true, keep: 0 });
  const p = flow.painter();
  const left = Math.min(470, flow.width * 0.6);
  p.rect(0, 0, 56, 5, { fill: INK.touchpoint });
  p.text(0, 30, 'Service blueprint workshop report', { size: 12, weight: 'bold', fill: INK.touchpoint });
  let y = 44;
  for (const line of clampLines(wrapText(w.title || 'Untitled workshop', 28, left, 'bold'), 3, 28, left, 'bold')) {
    p.text(0, y + 28, line, { size: 28, weight: 'bold', fill: INK.text });
    y += 35;
  }
  y += 6;
  for (const line of clampLines(wrapText(w.service, 14, left), 2, 14, left)) {
    p.text(0, y + 14, line, { size: 14, fill: INK.muted });
    y += 19;
  }
  y += 22;
  const details: [string, string][] = [
    ['Date', longDate(w.date) || 'not recorded'],
    ['Facilitator', w.facilitator || 'not recorded'],
    ['Blueprint', ctx.facts.blueprint.name || 'Untitled blueprint'],
    ['Touchpoints', `${ctx.analysis.touchpoints}, of which ${ctx.analysis.keyTouchpoints} key`],
  ];
  for (const [label, value] of details) {
    p.text(0, y + 9, label.toUpperCase(), { size: TYPE.small, weight: 'bold', fill: INK.faint });
    p.text(96, y + 9, clampLines(wrapText(value, 11, left - 96), 1, 11, left - 96)[0] ?? '', { size: 11, fill: INK.text });
    y += 20;
  }
  if (w.notes.trim()) {
    y += 14;
    p.text(0, y + 9, 'PURPOSE', { size: TYPE.small, weight: 'bold', fill: INK.faint });
    y += 16;
    const room = Math.max(1, Math.floor((flow.height - y - 10) / lineHeight(TYPE.body)));
    for (const line of clampLines(wrapText(w.notes, TYPE.body, left), Math.min(room, 10), TYPE.body, left)) {
      p.text(0, y + TYPE.body, line, { size: TYPE.body, fill: INK.text });
      y += lineHeight(TYPE.body);
    }
  }
  participants(ctx, p.at(left + 40, 0), flow.width - left - 40, flow.height);
  flow.y = flow.height;
}

function participants(ctx: ReportContext, p: Painter, width: number, height: number): void {
  const people = sorted(Object.values(ctx.doc.participants));
  p.rect(-20, 0, 0.8, height, { fill: INK.rule });
  p.text(0, 12, 'Participants', { size: TYPE.subheading, weight: 'bold', fill: INK.text });
  if (!people.length) {
    p.text(0, 32, 'No participants recorded.', { size: TYPE.body, fill: INK.muted });
    return;
  }
  const rowHeight = 25;
  const fit = Math.floor((height - 30) / rowHeight);
  const shown = people.length > fit ? people.slice(0, fit - 1) : people;
  let y = 30;
  for (const person of shown) {
    p.text(0, y + 9, clampLines(wrapText(person.name || 'Unnamed', TYPE.body, width, 'bold'), 1, TYPE.body, width, 'bold')[0] ?? '', { size: TYPE.body, weight: 'bold', fill: INK.text });
    if (person.department) p.text(0, y + 20, clampLines(wrapText(person.department, TYPE.small, width), 1, TYPE.small, width)[0] ?? '', { size: TYPE.small, fill: INK.muted });
    y += rowHeight;
  }
  if (shown.length < people.length) p.text(0, y + 9, `and ${people.length - shown.length} more`, { size: TYPE.body, fill: INK.muted });
}

const TOPIC_COLOR: Record<Finding['topic'], string> = {
  fixFirst: QUADRANT_STYLE.fixFirst.color,
  protect: QUADRANT_STYLE.protect.color,
  benchmark: QUADRANT_STYLE.protect.color,
  differentiate: QUADRANT_STYLE.differentiate.color,
  ownership: CHART.customerService,
  rootCause: INK.line,
  brand: QUADRANT_STYLE.differentiate.color,
  unrated: QUADRANT_STYLE.unrated.color,
};

/**
 * "In short": the decisions in sentences on the left, the numbers behind them on the right, and
 * the contents below them (filled in once every page is laid out).
 */
export function inShort(ctx: ReportContext): (sections: { title: string; page: number }[]) => void {
  const { flow, analysis: a } = ctx;
  flow.startSection('In short', { newPage: true, keep: 0 });
  const p = flow.painter();
  p.text(0, TYPE.title, 'In short', { size: TYPE.title, weight: 'bold', fill: INK.stageText });
  const leftWidth = Math.min(480, flow.width * 0.62);
  let y = 44;
  for (const f of findings(ctx.doc, a)) {
    const room = Math.floor((flow.height - y) / 14.5);
    if (room < 1) break;
    const lines = clampLines(wrapText(f.text, 10.5, leftWidth - 18), Math.min(room, 5), 10.5, leftWidth - 18);
    p.rect(0, y + 2, 8, 8, { fill: TOPIC_COLOR[f.topic], radius: 1.5 });
    for (const line of lines) {
      p.text(18, y + 10, line, { size: 10.5, fill: INK.text });
      y += 14.5;
    }
    y += 9;
  }
  const right = p.at(leftWidth + 30, 40);
  const tileWidth = (flow.width - leftWidth - 30 - 10) / 2;
  const tiles: [string, string][] = [
    [String(a.touchpoints), 'touchpoints'],
    [String(a.keyTouchpoints), 'key touchpoints'],
    [String(a.priority.fixFirst.length), 'to fix first'],
    [percent(a.benchmarkCoverage.share), 'of key touchpoints have a standard'],
    [percent(a.customerServiceShare), 'of the experience owned by customer service'],
    [String(a.rootCauses.length), 'root causes behind the front stage'],
  ];
  tiles.forEach(([value, label], i) => {
    const tx = (i % 2) * (tileWidth + 10);
    const ty = Math.floor(i / 2) * 66;
    right.rect(tx, ty, tileWidth, 58, { fill: INK.laneHeader, radius: 4 });
    right.text(tx + 10, ty + 26, value, { size: 20, weight: 'bold', fill: INK.stageText });
    clampLines(wrapText(label, TYPE.small, tileWidth - 20), 2, TYPE.small, tileWidth - 20).forEach((l, k) => right.text(tx + 10, ty + 39 + k * 9.5, l, { size: TYPE.small, fill: INK.muted }));
  });
  flow.y = flow.height;
  const contents = right.at(0, 3 * 66 + 16);
  const width = flow.width - leftWidth - 30;
  return (sections) => {
    contents.text(0, 11, 'Contents', { size: TYPE.subheading, weight: 'bold', fill: INK.text });
    sections.slice(2).forEach((s, i) => {
      const ty = 30 + i * 13;
      contents.text(0, ty, s.title, { size: TYPE.table, fill: INK.text });
      contents.text(width, ty, String(s.page + 1), { size: TYPE.table, fill: INK.muted, anchor: 'end' });
    });
  };
}
