import type { Command } from './command';
import * as assets from './assets';
import * as blueprints from './blueprints';
import * as cards from './cards';
import * as clipboard from './clipboard';
import * as connectors from './connectors';
import * as comments from './comments';
import * as futureState from './futureState';
import * as lanes from './lanes';
import * as mergeCopy from './mergeCopy';
import * as parking from './parking';
import * as stages from './stages';
import * as steps from './steps';
import * as timer from './timer';
import * as touchpoints from './touchpoints';
import * as votes from './votes';
import * as workshop from './workshop';

export * from './command';
export * from './history';
export { CommandError } from './errors';
export * from './assets';
export * from './blueprints';
export * from './cards';
export * from './clipboard';
export * from './connectors';
export * from './comments';
export * from './futureState';
export * from './lanes';
export * from './mergeCopy';
export * from './parking';
export * from './stages';
export * from './steps';
export * from './timer';
export * from './touchpoints';
export * from './votes';
export * from './workshop';

// The registry holds commands of every argument type; callers pick a typed export to run one.
type AnyCommand = Command<never>;

const isCommand = (value: unknown): value is AnyCommand =>
  typeof value === 'object' && value !== null && 'recipe' in value && 'label' in value && 'id' in value;

function collect(modules: object[]): Record<string, AnyCommand> {
  const out: Record<string, AnyCommand> = {};
  for (const mod of modules) {
    for (const value of Object.values(mod)) {
      // List tables export their four commands as one object.
      for (const command of isCommand(value) ? [value] : typeof value === 'object' && value !== null ? Object.values(value) : []) {
        if (isCommand(command)) out[command.id] = command;
      }
    }
  }
  return out;
}

/** Every command keyed by its id (e.g. "card.add"), for menus, shortcuts and scripts. */
export const commands: Readonly<Record<string, AnyCommand>> = collect([
  assets, blueprints, cards, clipboard, comments, connectors, futureState, lanes, mergeCopy, parking, stages, steps, timer, touchpoints, votes, workshop,
]);
