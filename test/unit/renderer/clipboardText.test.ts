import { describe, expect, it } from 'vitest';
import { clipText, parseClip, textLines } from '../../../renderer/actions/clipText';
import { copyCards } from '../../../shared/commands/clipboard';
import { generateDoc } from '../../fixtures/generate';

describe('clipboard transforms', () => {
  it('turns pasted text into clean card titles, one per line', () => {
    expect(textLines('Greets guest\r\n\n  Takes   order \u202Eevil\u202C\nPays')).toEqual(['Greets guest', 'Takes order evil', 'Pays']);
    expect(textLines('\n \n')).toEqual([]);
    expect(textLines('x'.repeat(900))[0]).toHaveLength(500);
  });

  it('round-trips copied cards through the clipboard text and refuses anything else', () => {
    const doc = generateDoc({ cards: 12, connectors: 6, stages: 1, stepsPerStage: 2 });
    const clip = copyCards(doc, ['card0', 'card1', 'card6'])!;
    expect(parseClip(JSON.stringify(clip))).toEqual(clip);
    expect(clipText(clip).split('\n')).toEqual(clip.cards.map((c) => c.card.title));
    expect(parseClip('{"format":"frontstage-clip","cards":[]}')).toBeNull();
    expect(parseClip('not json')).toBeNull();
    const hostile = { ...clip, cards: [{ ...clip.cards[0]!, card: { ...clip.cards[0]!.card, title: 'a\u202Eb' } }] };
    expect(parseClip(JSON.stringify(hostile))).toBeNull();
  });
});
