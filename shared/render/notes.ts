import { clampLines, wrapText } from '../layout/text';
import type { BlueprintLayout } from '../layout/types';
import type { WorkshopDoc } from '../model/types';
import type { Painter } from './displayList';
import { notePill } from './marks';
import { INK } from './palette';

/**
 * What a touchpoint's strategy says beyond its mark: a benchmark's standard with its target and
 * current scores, a differentiation's concept and the brand attributes it expresses. Exports
 * number these notes on the cards and print them beside the blueprint.
 */
export interface StrategyNote {
  number: number;
  cardId: string;
  strategy: 'benchmark' | 'differentiate';
  title: string;
  paragraphs: string[];
}

const NOTE_WIDTH = 300;
const COLUMN_GAP = 28;
const TITLE_SIZE = 10.5;
const TITLE_LINE = 14;
const BODY_SIZE = 10;
const BODY_LINE = 13;
const NOTE_GAP = 10;
const INDENT = 22;
const HEAD = 18;

/** The notes of a blueprint, numbered in reading order: step by step from the left, top to bottom. */
export function strategyNotes(doc: WorkshopDoc, layout: BlueprintLayout): StrategyNote[] {
  const column = new Map(layout.steps.map((s, i) => [s.id, i]));
  const boxes = [...layout.cards].sort((a, b) => column.get(a.stepId)! - column.get(b.stepId)! || a.y - b.y);
  const notes: StrategyNote[] = [];
  for (const box of boxes) {
    const card = doc.cards[box.id];
    const tp = card?.touchpoint;
    if (!card || !tp) continue;
    const paragraphs: string[] = [];
    if (tp.strategy === 'benchmark') {
      const { standard, target, current } = tp.benchmark;
      if (standard.trim()) paragraphs.push(`Standard: ${standard.trim()}`);
      const scores = [target !== null ? `Target ${target}` : '', current !== null ? `current ${current}` : ''].filter(Boolean).join(' · ');
      if (scores) paragraphs.push(scores + (target !== null && current !== null && current < target ? ' · below target' : ''));
    } else if (tp.strategy === 'differentiate') {
      const { concept, brandAttributes } = tp.differentiation;
      if (concept.trim()) paragraphs.push(`Concept: ${concept.trim()}`);
      const names = brandAttributes.map((id) => doc.brandAttributes[id]?.name).filter((n): n is string => !!n);
      if (names.length) paragraphs.push(`Brand: ${names.join(', ')}`);
    }
    if (paragraphs.length === 0 || tp.strategy === 'none') continue;
    notes.push({ number: notes.length + 1, cardId: box.id, strategy: tp.strategy, title: card.title.trim() || 'Untitled card', paragraphs });
  }
  return notes;
}

interface SetNote { note: StrategyNote; title: string[]; body: string[]; height: number }

/** Notes laid out in columns of equal width, as many as fit `width`, each about as tall as the others. */
export interface NoteBlock { width: number; height: number; draw: (p: Painter) => void }

export function noteBlock(notes: StrategyNote[], width: number): NoteBlock {
  const columns = Math.max(1, Math.floor((width + COLUMN_GAP) / (NOTE_WIDTH + COLUMN_GAP)));
  const textWidth = NOTE_WIDTH - INDENT;
  const set: SetNote[] = notes.map((note) => {
    const title = clampLines(wrapText(note.title, TITLE_SIZE, textWidth, 'bold'), 2, TITLE_SIZE, textWidth, 'bold');
    const body = note.paragraphs.flatMap((text) => clampLines(wrapText(text, BODY_SIZE, textWidth), 8, BODY_SIZE, textWidth));
    return { note, title, body, height: title.length * TITLE_LINE + body.length * BODY_LINE + NOTE_GAP };
  });
  const total = set.reduce((h, n) => h + n.height, 0);
  const target = total / columns;
  const placed: SetNote[][] = [[]];
  let filled = 0;
  for (const n of set) {
    if (filled > 0 && filled + n.height / 2 > target && placed.length < columns) {
      placed.push([]);
      filled = 0;
    }
    placed[placed.length - 1]!.push(n);
    filled += n.height;
  }
  const height = HEAD + Math.max(0, ...placed.map((c) => c.reduce((h, n) => h + n.height, 0)));
  const used = placed.length * NOTE_WIDTH + (placed.length - 1) * COLUMN_GAP;
  return {
    width: used,
    height: notes.length ? height : 0,
    draw: (p) => {
      if (!notes.length) return;
      p.text(0, 11, 'NOTES', { size: 9, weight: 'bold', fill: INK.muted });
      placed.forEach((col, i) => {
        let y = HEAD;
        const x = i * (NOTE_WIDTH + COLUMN_GAP);
        for (const n of col) {
          notePill(p, x, y + 7, n.note.number, n.note.strategy);
          n.title.forEach((line, j) => p.text(x + INDENT, y + 11 + j * TITLE_LINE, line, { size: TITLE_SIZE, weight: 'bold', fill: INK.text }));
          let by = y + n.title.length * TITLE_LINE;
          for (const line of n.body) {
            p.text(x + INDENT, by + 10, line, { size: BODY_SIZE, fill: INK.text });
            by += BODY_LINE;
          }
          y += n.height;
        }
      });
    },
  };
}
