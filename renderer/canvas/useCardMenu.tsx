import { useCallback, useState, type JSX, type MouseEvent } from 'react';
import { getSelection, selectCards } from '../state/selection';
import { addCardHere, deleteSelected, duplicateSelected } from '../actions/cardActions';
import { startEditing } from './capture';
import { Menu } from './structure/Menu';
import { parkSelected } from '../facilitation/parking';

/** Right-click on a card: the card actions, applied to the selection (the card joins it first). */
export function useCardMenu(): { onNodeContextMenu: (event: MouseEvent, node: { id: string }) => void; element: JSX.Element | null } {
  const [open, setOpen] = useState<{ cardId: string; at: { x: number; y: number } } | null>(null);
  const onNodeContextMenu = useCallback((event: MouseEvent, node: { id: string }) => {
    event.preventDefault();
    if (!getSelection().cardIds.includes(node.id)) selectCards([node.id]);
    setOpen({ cardId: node.id, at: { x: event.clientX, y: event.clientY } });
  }, []);
  const close = useCallback(() => setOpen(null), []);
  const many = getSelection().cardIds.length > 1;
  const element = open && (
    <Menu
      label="Card options"
      at={open.at}
      onClose={close}
      items={[
        { kind: 'item', label: 'Edit title', run: () => startEditing(open.cardId), disabled: many },
        { kind: 'item', label: 'Add card below', run: addCardHere },
        { kind: 'item', label: many ? 'Duplicate cards' : 'Duplicate', run: duplicateSelected },
        { kind: 'item', label: 'Move to parking lot', run: parkSelected },
        { kind: 'item', label: many ? 'Delete cards' : 'Delete', run: deleteSelected, danger: true },
      ]}
    />
  );
  return { onNodeContextMenu, element };
}
