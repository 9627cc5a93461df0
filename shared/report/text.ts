import { clampLines, wrapText, type FontWeight } from '../layout/text';
import { INK } from '../render/palette';
import type { Flow } from './flow';

/** Type sizes of the report, in points. */
export const TYPE = {
  title: 20,
  lead: 10.5,
  subheading: 11.5,
  body: 9.5,
  table: 8.5,
  small: 7.5,
} as const;

export const lineHeight = (size: number): number => Math.round(size * 1.35 * 10) / 10;

export interface TextStyle {
  size?: number;
  weight?: FontWeight;
  fill?: string;
  indent?: number;
  width?: number;
  /** Lines beyond this end in "…". */
  maxLines?: number;
}

/** Wrapped text that continues on the next page line by line. */
export function paragraph(flow: Flow, text: string, style: TextStyle = {}): void {
  const size = style.size ?? TYPE.body;
  const weight = style.weight ?? 'normal';
  const indent = style.indent ?? 0;
  const width = (style.width ?? flow.width) - indent;
  let lines = wrapText(text, size, width, weight);
  if (style.maxLines) lines = clampLines(lines, style.maxLines, size, width, weight);
  const lh = lineHeight(size);
  for (const line of lines) {
    flow.block(lh, (p) => p.text(indent, size, line, { size, weight, fill: style.fill ?? INK.text }));
  }
}

/**
 * A section's first lines: its name, and one sentence that says what it shows. Kept on one page
 * with at least `keep` points of what follows.
 */
export function sectionHeading(flow: Flow, title: string, lead: string, options: { newPage?: boolean; keep?: number } = {}): void {
  const leadLines = lead ? wrapText(lead, TYPE.lead, flow.width) : [];
  const height = 30 + leadLines.length * lineHeight(TYPE.lead) + 10;
  const newPage = options.newPage ?? true;
  // A section that follows another on the same page keeps some air above it.
  if (!newPage && flow.remaining < flow.height) flow.space(22);
  flow.startSection(title, { newPage, keep: Math.min(flow.height, height + (options.keep ?? 80)) });
  flow.block(30, (p) => p.text(0, TYPE.title, title, { size: TYPE.title, weight: 'bold', fill: INK.stageText }));
  for (const line of leadLines) flow.block(lineHeight(TYPE.lead), (p) => p.text(0, TYPE.lead, line, { size: TYPE.lead, fill: INK.muted }));
  flow.space(10);
}

/** A heading inside a section, kept with `keep` points of what follows. */
export function subheading(flow: Flow, text: string, keep = 60): void {
  flow.ensure(lineHeight(TYPE.subheading) + 12 + keep);
  flow.space(10);
  flow.block(lineHeight(TYPE.subheading) + 2, (p) => p.text(0, TYPE.subheading, text, { size: TYPE.subheading, weight: 'bold', fill: INK.text }));
}

/** A quiet line for what is missing: better than an empty page. */
export function nothing(flow: Flow, text: string): void {
  paragraph(flow, text, { fill: INK.muted });
}
