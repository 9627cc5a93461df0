import { departmentColours, departmentKey } from '../../shared/facilitation/departments';
import { sorted } from '../../shared/model/queries';
import type { Participant, WorkshopDoc } from '../../shared/model/types';

export interface Person {
  id: string;
  name: string;
  department: string;
}

/** Who can write a comment: the participants, by name and department. */
export function peopleOf(doc: WorkshopDoc): Person[] {
  return sorted(Object.values(doc.participants)).map((p: Participant) => ({ id: p.id, name: p.name, department: p.department }));
}

export const samePeople = (a: Person[], b: Person[]) =>
  a.length === b.length && a.every((p, i) => p.id === b[i]!.id && p.name === b[i]!.name && p.department === b[i]!.department);

/** The facilitator's name for comments written without choosing a participant. */
export const facilitatorName = (doc: WorkshopDoc) => doc.workshop.facilitator.trim() || 'Facilitator';

/** The CSS class of a department's colour, or none for a name no department has. */
export function deptClass(colours: ReadonlyMap<string, number>, department: string): string {
  const colour = colours.get(departmentKey(department));
  return colour === undefined ? '' : `fs-dept-${colour}`;
}

let lastColours: { participants: unknown; cards: unknown; value: Map<string, number> } | null = null;

/** Department colours, recomputed only when participants or cards changed. */
export function departmentColoursOf(doc: WorkshopDoc): Map<string, number> {
  if (lastColours && lastColours.participants === doc.participants && lastColours.cards === doc.cards) return lastColours.value;
  lastColours = { participants: doc.participants, cards: doc.cards, value: departmentColours(doc) };
  return lastColours.value;
}
