import { Command } from 'commander';
import { version } from '../package.json';
import { registerAnalyze } from './cli/analyze';
import { registerCheck } from './cli/check';
import { registerExport } from './cli/export';
import { registerImport } from './cli/import';
import { registerInfo } from './cli/info';
import { registerMerge } from './cli/merge';
import { registerNew } from './cli/new';
import { registerReport } from './cli/report';
import { runCli } from './cli/run';
import { registerServe } from './cli/serve';
import { registerTemplates } from './cli/templates';

const program = new Command('frontstage')
  .description('Service blueprint workshops, one SQLite file each. Fully offline.')
  .version(version, '-V, --version')
  .showHelpAfterError('(run "frontstage --help" for usage)')
  .exitOverride();

registerNew(program);
registerTemplates(program);
registerImport(program);
registerExport(program);
registerInfo(program);
registerCheck(program);
registerServe(program);
registerAnalyze(program);
registerReport(program);
registerMerge(program);

runCli(program, process.argv).then((code) => {
  process.exitCode = code;
});
