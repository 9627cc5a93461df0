import type { JSX } from 'react';
import type { Card, ProductRatings } from '../../shared/model/types';
import { RatingPicker } from '../components/RatingPicker';
import { productRating } from './edits';
import { perform } from './perform';

const RATINGS: { field: keyof ProductRatings; label: string; question: string }[] = [
  { field: 'useful', label: 'Useful', question: 'Does it do the job the customer hires it for?' },
  { field: 'usable', label: 'Usable', question: 'Is it easy and intuitive?' },
  { field: 'sensuous', label: 'Sensuous', question: 'Does it evoke the senses, even awe?' },
];

/** The product layer judged on its own terms: the experience starts and ends with it. */
export function ProductRatingsSection({ card }: { card: Card }): JSX.Element {
  return (
    <section className="fs-section">
      <h3 className="fs-section-title">Product</h3>
      {RATINGS.map(({ field, label, question }) => (
        <div key={field} className="fs-product-rating">
          <RatingPicker label={label} nullable value={card.product?.[field] ?? null} onChange={(v) => perform(productRating(card.id, field, v))} />
          <p className="fs-field-hint">{question}</p>
        </div>
      ))}
    </section>
  );
}
