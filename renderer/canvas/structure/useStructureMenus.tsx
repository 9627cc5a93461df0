import { useCallback, useMemo, useState, type JSX } from 'react';
import { renameLane } from '../../../shared/commands/lanes';
import { renameStage } from '../../../shared/commands/stages';
import { renameStep } from '../../../shared/commands/steps';
import { dispatch, getDoc } from '../../state/documentStore';
import { InlineName } from '../InlineName';
import type { HeaderHandlers, HeaderKind } from '../StickyHeaders';
import { Menu } from './Menu';
import { blueprintItems, laneItems, stageItems, stepItems } from './structureItems';

type Open =
  | { mode: 'menu'; kind: HeaderKind | 'blueprint'; id: string; at: { x: number; y: number } }
  | { mode: 'rename'; kind: HeaderKind; id: string; at: { x: number; y: number } };

const NAME_OF = {
  lane: (id: string) => getDoc().lanes[id]?.name,
  stage: (id: string) => getDoc().stages[id]?.name,
  step: (id: string) => getDoc().steps[id]?.name,
};

export function rename(kind: HeaderKind, id: string, name: string): void {
  if (kind === 'lane') dispatch(renameLane, { laneId: id, name });
  else if (kind === 'stage') dispatch(renameStage, { stageId: id, name });
  else dispatch(renameStep, { stepId: id, name });
}

/** Header menus (lanes, stages, steps) and the blueprint's structure menu, with renaming. */
export function useStructureMenus(blueprintId: string): { handlers: HeaderHandlers; element: JSX.Element | null } {
  const [open, setOpen] = useState<Open | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const handlers = useMemo<HeaderHandlers>(() => ({
    onMenu: (kind, id, at) => setOpen({ mode: 'menu', kind, id, at }),
    onRename: rename,
    onCornerMenu: (at) => setOpen({ mode: 'menu', kind: 'blueprint', id: blueprintId, at }),
  }), [blueprintId]);

  let element: JSX.Element | null = null;
  if (open?.mode === 'rename') {
    const current = NAME_OF[open.kind](open.id) ?? '';
    element = (
      <div className="fs-menu fs-rename-popover" style={{ left: open.at.x, top: open.at.y }}>
        <InlineName label={`Rename ${open.kind}`} value={current} onDone={(name) => { close(); if (name !== null && name !== current) rename(open.kind, open.id, name); }} />
      </div>
    );
  } else if (open) {
    const doc = getDoc();
    const toRename = () => open.kind !== 'blueprint' && setOpen({ mode: 'rename', kind: open.kind, id: open.id, at: open.at });
    const items =
      open.kind === 'lane' ? laneItems(doc, open.id, toRename)
        : open.kind === 'stage' ? stageItems(doc, open.id, toRename)
          : open.kind === 'step' ? stepItems(doc, open.id, toRename)
            : blueprintItems(doc, open.id);
    const label = open.kind === 'blueprint' ? 'Blueprint structure' : `${NAME_OF[open.kind](open.id) ?? open.kind} options`;
    element = <Menu label={label} at={open.at} items={items} onClose={close} />;
  }
  return { handlers, element };
}
