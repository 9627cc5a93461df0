import { sorted } from '../model/queries';
import type { WorkshopDoc } from '../model/types';

// One collator for every sort: localeCompare builds a new one per call, which costs more than the sort.
const collator = new Intl.Collator();

/** How many department colours there are; more departments reuse them, their names tell them apart. */
export const DEPARTMENT_COLOURS = 8;

/** Department names compare with spacing collapsed and case ignored, as the ownership analysis does. */
export const departmentKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export interface Department {
  key: string;
  /** The first spelling met. */
  name: string;
  /** Index into the department palette (CSS `--fs-dept-N`, `DEPARTMENT_PALETTE`). */
  colour: number;
  participants: number;
}

/**
 * The workshop's departments: those of the participants in list order, then card owners no
 * participant brings, alphabetically. A new participant's department takes the next colour,
 * so the colours people have learned stay where they are.
 */
export function departmentsOf(doc: WorkshopDoc): Department[] {
  const found = new Map<string, Department>();
  const add = (name: string, participant: boolean) => {
    const key = departmentKey(name);
    if (!key) return;
    const known = found.get(key) ?? { key, name: name.trim().replace(/\s+/g, ' '), colour: found.size % DEPARTMENT_COLOURS, participants: 0 };
    if (participant) known.participants += 1;
    found.set(key, known);
  };
  for (const p of sorted(Object.values(doc.participants))) add(p.department, true);
  const owners = new Set<string>();
  for (const card of Object.values(doc.cards)) owners.add(card.owner);
  owners.delete('');
  for (const owner of [...owners].sort(collator.compare)) add(owner, false);
  return [...found.values()];
}

/** The colour index of each department key, for looking owners up. */
export function departmentColours(doc: WorkshopDoc): Map<string, number> {
  return new Map(departmentsOf(doc).map((d) => [d.key, d.colour]));
}
