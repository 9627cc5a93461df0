import type { JSX } from 'react';
import { fieldLabel, type ReviewItem } from '../../shared/merge/review';
import { placeText } from './ConflictList';

const KIND: Record<ReviewItem['kind'], string> = { added: 'Added', changed: 'Changed', deleted: 'Deleted' };

/** What the merge brings in, grouped by where it is: blueprint, lane and step. */
export function IncomingList({ items }: { items: ReviewItem[] }): JSX.Element {
  const groups = new Map<string, ReviewItem[]>();
  for (const item of items) {
    const where = placeText(item.place) || 'Workshop';
    groups.set(where, [...(groups.get(where) ?? []), item]);
  }
  return (
    <section className="fs-merge-section" aria-labelledby="fs-merge-incoming">
      <h3 id="fs-merge-incoming">What comes in <span className="fs-merge-count">{items.length}</span></h3>
      {items.length === 0 && <p className="fs-muted">Nothing: this copy already has everything the other one has.</p>}
      {[...groups].map(([where, list]) => (
        <div key={where} className="fs-merge-group">
          <h4>{where}</h4>
          <ul aria-label={where}>
            {list.map((item) => (
              <li key={item.key} className={`fs-merge-item is-${item.kind}`}>
                <span className="fs-merge-kind">{KIND[item.kind]}</span>
                <span className="fs-merge-what">{item.what}</span>
                <span className="fs-merge-name">{item.name || 'untitled'}</span>
                {item.kind === 'changed' && item.fields.length > 0 && (
                  <span className="fs-merge-fields">{[...new Set(item.fields.map(fieldLabel))].join(', ')}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
