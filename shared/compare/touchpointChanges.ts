import { experienceGap } from '../model/queries';
import type { Card, Id, Strategy } from '../model/types';
import type { CardPair } from './matchCards';

/** What the compare view shows of a touchpoint at one moment. */
export interface Scores {
  importance: number;
  expectation: number | null;
  experience: number | null;
  /** experience − expectation, null until both are set. */
  gap: number | null;
  sentiment: number;
  strategy: Strategy;
}

export type ScoreField = keyof Scores;
export const SCORE_FIELDS: readonly ScoreField[] = ['importance', 'expectation', 'experience', 'gap', 'sentiment', 'strategy'];

/** One touchpoint in both blueprints (a touchpoint in at least one of them). */
export interface TouchpointRow {
  lineage: Id;
  beforeId: Id;
  afterId: Id;
  title: string;
  /** The earlier title, when the card was renamed. */
  beforeTitle: string | null;
  /** Null where the card is not a touchpoint. */
  before: Scores | null;
  after: Scores | null;
  /** The fields that differ; a card that became or stopped being a touchpoint lists them all. */
  changed: ScoreField[];
}

export function scoresOf(card: Card): Scores | null {
  const t = card.touchpoint;
  if (!t) return null;
  return { importance: t.importance, expectation: t.expectation, experience: t.experience, gap: experienceGap(t), sentiment: t.sentiment, strategy: t.strategy };
}

/** The touchpoints among paired cards, in the pairs' order, with what changed between them. */
export function touchpointRows(pairs: readonly CardPair[]): TouchpointRow[] {
  const rows: TouchpointRow[] = [];
  for (const { lineage, before, after } of pairs) {
    const a = scoresOf(before);
    const b = scoresOf(after);
    if (!a && !b) continue;
    const changed = a && b ? SCORE_FIELDS.filter((f) => a[f] !== b[f]) : [...SCORE_FIELDS];
    rows.push({
      lineage, beforeId: before.id, afterId: after.id, title: after.title,
      beforeTitle: before.title !== after.title ? before.title : null,
      before: a, after: b, changed,
    });
  }
  return rows;
}
