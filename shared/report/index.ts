import { blueprintFacts } from '../analysis/facts';
import { analyze } from '../analysis';
import { clampLines, wrapText } from '../layout/text';
import type { Id, WorkshopDoc } from '../model/types';
import { Painter, type DisplayItem } from '../render/displayList';
import { INK } from '../render/palette';
import { concepts, scorecard } from './benchmark';
import { brandSection } from './brand';
import { handoffsSection, productSection, rootCausesSection } from './causes';
import type { ReportContext } from './context';
import { cover, inShort } from './cover';
import { Flow, type FlowPage, type PageFrame } from './flow';
import { agendaSection, parkingLotSection, quotesSection } from './notes';
import { commentsSection, votesSection } from './votes';
import { curveSection, gapsSection, ownershipSection } from './ownership';
import { priorityMatrix } from './priority';

export type { FlowPage, PageFrame } from './flow';

export const BLUEPRINT_SECTION = 'The blueprint';

export interface ReportOptions {
  /** Paper size in points. */
  page: { width: number; height: number };
  /** How many pages the tiled blueprint takes (the PDF writer plans its tiles). */
  blueprintPages: number;
}

export interface Report {
  title: string;
  frame: PageFrame;
  pages: FlowPage[];
  /** The first page (0-based) of every section, in order. */
  sections: { title: string; page: number }[];
  /** Running header and footer of a page; on blueprint pages only the header, clear of the tiles' crop marks. */
  furniture(page: number): DisplayItem[];
  /** "page n of N", for the footer the writer draws under a blueprint tile. */
  pageLabel(page: number): string;
}

/**
 * The workshop report of one blueprint as pages of display items, in points: cover, the
 * decisions in short, the blueprint (pages the writer tiles), then every analysis of CONTRACT §6
 * as a chart or table, the standards and concepts in full, quotes, the dot votes and open
 * comments, parking lot and agenda.
 */
export function composeReport(doc: WorkshopDoc, blueprintId: Id, options: ReportOptions): Report {
  const frame: PageFrame = { ...options.page, margin: 36, header: 22, footer: 18 };
  const flow = new Flow(frame);
  const ctx: ReportContext = { doc, facts: blueprintFacts(doc, blueprintId), analysis: analyze(doc, blueprintId), flow };
  cover(ctx);
  const contents = inShort(ctx);
  flow.blueprintPages(BLUEPRINT_SECTION, options.blueprintPages);
  priorityMatrix(ctx);
  scorecard(ctx);
  concepts(ctx);
  brandSection(ctx);
  ownershipSection(ctx);
  gapsSection(ctx);
  curveSection(ctx);
  rootCausesSection(ctx);
  handoffsSection(ctx);
  productSection(ctx);
  quotesSection(ctx);
  votesSection(ctx);
  commentsSection(ctx);
  parkingLotSection(ctx);
  agendaSection(ctx);
  contents(flow.sections);

  const title = `${doc.workshop.title || 'Untitled workshop'} \u2014 workshop report`;
  const furniture = (index: number): DisplayItem[] => pageFurniture(doc, frame, flow.pages, index);
  const pageLabel = (index: number) => `page ${index + 1} of ${flow.pages.length}`;
  return { title, frame, pages: flow.pages, sections: flow.sections, furniture, pageLabel };
}

/** Blueprint tiles have crop marks in the corners and overlap ticks beside them: the header keeps clear of both. */
const TILE_CLEAR = { left: 46, right: 64 };

function pageFurniture(doc: WorkshopDoc, frame: PageFrame, pages: FlowPage[], index: number): DisplayItem[] {
  const p = new Painter();
  const page = pages[index]!;
  const tile = page.kind === 'blueprint';
  const left = tile ? TILE_CLEAR.left : frame.margin;
  const right = frame.width - (tile ? TILE_CLEAR.right : frame.margin);
  const width = (right - left) / 2 - 10;
  const fit = (text: string, weight: 'normal' | 'bold' = 'normal') => clampLines(wrapText(text, 7.5, width, weight), 1, 7.5, width, weight)[0] ?? '';
  // The cover carries its own title; every other page says where the reader is.
  if (index > 0) {
    const top = tile ? 18 : frame.margin + 8;
    p.text(left, top, fit(doc.workshop.title || 'Untitled workshop'), { size: 7.5, fill: INK.muted });
    p.text(right, top, fit(page.section, 'bold'), { size: 7.5, weight: 'bold', fill: INK.muted, anchor: 'end' });
    if (!tile) p.line(left, top + 5, right, top + 5, INK.rule, 0.6);
  }
  if (tile) return p.items;
  const bottom = frame.height - frame.margin + 14;
  p.text(right, bottom, `page ${index + 1} of ${pages.length}`, { size: 7.5, fill: INK.muted, anchor: 'end' });
  p.text(left, bottom, 'Made with Frontstage', { size: 7.5, fill: INK.faint });
  return p.items;
}
