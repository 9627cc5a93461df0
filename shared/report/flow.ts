import { Painter, type DisplayItem } from '../render/displayList';

/** A report page in PostScript points: paper size and the margins that keep header and footer clear. */
export interface PageFrame {
  width: number;
  height: number;
  margin: number;
  /** Room above the content for the running header, and below it for the footer. */
  header: number;
  footer: number;
}

export type FlowPage =
  | { kind: 'content'; items: DisplayItem[]; section: string }
  /** One page of the tiled blueprint; the PDF writer draws it from the blueprint's own sheet. */
  | { kind: 'blueprint'; tile: number; section: string };

/**
 * Lays report content top to bottom over as many pages as it needs. Anything drawn goes through
 * a Painter whose origin is the top-left corner of the content area, at the flow's current y.
 */
export class Flow {
  readonly pages: FlowPage[] = [];
  /** The first page of each section, in order, for the contents and the PDF outline. */
  readonly sections: { title: string; page: number }[] = [];
  private items: DisplayItem[] | null = null;
  private section = '';
  y = 0;

  constructor(readonly frame: PageFrame) {}

  get width(): number {
    return this.frame.width - 2 * this.frame.margin;
  }

  get height(): number {
    return this.frame.height - 2 * this.frame.margin - this.frame.header - this.frame.footer;
  }

  get remaining(): number {
    return this.items ? this.height - this.y : 0;
  }

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  newPage(): void {
    this.items = [];
    this.pages.push({ kind: 'content', items: this.items, section: this.section });
    this.y = 0;
  }

  /** Starts a section, on a fresh page when asked or when less than `keep` points are left for its start. */
  startSection(title: string, options: { newPage: boolean; keep: number }): void {
    this.section = title;
    if (options.newPage || this.remaining < options.keep) this.newPage();
    else this.pages[this.pageIndex]!.section = this.pages[this.pageIndex]!.section || title;
    this.sections.push({ title, page: this.pageIndex });
  }

  /** Pages that the PDF writer fills with the blueprint's tiles. */
  blueprintPages(title: string, count: number): void {
    this.section = title;
    this.sections.push({ title, page: this.pages.length });
    for (let tile = 0; tile < count; tile++) this.pages.push({ kind: 'blueprint', tile, section: title });
    this.items = null;
  }

  /** Moves to a new page unless `height` points are left; says whether it did. */
  ensure(height: number): boolean {
    if (this.items && this.remaining >= height) return false;
    this.newPage();
    return true;
  }

  /** A painter at the current position of the content area. */
  painter(): Painter {
    if (!this.items) this.newPage();
    const p = new Painter(this.frame.margin, this.frame.margin + this.frame.header + this.y);
    (p as { items: DisplayItem[] }).items = this.items!;
    return p;
  }

  /** Draws a block of fixed height, on a new page when it does not fit, and moves below it. */
  block(height: number, draw: (p: Painter) => void): void {
    this.ensure(height);
    draw(this.painter());
    this.y += height;
  }

  space(height: number): void {
    this.y = Math.min(this.y + height, this.height);
  }
}
