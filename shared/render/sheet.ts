import { layoutBlueprint } from '../layout/blueprint';
import { clampLines, wrapText } from '../layout/text';
import type { BlueprintLayout } from '../layout/types';
import type { Id, WorkshopDoc } from '../model/types';
import { drawVoteResults } from './dots';
import { drawCard } from './cards';
import { drawConnector, drawConnectorLabel } from './connectors';
import { drawCurve } from './curve';
import { Painter, type DisplayList } from './displayList';
import { drawBlueprintLines, drawGrid, drawLineLabels } from './grid';
import { drawLegend, LEGEND_HEIGHT, LEGEND_WIDTH } from './legend';
import { noteBlock, strategyNotes } from './notes';
import { INK } from './palette';

export const SHEET_MARGIN = 40;
const TITLE_HEIGHT = 64;
const LEGEND_GAP = 32;
/** Between the legend and the notes beside it. */
const NOTES_GAP = 48;

export interface Sheet extends DisplayList {
  layout: BlueprintLayout;
  /** Where the layout's origin sits on the sheet. */
  grid: { x: number; y: number };
}

export interface SheetOptions {
  /** A vote round whose result is drawn on the cards (see render/dots.ts). */
  dots?: Id;
}

/**
 * The whole printable picture of a blueprint: title block, the blueprint itself, the legend,
 * and the numbered notes of its strategies beside the legend (below it when there is no room).
 */
export function renderSheet(doc: WorkshopDoc, blueprintId: string, options: SheetOptions = {}): Sheet {
  const layout = layoutBlueprint(doc, blueprintId);
  const blueprint = doc.blueprints[blueprintId]!;
  const notes = strategyNotes(doc, layout);
  const content = Math.max(layout.width, LEGEND_WIDTH);
  const besideWidth = content - LEGEND_WIDTH - NOTES_GAP;
  const beside = noteBlock(notes, besideWidth);
  const block = notes.length && beside.width <= besideWidth ? beside : noteBlock(notes, content);
  const notesBeside = block === beside;
  const width = Math.max(content, block.width) + 2 * SHEET_MARGIN;
  const grid = { x: SHEET_MARGIN, y: SHEET_MARGIN + TITLE_HEIGHT };
  const foot = grid.y + layout.height + LEGEND_GAP;
  const bottom = notesBeside ? Math.max(LEGEND_HEIGHT, block.height) : LEGEND_HEIGHT + (block.height ? LEGEND_GAP + block.height : 0);
  const height = foot + bottom + SHEET_MARGIN;
  const root = new Painter();

  const titleWidth = width - 2 * SHEET_MARGIN;
  const title = clampLines(wrapText(doc.workshop.title || 'Untitled workshop', 22, titleWidth, 'bold'), 1, 22, titleWidth, 'bold')[0] ?? '';
  root.text(SHEET_MARGIN, SHEET_MARGIN + 20, title, { size: 22, weight: 'bold', fill: INK.text });
  const round = options.dots ? doc.voteRounds[options.dots] : undefined;
  const subtitle = [blueprint.name, doc.workshop.service, doc.workshop.date, round && `Dots: ${round.question || round.name}`].filter(Boolean).join('  ·  ');
  root.text(SHEET_MARGIN, SHEET_MARGIN + 44, clampLines(wrapText(subtitle, 13, titleWidth), 1, 13, titleWidth)[0] ?? '', { size: 13, fill: INK.muted });

  const p = root.at(grid.x, grid.y);
  drawGrid(p, layout);
  drawCurve(p, layout);
  drawBlueprintLines(p, layout);
  for (const connector of layout.connectors) drawConnector(p, connector);
  const numbers = new Map(notes.map((n) => [n.cardId, n.number]));
  for (const card of layout.cards) drawCard(p, doc, card, numbers.get(card.id));
  if (round) drawVoteResults(p, doc, layout, round.id);
  for (const connector of layout.connectors) drawConnectorLabel(p, connector);
  drawLineLabels(p, layout);

  drawLegend(root.at(SHEET_MARGIN, foot));
  block.draw(notesBeside ? root.at(SHEET_MARGIN + LEGEND_WIDTH + NOTES_GAP, foot) : root.at(SHEET_MARGIN, foot + LEGEND_HEIGHT + LEGEND_GAP));

  const heading = `${doc.workshop.title || 'Untitled workshop'} — ${blueprint.name}`;
  return { width, height, background: INK.paper, items: root.items, title: heading, layout, grid };
}
