import { LAYOUT } from '../layout/constants';
import type { CardBox } from '../layout/types';
import { recordIn } from '../model/queries';
import type { WorkshopDoc } from '../model/types';
import type { Painter } from './displayList';
import { drawMarkRow, drawOwner } from './marks';
import { CARD_KIND_COLOR, FAIL_POINT_COLOR, INK } from './palette';

/**
 * A card as the canvas draws it (canvas.css .fs-card): white, a 1 px border (stronger for a
 * touchpoint, red for a fail point), its kind's colour along the top edge, the title, the
 * description, the owner, the photo and the row of marks. `note` numbers its strategy note.
 */
export function drawCard(p: Painter, doc: WorkshopDoc, box: CardBox, note?: number): void {
  const card = recordIn(doc.cards, box.id);
  if (!card) return;
  const r = LAYOUT.cardRadius;
  const border = card.failPoint ? FAIL_POINT_COLOR : card.touchpoint ? INK.ruleStrong : INK.rule;
  p.rect(box.x, box.y + 1, box.width, box.height, { radius: r, fill: INK.rule });
  // The stripe is the card in its kind's colour, within its border, showing above the white
  // body set 3 px lower and half a pixel in, clear of the border.
  p.rect(box.x, box.y, box.width, box.height, { radius: r, fill: CARD_KIND_COLOR[box.kind], stroke: border, strokeWidth: 1 });
  p.rect(box.x + 0.5, box.y + 3, box.width - 1, box.height - 3.5, { radius: r - 0.5, fill: INK.paper });

  let baseline = box.y + LAYOUT.cardPadding + LAYOUT.titleFontSize - 1;
  for (const line of box.titleLines) {
    p.text(box.x + LAYOUT.cardPadding, baseline, line, { size: LAYOUT.titleFontSize, weight: 'bold', fill: INK.text });
    baseline += LAYOUT.titleLineHeight;
  }
  if (box.descriptionLines.length) {
    baseline += LAYOUT.descriptionGap - (LAYOUT.titleLineHeight - LAYOUT.descriptionLineHeight);
    for (const line of box.descriptionLines) {
      p.text(box.x + LAYOUT.cardPadding, baseline, line, { size: LAYOUT.descriptionFontSize, fill: INK.muted });
      baseline += LAYOUT.descriptionLineHeight;
    }
  }
  drawOwner(p, box);
  if (box.image) {
    const asset = recordIn(doc.assets, box.image.assetId);
    const { x, y, width, height } = box.image;
    p.rect(x, y, width, height, { fill: INK.surface2 });
    if (asset) p.image(x, y, width, height, asset.mime, asset.data);
  }
  drawMarkRow(p, card, box, note);
}
