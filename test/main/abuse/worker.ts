// Runs one abuse case at a time in a worker thread, so that a case that hangs can be stopped
// (the worker is terminated) and reported as a counterexample instead of stalling the suite.
// Each kind parses outside input the way the app does and reports what happened; anything
// thrown that is not the parser's own refusal is a crash.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { ExportError, renderExport } from '../../../main/export';
import { checkWorkshopFile, readWorkshop, WorkshopError, writeWorkshopFile } from '../../../main/workshop';
import { parseInterchangeText, stringifyInterchange, toInterchange } from '../../../shared/interchange';
import { blueprintsOf, validateDoc, type WorkshopDoc } from '../../../shared/model';

export type CaseKind = 'interchange' | 'file' | 'exports';
export interface CaseRequest { id: number; kind: CaseKind; input: string }
/** `violation` is set when a promise was broken; a crash is a violation too. */
export interface CaseReply { id: number; outcome: 'accepted' | 'refused'; violation?: string }

// Inside the suite's own temp folder, which the suite removes.
const scratch = mkdtempSync(join((workerData as { dir: string }).dir, 'worker-'));
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A document that was accepted must come back out exactly as it went in, through the file too. */
function roundTrips(doc: WorkshopDoc): string | null {
  const problems = validateDoc(doc).problems;
  if (problems.length) return `accepted a document the model refuses: ${problems[0]!.message}`;
  const first = stringifyInterchange(toInterchange(doc));
  const again = parseInterchangeText(first);
  if (!('doc' in again)) return `refused its own export: ${again.problems[0]!.message}`;
  if (stringifyInterchange(toInterchange(again.doc)) !== first) return 'export → import → export changed the JSON';
  const file = join(scratch, `rt-${process.hrtime.bigint()}.frontstage`);
  try {
    writeWorkshopFile(file, doc);
    const stored = stringifyInterchange(toInterchange(readWorkshop(file).doc));
    if (stored !== first) return 'storing the workshop in a file changed it';
  } finally {
    rmSync(file, { force: true });
  }
  return null;
}

function interchange(text: string): string {
  const result = parseInterchangeText(text);
  if (!('doc' in result)) {
    if (!result.problems.length || result.problems.some((p) => !p.message)) return 'refused without saying why';
    return 'refused';
  }
  return roundTrips(result.doc) ?? 'accepted';
}

const SIDECARS = /-(wal|shm|journal)$/;

/** A workshop file from outside: checked, never changed, nothing left beside it; accepted ones export JSON that imports. */
async function file(path: string, withPictures: boolean): Promise<string> {
  const before = hash(path);
  const beside = readdirSync(dirname(path)).sort().join('|');
  const problems = checkWorkshopFile(path);
  let outcome = 'refused';
  if (problems.some((p) => !p)) return 'refused without saying why';
  if (!problems.length) {
    let doc: WorkshopDoc;
    try {
      doc = readWorkshop(path).doc;
    } catch (e) {
      return `check passed but opening failed: ${(e as Error).message}`;
    }
    outcome = roundTrips(doc) ?? 'accepted';
    if (outcome === 'accepted' && withPictures) outcome = (await pictures(doc)) ?? 'accepted';
  }
  if (hash(path) !== before) return 'the file was changed';
  const after = readdirSync(dirname(path)).sort().join('|');
  if (after !== beside) return `files appeared beside it: ${after}`;
  if (readdirSync(dirname(path)).some((n) => n.startsWith(basename(path)) && SIDECARS.test(n))) return 'a sidecar was left';
  return outcome;
}

/** Every picture export of the first blueprint: made, or refused with an ExportError; images inside may be anything. */
async function pictures(doc: WorkshopDoc): Promise<string | null> {
  const blueprint = blueprintsOf(doc)[0];
  if (!blueprint) return null;
  for (const format of ['svg', 'pdf', 'png'] as const) {
    try {
      const bytes = await renderExport(doc, { format, blueprintId: blueprint.id, scale: 0.5 });
      if (!bytes.length) return `${format} export was empty`;
    } catch (e) {
      if (!(e instanceof ExportError)) return `${format} export crashed: ${(e as Error).message}`;
    }
  }
  return null;
}

parentPort!.on('message', async (request: CaseRequest) => {
  let reply: CaseReply;
  try {
    const settled = request.kind === 'interchange' ? interchange(request.input) : await file(request.input, request.kind === 'exports');
    reply = settled === 'accepted' || settled === 'refused' ? { id: request.id, outcome: settled } : { id: request.id, outcome: 'refused', violation: settled };
  } catch (e) {
    const known = e instanceof WorkshopError;
    reply = { id: request.id, outcome: 'refused', violation: `${known ? 'threw' : 'crashed'}: ${(e as Error).stack ?? String(e)}` };
  }
  parentPort!.postMessage(reply);
});
