import { useState, type JSX } from 'react';
import { addBlueprint, deleteBlueprint, duplicateBlueprint, idsToDuplicate, updateBlueprint } from '../../shared/commands/blueprints';
import { CANONICAL_LANES, blueprintsOf, newId, type WorkshopDoc } from '../../shared/model';
import { dispatch, getDoc, useDoc } from '../state/documentStore';
import { selectBlueprint, useSelection } from '../state/selection';
import { InlineName } from '../canvas/InlineName';
import { Menu } from '../canvas/structure/Menu';
import { duplicateAsFuture } from '../insights/compare/duplicateFuture';

const selectBlueprints = (doc: WorkshopDoc) => doc.blueprints;

/** One tab per blueprint (e.g. "Current state", "Future state"), with add, rename, duplicate and delete. */
export function BlueprintTabs(): JSX.Element {
  const table = useDoc(selectBlueprints);
  const blueprints = blueprintsOf({ blueprints: table } as WorkshopDoc);
  const { blueprintId } = useSelection();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ id: string; at: { x: number; y: number } } | null>(null);

  const add = () => {
    const id = newId('b');
    dispatch(addBlueprint, { id, name: `Blueprint ${blueprints.length + 1}`, laneIds: CANONICAL_LANES.map(() => newId('l')), firstStage: { stageId: newId('g'), stepId: newId('s') } });
    if (getDoc().blueprints[id]) selectBlueprint(id);
  };
  const duplicate = (sourceId: string) => {
    const doc = getDoc();
    const id = newId('b');
    const ids = Object.fromEntries(idsToDuplicate(doc, sourceId).map((old) => [old, newId()]));
    dispatch(duplicateBlueprint, { blueprintId: sourceId, id, name: `${doc.blueprints[sourceId]?.name ?? 'Blueprint'} (copy)`, ids });
    if (getDoc().blueprints[id]) selectBlueprint(id);
  };

  return (
    <div className="fs-tabs-bar">
      <div className="fs-tabs" role="tablist" aria-label="Blueprints">
        {blueprints.map((b) =>
          renaming === b.id ? (
            <InlineName key={b.id} label="Rename blueprint" value={b.name} onDone={(name) => { setRenaming(null); if (name !== null && name !== b.name) dispatch(updateBlueprint, { blueprintId: b.id, fields: { name } }); }} />
          ) : (
            <button
              key={b.id}
              type="button"
              role="tab"
              aria-selected={b.id === blueprintId}
              className="fs-tab"
              onClick={() => selectBlueprint(b.id)}
              onDoubleClick={() => setRenaming(b.id)}
              onContextMenu={(e) => { e.preventDefault(); setMenu({ id: b.id, at: { x: e.clientX, y: e.clientY } }); }}
              title="Double-click to rename; right-click for more"
            >
              {b.name || 'Untitled blueprint'}
            </button>
          ),
        )}
      </div>
      {blueprintId && (
        <button
          type="button"
          className="fs-icon-button"
          aria-label="Blueprint options"
          onClick={(e) => { const r = e.currentTarget.getBoundingClientRect(); setMenu({ id: blueprintId, at: { x: r.left, y: r.bottom + 4 } }); }}
        >
          ⋯
        </button>
      )}
      <button type="button" className="fs-icon-button" aria-label="Add blueprint" title="Add blueprint" onClick={add}>+</button>
      {menu && (
        <Menu
          label="Blueprint options"
          at={menu.at}
          onClose={() => setMenu(null)}
          items={[
            { kind: 'item', label: 'Rename blueprint…', run: () => setRenaming(menu.id) },
            { kind: 'item', label: 'Duplicate blueprint', run: () => duplicate(menu.id) },
            { kind: 'item', label: 'Duplicate as future state', run: () => duplicateAsFuture(menu.id) },
            { kind: 'item', label: 'Delete blueprint', danger: true, disabled: blueprints.length <= 1, run: () => dispatch(deleteBlueprint, { blueprintId: menu.id }) },
          ]}
        />
      )}
    </div>
  );
}
