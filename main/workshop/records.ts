import type { Problem } from '../../shared/model/integrity';
import { TABLES, type TableName } from '../../shared/model/schemas';
import type { Workshop, WorkshopDoc } from '../../shared/model/types';
import { COLUMNS, decodeValue, encodeValue, WORKSHOP_TABLE, type Column, type SqlTable } from './columns';
import type { Db } from './sqlite';

const quote = (name: string) => `"${name}"`;
const columnList = (columns: readonly Column[]) => columns.map((c) => quote(c.name)).join(', ');

/** The workshop row always has id 1: the table holds exactly one row. */
const WORKSHOP_ROW_ID = 1;

/**
 * Every row of the file as a document of unknown validity. Undecodable values are reported
 * here; everything else is left for validateDoc, which names each problem by its path.
 */
export function readRawDoc(db: Db): { raw: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw: Record<string, unknown> = {};
  const workshopRows = selectAll(db, WORKSHOP_TABLE);
  if (workshopRows.length === 1) raw.workshop = decodeRow(WORKSHOP_TABLE, workshopRows[0]!, 'workshop', problems);
  else problems.push({ path: ['workshop'], message: 'is missing' });
  for (const table of TABLES) {
    const records: Record<string, unknown> = {};
    for (const row of selectAll(db, table)) {
      const key = String(row[0]);
      // An own property whatever the id: a row keyed "__proto__" must be seen (and refused), not become a prototype.
      Object.defineProperty(records, key, { value: decodeRow(table, row, key, problems), enumerable: true, writable: true, configurable: true });
    }
    raw[table] = records;
  }
  return { raw, problems };
}

function selectAll(db: Db, table: SqlTable): unknown[][] {
  return db.prepare(`SELECT ${columnList(COLUMNS[table])} FROM ${quote(table)} ORDER BY rowid`).raw().all() as unknown[][];
}

/** Hot on open (every cell of every row), so plain columns skip the generic decoder. */
function decodeRow(table: SqlTable, row: unknown[], key: string, problems: Problem[]): Record<string, unknown> {
  const columns = COLUMNS[table];
  const record: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const cell = row[i];
    if (column.kind === 'text' || column.kind === 'integer' || column.kind === 'real' || cell === null) {
      record[column.name] = cell;
      continue;
    }
    const value = decodeValue(column, cell, (f) => {
      problems.push({ path: table === WORKSHOP_TABLE ? ['workshop', f.field] : [table, key, f.field], message: f.message });
    });
    if (value !== undefined) record[column.name] = value;
  }
  return record;
}

const encodeRow = (columns: readonly Column[], record: Record<string, unknown>) => columns.map((c) => encodeValue(c, record[c.name]));

/** Prepared upserts and deletes for every table; an upsert keeps the row's rowid, so file order stays stable. */
export class RecordWriter {
  private readonly upserts = new Map<SqlTable, ReturnType<Db['prepare']>>();
  private readonly deletes = new Map<TableName, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db) {}

  upsert(table: TableName, record: object): void {
    this.upsertStatement(table).run(encodeRow(COLUMNS[table], record as Record<string, unknown>));
  }

  remove(table: TableName, id: string): void {
    let statement = this.deletes.get(table);
    if (!statement) this.deletes.set(table, (statement = this.db.prepare(`DELETE FROM ${quote(table)} WHERE "id" = ?`)));
    statement.run(id);
  }

  setWorkshop(workshop: Workshop): void {
    this.upsertStatement(WORKSHOP_TABLE).run([WORKSHOP_ROW_ID, ...encodeRow(COLUMNS[WORKSHOP_TABLE], workshop)]);
  }

  /** Every record of a document, for a file that has only the empty tables. */
  insertAll(doc: WorkshopDoc): void {
    this.setWorkshop(doc.workshop);
    for (const table of TABLES) {
      for (const record of Object.values(doc[table])) this.upsert(table, record);
    }
  }

  private upsertStatement(table: SqlTable) {
    let statement = this.upserts.get(table);
    if (!statement) {
      const columns = table === WORKSHOP_TABLE ? [{ name: 'id' }, ...COLUMNS[table]] : COLUMNS[table];
      const names = columns.map((c) => quote(c.name));
      const updates = names.filter((n) => n !== '"id"').map((n) => `${n} = excluded.${n}`).join(', ');
      statement = this.db.prepare(
        `INSERT INTO ${quote(table)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT("id") DO UPDATE SET ${updates}`,
      );
      this.upserts.set(table, statement);
    }
    return statement;
  }
}
