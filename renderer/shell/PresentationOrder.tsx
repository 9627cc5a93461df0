import { useCallback, type JSX } from 'react';
import { setPresentationOrder } from '../../shared/commands/blueprints';
import type { Id, WorkshopDoc } from '../../shared/model';
import { dispatch, useDoc } from '../state/documentStore';
import { Modal } from '../dialogs/Modal';
import { focusWhenRendered } from '../canvas/focus';
import { placeOf } from './presenting';
import { presentationOrder, readingOrder } from './presentation';

interface Row { id: Id; title: string; place: string }

const rowsOf = (doc: WorkshopDoc, ids: Id[]): Row[] => ids.map((id) => ({ id, title: doc.cards[id]?.title || 'Untitled', place: placeOf(doc, id) }));
const sameRows = (a: Row[], b: Row[]) => a.length === b.length && a.every((r, i) => r.id === b[i]!.id && r.title === b[i]!.title && r.place === b[i]!.place);

/** Focus to a button of a row once it has moved, matched by its card and what it does. */
const refocus = (cardId: Id, what: string) =>
  focusWhenRendered(() => document.querySelector<HTMLElement>(`.fs-order [data-card="${CSS.escape(cardId)}"][data-does="${what}"]:not(:disabled)`));

/** Focus to the first enabled button that does `what` (the foot's Clear, or a row's Add). */
const focusFoot = (what: string) => focusWhenRendered(() => document.querySelector<HTMLElement>(`.fs-modal [data-does="${what}"]:not(:disabled)`));

/**
 * The facilitator's presentation order: the cards Present walks in Order mode, first to last.
 * Every change is one undo step (`setPresentationOrder`).
 */
export function PresentationOrder({ blueprintId, onClose }: { blueprintId: Id; onClose: () => void }): JSX.Element {
  const order = useDoc(useCallback((doc: WorkshopDoc) => rowsOf(doc, presentationOrder(doc, blueprintId)), [blueprintId]), sameRows);
  const rest = useDoc(useCallback((doc: WorkshopDoc) => {
    const chosen = new Set(presentationOrder(doc, blueprintId));
    return rowsOf(doc, readingOrder(doc, blueprintId).filter((id) => !chosen.has(id)));
  }, [blueprintId]), sameRows);
  const ids = order.map((r) => r.id);
  const set = (cardIds: Id[]) => dispatch(setPresentationOrder, { blueprintId, cardIds });
  const moveBy = (at: number, by: -1 | 1) => {
    const next = [...ids];
    const [id] = next.splice(at, 1);
    next.splice(at + by, 0, id!);
    set(next);
    // The same button again, unless the row reached the end where it is disabled.
    const to = at + by;
    refocus(id!, to === 0 ? 'down' : to === next.length - 1 ? 'up' : by < 0 ? 'up' : 'down');
  };
  const remove = (at: number) => {
    set(ids.filter((_, i) => i !== at));
    const neighbour = ids[at + 1] ?? ids[at - 1];
    if (neighbour) refocus(neighbour, 'remove');
  };
  const add = (id: Id, at: number) => {
    set([...ids, id]);
    const neighbour = rest[at + 1] ?? rest[at - 1];
    if (neighbour) refocus(neighbour.id, 'add');
  };

  return (
    <Modal title="Presentation order" lead="The cards Present walks through when it presents by Order, first to last." onClose={onClose} wide>
      <div className="fs-order">
        <section aria-labelledby="fs-order-chosen">
          <h3 id="fs-order-chosen">In the presentation ({order.length})</h3>
          {order.length === 0 && <p className="fs-muted">No cards yet: add them from the list of the blueprint’s cards.</p>}
          <ol>
            {order.map((row, i) => (
              <li key={row.id} className="fs-order-row">
                <span className="fs-order-card"><strong>{row.title}</strong><small>{row.place}</small></span>
                <button type="button" className="fs-icon-button is-small" data-card={row.id} data-does="up" disabled={i === 0} onClick={() => moveBy(i, -1)} aria-label={`Move ${row.title} up`}>▲</button>
                <button type="button" className="fs-icon-button is-small" data-card={row.id} data-does="down" disabled={i === order.length - 1} onClick={() => moveBy(i, 1)} aria-label={`Move ${row.title} down`}>▼</button>
                <button type="button" className="fs-icon-button is-small" data-card={row.id} data-does="remove" onClick={() => remove(i)} aria-label={`Remove ${row.title} from the presentation`}>×</button>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="fs-order-rest">
          <h3 id="fs-order-rest">Cards of the blueprint ({rest.length})</h3>
          <ul>
            {rest.map((row, i) => (
              <li key={row.id} className="fs-order-row">
                <span className="fs-order-card"><strong>{row.title}</strong><small>{row.place}</small></span>
                <button type="button" className="fs-button" data-card={row.id} data-does="add" onClick={() => add(row.id, i)} aria-label={`Add ${row.title} to the presentation`}>Add</button>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div className="fs-modal-foot">
        {/* Each gives the focus on before it disables itself, so the keyboard is never dropped. */}
        <button type="button" className="fs-button" disabled={rest.length === 0} onClick={() => { set([...ids, ...rest.map((r) => r.id)]); focusFoot('clear'); }}>Add the rest in reading order</button>
        <button type="button" className="fs-button" data-does="clear" disabled={order.length === 0} onClick={() => { set([]); focusFoot('add'); }}>Clear</button>
        <button type="button" className="fs-button is-primary" data-autofocus onClick={onClose}>Done</button>
      </div>
    </Modal>
  );
}
