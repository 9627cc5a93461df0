export { toInterchange } from './toInterchange';
export { fromInterchange, type ImportResult } from './fromInterchange';
export { parseInterchangeText } from './parseText';
export { withFreshIds } from './freshIds';
export {
  INTERCHANGE_FORMAT, INTERCHANGE_VERSION, interchangeSchema,
  type InterchangeJson, type ParsedInterchange,
} from './schema';

/** The bytes of an interchange file: two-space indented, one trailing newline. */
export function stringifyInterchange(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}
