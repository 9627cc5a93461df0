import { blueprintsOf, type Blueprint, type WorkshopDoc } from '../../shared/model';
import { CliError } from './errors';
import { label } from './files';

/** `--blueprint`: by id first, then by exact name, then by name ignoring case; the first blueprint when not given. */
export function pickBlueprint(doc: WorkshopDoc, wanted: string | undefined, file: string): Blueprint | undefined {
  const all = blueprintsOf(doc);
  if (wanted === undefined) return all[0];
  const found = (Object.hasOwn(doc.blueprints, wanted) ? doc.blueprints[wanted] : undefined)
    ?? all.find((b) => b.name === wanted) ?? all.find((b) => b.name.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  const names = all.map((b) => `"${b.name}" (${b.id})`).join(', ') || 'none';
  throw new CliError(`${label(file)} has no blueprint "${wanted}"; its blueprints: ${names}`);
}

/** The blueprint a command works on, or a clear refusal when the workshop has none. */
export function requireBlueprint(doc: WorkshopDoc, wanted: string | undefined, file: string, what: string): Blueprint {
  const blueprint = pickBlueprint(doc, wanted, file);
  if (!blueprint) throw new CliError(`${label(file)} has no blueprint to ${what}`);
  return blueprint;
}
