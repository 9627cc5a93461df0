import type { JSX } from 'react';
import type { Card } from '../../../shared/model';
import { markRow, type RowItem } from '../../../shared/render/markRow';

/**
 * The row of marks at the foot of a card, item for item what every export draws (markRow):
 * every mark is an image named in words for screen readers, with a tooltip. Its picture is the
 * span's ::before (styles/card-marks.css), so a card's marks add no elements of their own.
 */
export function CardMarks({ card }: { card: Card }): JSX.Element {
  return <div className="fs-card-marks">{markRow(card).map(mark)}</div>;
}

function mark(item: RowItem, index: number): JSX.Element {
  switch (item.type) {
    case 'mark':
      return (
        <span key={index} className={`fs-mark fs-mark-icon fs-icon-${item.mark}${item.role === 'wait' ? ' fs-mark-wait' : ''}`} role="img" aria-label={item.label} title={item.title}>
          {item.text}
        </span>
      );
    case 'gap':
      return <span key={index} className="fs-mark fs-mark-gap" role="img" aria-label={item.label} title={item.title}>{item.text}</span>;
    case 'ratings':
      return (
        <span key={index} className="fs-mark fs-mark-product" role="img" aria-label={item.label} title={item.title}>
          {item.ratings.map((r) => (
            <span key={r.name} className="fs-rating">{r.name} <b>{r.value ?? '–'}</b></span>
          ))}
        </span>
      );
  }
}
