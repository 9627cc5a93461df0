import { useState, type JSX } from 'react';
import { Menu } from '../canvas/structure/Menu';
import { ACTIONS } from '../actions/appActions';
import { openMerge } from '../merge/mergeStore';

/** The File menu of the page itself (a browser has no menu bar of ours): what the desktop's File menu offers for the open workshop. */
export function FileMenu(): JSX.Element {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  return (
    <>
      <button
        type="button" className="fs-tool" aria-haspopup="menu" aria-expanded={at !== null}
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          setAt(at ? null : { x: box.left, y: box.bottom + 4 });
        }}
      >
        <span className="fs-tool-text">File</span>
      </button>
      {at && (
        <Menu
          label="File" at={at} onClose={() => setAt(null)}
          items={[
            { kind: 'item', label: 'Save', run: ACTIONS.save.run },
            { kind: 'item', label: 'Merge a copy…', run: () => openMerge() },
            { kind: 'item', label: 'Export…', run: ACTIONS.export.run },
          ]}
        />
      )}
    </>
  );
}
