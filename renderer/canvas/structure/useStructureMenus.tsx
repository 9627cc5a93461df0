import { useCallback, useMemo, useState, type JSX } from 'react';
import { getDoc } from '../../state/documentStore';
import type { HeaderHandlers } from '../StickyHeaders';
import { Menu } from './Menu';
import type { HeaderKind } from './renaming';
import { blueprintItems, laneItems, stageItems, stepItems } from './structureItems';

type Open = { kind: HeaderKind | 'blueprint'; id: string; at: { x: number; y: number } };

const NAME_OF = {
  lane: (id: string) => getDoc().lanes[id]?.name,
  stage: (id: string) => getDoc().stages[id]?.name,
  step: (id: string) => getDoc().steps[id]?.name,
};

/** Header menus (lanes, stages, steps) and the blueprint's structure menu. */
export function useStructureMenus(blueprintId: string): { handlers: HeaderHandlers; element: JSX.Element | null } {
  const [open, setOpen] = useState<Open | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const handlers = useMemo<HeaderHandlers>(() => ({
    onMenu: (kind, id, at) => setOpen({ kind, id, at }),
    onCornerMenu: (at) => setOpen({ kind: 'blueprint', id: blueprintId, at }),
  }), [blueprintId]);

  if (!open) return { handlers, element: null };
  const doc = getDoc();
  const items =
    open.kind === 'lane' ? laneItems(doc, open.id)
      : open.kind === 'stage' ? stageItems(doc, open.id)
        : open.kind === 'step' ? stepItems(doc, open.id)
          : blueprintItems(doc, open.id);
  const label = open.kind === 'blueprint' ? 'Blueprint structure' : `${NAME_OF[open.kind](open.id) ?? open.kind} options`;
  return { handlers, element: <Menu label={label} at={open.at} items={items} onClose={close} /> };
}
