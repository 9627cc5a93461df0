import type { Problem } from '../model';
import { fromInterchange, type ImportResult } from './fromInterchange';

/**
 * Interchange JSON from text: a syntax error is reported with its line and column, and a
 * byte-order mark (as some Windows editors write) is tolerated.
 */
export function parseInterchangeText(text: string): ImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { problems: [{ path: [], message: 'is empty (expected JSON)' }] };
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch (error) {
    return { problems: [syntaxProblem(body, error)] };
  }
  return fromInterchange(input);
}

function syntaxProblem(text: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(detail);
  if (!at) return { path: [], message: `is not valid JSON (${firstClause(detail)})` };
  const offset = Number(at[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { path: [], message: `is not valid JSON: ${firstClause(detail)} at line ${line}, column ${column}` };
}

/** V8 repeats a slice of the input after the reason; the reason alone is what helps. */
function firstClause(message: string): string {
  return message.replace(/,? ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '').replace(/ at position \d+.*$/s, '');
}
