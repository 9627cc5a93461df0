import type { JSX } from 'react';
import { optionText, type TargetGroup } from './connections';

/** The options of a "which card" select: a prompt, then the matching cards grouped by lane. */
export function TargetOptions({ groups, filtered }: { groups: TargetGroup[]; filtered: boolean }): JSX.Element {
  const any = groups.some((g) => g.options.length > 0);
  return (
    <>
      <option value="" disabled>{any ? 'Choose a card…' : filtered ? 'No card matches' : 'No other cards in this blueprint'}</option>
      {groups.map((g) => (
        <optgroup key={g.laneId} label={g.laneName}>
          {g.options.map((o) => <option key={o.id} value={o.id}>{optionText(o)}</option>)}
        </optgroup>
      ))}
    </>
  );
}
