import { migrate, type Migration } from './migrations';
import { openDatabase, type Db } from './sqlite';

interface SchemaEntry { type: string; name: string; tbl_name: string; sql: string | null }

/** Tables SQLite itself may add (ANALYZE, AUTOINCREMENT); they hold statistics, never code. */
const SQLITE_INTERNAL = /^sqlite_(stat\d|sequence)$/;

const expectedCache = new WeakMap<readonly Migration[], Map<number, Map<string, SchemaEntry>>>();

/** The schema our own migrations produce for `version`: the only schema a file may have. */
function expectedSchema(migrations: readonly Migration[], version: number): Map<string, SchemaEntry> {
  let byVersion = expectedCache.get(migrations);
  if (!byVersion) expectedCache.set(migrations, (byVersion = new Map()));
  let schema = byVersion.get(version);
  if (!schema) {
    const db = openDatabase(':memory:');
    try {
      migrate(db, 0, migrations.filter((m) => m.version <= version));
      schema = new Map(entries(db).map((e) => [e.name, e]));
    } finally {
      db.close();
    }
    byVersion.set(version, schema);
  }
  return schema;
}

function entries(db: Db): SchemaEntry[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid').all() as SchemaEntry[];
}

/**
 * Every difference between the file's schema and ours. Comparing the CREATE statements
 * themselves rules out triggers, views, virtual tables, generated columns and altered
 * constraints in one rule: a file from outside can bring data, never code.
 */
export function schemaProblems(db: Db, version: number, migrations: readonly Migration[]): string[] {
  const expected = expectedSchema(migrations, version);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of entries(db)) {
    if (e.type === 'table' && SQLITE_INTERNAL.test(e.name)) continue;
    seen.add(e.name);
    const ours = expected.get(e.name);
    if (!ours) problems.push(`it contains an unexpected ${e.type} "${e.name}"`);
    else if (ours.type !== e.type || ours.tbl_name !== e.tbl_name || ours.sql !== e.sql) {
      problems.push(`its ${e.type} "${e.name}" is not defined the way Frontstage defines it`);
    }
  }
  for (const [name, e] of expected) {
    if (!seen.has(name)) problems.push(`its ${e.type} "${name}" is missing`);
  }
  return problems;
}
