import { CommanderError, type Command } from 'commander';
import { messageOf, printable } from './errors';

/** Exit codes of CONTRACT §2. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

const HELP_CODES = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/**
 * Runs the program and turns every outcome into an exit code: usage mistakes (reported by
 * commander itself) exit 2; anything thrown by a command is one `error:` line on stderr and
 * exit 1, never a stack trace (set FRONTSTAGE_DEBUG=1 to see one).
 */
export async function runCli(program: Command, argv: string[]): Promise<number> {
  program.exitOverride();
  // A reader that stops early (`frontstage export … --out - | head`) is not a failure of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    process.stderr.write(`error: cannot write to stdout: ${printable(error.message)}\n`);
    process.exit(EXIT.badInput);
  });
  try {
    if (argv.length <= 2) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    await program.parseAsync(argv);
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) return HELP_CODES.has(error.code) ? EXIT.ok : EXIT.usage;
    if (process.env.FRONTSTAGE_DEBUG) console.error(error);
    process.stderr.write(`error: ${printable(messageOf(error))}\n`);
    return EXIT.badInput;
  }
}
