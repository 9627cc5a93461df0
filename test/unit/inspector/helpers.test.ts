import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardSchema } from '../../../shared/model/schemas';
import { cleanLine, cleanPara } from '../../../renderer/components/text';
import { departments, rootCauseCandidates, showsProductRatings } from '../../../renderer/inspector/candidates';
import { checkImage, MAX_IMAGE_BYTES } from '../../../renderer/inspector/imageFile';
import { generateDoc } from '../../fixtures/generate';

describe('text cleaning', () => {
  it('turns any paste into a title the model accepts', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 700 }), (raw) => {
      const title = cleanLine(raw, 500);
      expect(cardSchema.shape.title.safeParse(title).success).toBe(true);
    }));
  });

  it('keeps line breaks in multi-line text but drops bidi overrides', () => {
    expect(cleanPara('a\r\nb\u202Ec')).toBe('a\nbc');
    expect(cleanLine('a\nb\u2066c')).toBe('a bc');
  });
});

describe('root cause candidates', () => {
  it('offers other cards of the same blueprint, backstage and support first', () => {
    const doc = generateDoc({ cards: 30 });
    const touchpoint = Object.values(doc.cards).find((c) => c.laneId === 'lane1')!;
    const groups = rootCauseCandidates(doc, touchpoint.id);
    expect(groups.map((g) => g.laneName).slice(0, 2)).toEqual(['Backstage', 'Support processes']);
    const offered = groups.flatMap((g) => g.cards.map((c) => c.id));
    expect(offered).not.toContain(touchpoint.id);
    expect(offered.length).toBe(29 - (touchpoint.touchpoint?.rootCauses.length ?? 0));
  });

  it('leaves out causes already linked', () => {
    const doc = generateDoc({ cards: 12 });
    const card = Object.values(doc.cards).find((c) => c.touchpoint)!;
    card.touchpoint!.rootCauses = ['card3'];
    const offered = rootCauseCandidates(doc, card.id).flatMap((g) => g.cards.map((c) => c.id));
    expect(offered).not.toContain('card3');
  });
});

describe('card context', () => {
  it('shows product ratings for the product lane or product kind only', () => {
    const doc = generateDoc({ cards: 12 });
    const inProductLane = Object.values(doc.cards).find((c) => c.laneId === 'lane5')!;
    const customer = Object.values(doc.cards).find((c) => c.laneId === 'lane1')!;
    expect(showsProductRatings(doc, inProductLane)).toBe(true);
    expect(showsProductRatings(doc, customer)).toBe(false);
    expect(showsProductRatings(doc, { ...customer, kind: 'product' })).toBe(true);
  });

  it('suggests each department once, sorted', () => {
    const doc = generateDoc({ cards: 12 });
    doc.participants.p1 = { id: 'p1', name: 'Ana', department: 'Sales ', position: 0 };
    expect(departments(doc)).toEqual(['Customer service', 'IT', 'Marketing', 'Operations', 'Product', 'Sales']);
  });
});

describe('image check', () => {
  it('accepts the image types a workshop file stores, up to 8 MB', () => {
    expect(checkImage({ name: 'a.png', type: 'image/png', size: 1000 })).toEqual({ ok: true, mime: 'image/png' });
    expect(checkImage({ name: 'a.svg', type: 'image/svg+xml', size: 10 })).toMatchObject({ ok: false, message: expect.stringContaining('"a.svg" is not') });
    expect(checkImage({ name: 'big.jpg', type: 'image/jpeg', size: MAX_IMAGE_BYTES + 1 })).toMatchObject({ ok: false, message: expect.stringContaining('8 MB') });
  });
});

describe('typing bursts', () => {
  it('keeps one undo group while typing and starts a new one when a field is focused again', async () => {
    const { burstGroup, startBurst } = await import('../../../renderer/components/burst');
    const first = burstGroup('card1:title');
    expect(burstGroup('card1:title')).toBe(first);
    startBurst();
    expect(burstGroup('card1:title')).not.toBe(first);
    expect(burstGroup('card1:description')).not.toBe(burstGroup('card1:title'));
  });
});

describe('memoized root cause candidates', () => {
  it('reuses the list while only the card itself changes, and rebuilds when another card does', async () => {
    const { memoizedCandidates } = await import('../../../renderer/inspector/candidates');
    const { run } = await import('../../../shared/commands/command');
    const { updateCard } = await import('../../../shared/commands/cards');
    const doc = generateDoc({ cards: 24 });
    const candidates = memoizedCandidates();
    const first = candidates(doc, 'card1');
    const typed = run(doc, updateCard, { cardId: 'card1', fields: { title: 'Typing…' } }).doc;
    expect(candidates(typed, 'card1')).toBe(first);
    const other = run(typed, updateCard, { cardId: 'card3', fields: { title: 'Renamed cause' } }).doc;
    const rebuilt = candidates(other, 'card1');
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.flatMap((g) => g.cards.map((c) => c.title))).toContain('Renamed cause');
  });
});
