import type { Card, WorkshopDoc } from '../model/types';
import { recordIn } from '../model/queries';
import { LAYOUT } from './constants';
import { clampLines, wrapText } from './text';
import type { CardBox } from './types';

const TEXT_WIDTH = LAYOUT.cardWidth - 2 * LAYOUT.cardPadding;
const OWNER_WIDTH = TEXT_WIDTH - LAYOUT.ownerIconSize - 4;

export function hasMarks(card: Card): boolean {
  return card.touchpoint !== null || card.product !== null || card.failPoint || card.waitMinutes > 0;
}

/** A card's box at (x, y): its height follows its wrapped text, owner, photo and marks row. */
export function layoutCard(doc: WorkshopDoc, card: Card, x: number, y: number): CardBox {
  const titleLines = clampLines(
    wrapText(card.title, LAYOUT.titleFontSize, TEXT_WIDTH, 'bold'),
    LAYOUT.titleMaxLines, LAYOUT.titleFontSize, TEXT_WIDTH, 'bold',
  );
  const descriptionLines = card.description.trim()
    ? clampLines(
        wrapText(card.description.trim(), LAYOUT.descriptionFontSize, TEXT_WIDTH),
        LAYOUT.descriptionMaxLines, LAYOUT.descriptionFontSize, TEXT_WIDTH,
      )
    : [];
  let cursor = y + LAYOUT.cardPadding + titleLines.length * LAYOUT.titleLineHeight;
  if (descriptionLines.length) cursor += LAYOUT.descriptionGap + descriptionLines.length * LAYOUT.descriptionLineHeight;
  const box: CardBox = {
    id: card.id, laneId: card.laneId, stepId: card.stepId, kind: card.kind,
    x, y, width: LAYOUT.cardWidth, height: 0, titleLines, descriptionLines,
  };
  const owner = card.owner.trim();
  if (owner) {
    const size = LAYOUT.ownerFontSize;
    cursor += LAYOUT.ownerGap;
    box.owner = { y: cursor, text: clampLines(wrapText(owner, size, OWNER_WIDTH), 1, size, OWNER_WIDTH)[0] ?? '' };
    cursor += LAYOUT.ownerLineHeight;
  }
  if (card.imageId && recordIn(doc.assets, card.imageId)) {
    cursor += LAYOUT.imageGap;
    box.image = { assetId: card.imageId, x: x + LAYOUT.cardPadding, y: cursor, width: TEXT_WIDTH, height: LAYOUT.imageHeight };
    cursor += LAYOUT.imageHeight;
  }
  if (hasMarks(card)) {
    cursor += LAYOUT.footerGap;
    box.footerY = cursor;
    cursor += LAYOUT.footerHeight;
  }
  box.height = cursor + LAYOUT.cardPadding - y;
  return box;
}
