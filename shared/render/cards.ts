import { LAYOUT } from '../layout/constants';
import type { CardBox } from '../layout/types';
import { recordIn } from '../model/queries';
import type { WorkshopDoc } from '../model/types';
import type { Painter } from './displayList';
import { cardMarks } from './marks';
import { CARD_KIND_STYLE, INK } from './palette';

export function drawCard(p: Painter, doc: WorkshopDoc, box: CardBox): void {
  const card = recordIn(doc.cards, box.id);
  if (!card) return;
  const style = CARD_KIND_STYLE[box.kind];
  const touchpoint = card.touchpoint !== null;
  p.rect(box.x, box.y + 1.5, box.width, box.height, { radius: LAYOUT.cardRadius, fill: '#E4E8EE' });
  p.rect(box.x, box.y, box.width, box.height, {
    radius: LAYOUT.cardRadius, fill: style.fill,
    stroke: touchpoint ? INK.touchpoint : INK.rule, strokeWidth: touchpoint ? 1.4 : 1,
  });
  p.rect(box.x, box.y + LAYOUT.cardRadius, 4, box.height - 2 * LAYOUT.cardRadius, { fill: style.accent });

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
  if (box.image) {
    const asset = recordIn(doc.assets, box.image.assetId);
    const { x, y, width, height } = box.image;
    p.rect(x, y, width, height, { fill: INK.laneHeader });
    if (asset) p.image(x, y, width, height, asset.mime, asset.data);
  }
  cardMarks(p, card, box);
}
