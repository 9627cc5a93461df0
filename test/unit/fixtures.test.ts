import { describe, expect, it } from 'vitest';
import { generateDoc } from '../fixtures/generate';
import { validateDoc } from '../../shared/model';

describe('generated workshops', () => {
  it('are valid and deterministic', () => {
    const a = generateDoc({ cards: 600, connectors: 300 });
    expect(validateDoc(a).problems).toEqual([]);
    expect(Object.keys(a.cards)).toHaveLength(600);
    expect(JSON.stringify(generateDoc({ cards: 600, connectors: 300 }))).toBe(JSON.stringify(a));
  });

  it('reject a dangling reference with its path', () => {
    const doc = generateDoc({ cards: 10 });
    doc.cards['card3']!.laneId = 'nope';
    const result = validateDoc(doc);
    expect(result.problems.map((p) => p.path.join('.'))).toContain('cards.card3.laneId');
  });
});
