import type { z } from 'zod';
import { recordSchemas, TABLES, workshopSchema, type TableName } from '../../shared/model/schemas';

/**
 * How each top-level field of a record is stored, derived from the zod shapes so that a field
 * added to the model needs only a migration, never a hand-written codec.
 */
export type ColumnKind = 'text' | 'integer' | 'real' | 'boolean' | 'json' | 'blob';

export interface Column {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
}

/** The one table that is not keyed by id: the workshop's own fields, in a single row. */
export const WORKSHOP_TABLE = 'workshop';
export type SqlTable = TableName | typeof WORKSHOP_TABLE;
export const SQL_TABLES: readonly SqlTable[] = [WORKSHOP_TABLE, ...TABLES];

/** Image bytes are stored as bytes, so the file is a third smaller and `sqlite3` can extract them. */
const BLOB_FIELDS: Partial<Record<SqlTable, string>> = { assets: 'data' };

type ZodDef = { type: string; innerType?: z.ZodType };

function columnOf(table: SqlTable, name: string, schema: z.ZodType): Column {
  let def = schema._zod.def as ZodDef;
  let current = schema;
  let nullable = false;
  while (def.type === 'nullable' || def.type === 'optional') {
    nullable = true;
    current = def.innerType!;
    def = current._zod.def as ZodDef;
  }
  if (BLOB_FIELDS[table] === name) return { name, kind: 'blob', nullable };
  switch (def.type) {
    case 'string':
    case 'enum':
      return { name, kind: 'text', nullable };
    case 'number':
      return { name, kind: (current as z.ZodNumber).isInt ? 'integer' : 'real', nullable };
    case 'boolean':
      return { name, kind: 'boolean', nullable };
    case 'object':
    case 'array':
      return { name, kind: 'json', nullable };
    default:
      throw new Error(`no column type for ${table}.${name} (zod type ${def.type})`);
  }
}

function columnsOfShape(table: SqlTable, shape: Record<string, z.ZodType>): Column[] {
  return Object.entries(shape).map(([name, schema]) => columnOf(table, name, schema));
}

export const COLUMNS: Record<SqlTable, readonly Column[]> = Object.fromEntries(
  SQL_TABLES.map((t) => [t, columnsOfShape(t, (t === WORKSHOP_TABLE ? workshopSchema : recordSchemas[t]).shape)]),
) as unknown as Record<SqlTable, readonly Column[]>;

/** A record field as SQLite stores it. */
export function encodeValue(column: Column, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'boolean':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    case 'blob':
      return Buffer.from(value as string, 'base64');
    default:
      return value;
  }
}

export interface DecodeFailure {
  field: string;
  message: string;
}

/**
 * A stored value back as the model has it. Values of the wrong type are passed through unchanged
 * so that validation reports them with their path; only unparseable JSON is reported here.
 */
export function decodeValue(column: Column, value: unknown, fail: (f: DecodeFailure) => void): unknown {
  if (value === null) return null;
  switch (column.kind) {
    case 'boolean':
      return value === 1 ? true : value === 0 ? false : value;
    case 'json':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        fail({ field: column.name, message: 'is not valid JSON' });
        return undefined;
      }
    case 'blob':
      return Buffer.isBuffer(value) ? value.toString('base64') : value;
    default:
      return value;
  }
}

export const SQL_TYPES: Record<ColumnKind, string> = {
  text: 'TEXT', integer: 'INTEGER', real: 'REAL', boolean: 'INTEGER', json: 'TEXT', blob: 'BLOB',
};
