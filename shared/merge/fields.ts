import type { z } from 'zod';
import { recordSchemas, workshopSchema, type TableName } from '../model/schemas';

/**
 * The unit of merging below a record: a field, or a field of a field. Objects of the model
 * (a card's touchpoint, its benchmark, the workshop's timer) are merged field by field, so two
 * copies that re-score different ratings of one touchpoint both keep their change; lists and
 * plain values are merged whole. A nullable object (a touchpoint, product ratings) is also a
 * field of its own: whether it exists.
 */
export interface FieldNode {
  /** Dotted path from the record, e.g. `touchpoint.benchmark.standard`; the record itself is ''. */
  name: string;
  path: readonly string[];
  /** Objects have children; everything else is merged as one value. */
  children: readonly FieldNode[] | null;
  /** An object that may be null: its presence has a stamp of its own. */
  nullable: boolean;
}

/** The records merged: every table of the model, and the workshop's own fields. */
export type MergeTable = TableName | 'workshop';

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> };

function node(name: string, path: string[], schema: z.ZodType): FieldNode {
  let def = schema._zod.def as Def;
  let nullable = false;
  while (def.type === 'nullable' || def.type === 'optional') {
    nullable = true;
    def = def.innerType!._zod.def as Def;
  }
  if (def.type !== 'object') return { name, path, children: null, nullable: false };
  const children = Object.entries(def.shape!).filter(([key]) => path.length || key !== 'id').map(([key, child]) => node(name ? `${name}.${key}` : key, [...path, key], child));
  return { name, path, children, nullable };
}

const trees = new Map<MergeTable, FieldNode>();

/** The field tree of a table's records, from the model's schema (so new fields merge without code). */
export function fieldTree(table: MergeTable): FieldNode {
  let tree = trees.get(table);
  if (!tree) {
    tree = node('', [], table === 'workshop' ? workshopSchema : recordSchemas[table]);
    trees.set(table, tree);
  }
  return tree;
}

const stamped = new Map<MergeTable, ReadonlySet<string>>();

/** The names that may carry a stamp: every leaf and every nullable object. */
export function stampedFields(table: MergeTable): ReadonlySet<string> {
  let names = stamped.get(table);
  if (!names) {
    const out = new Set<string>();
    const walk = (n: FieldNode) => {
      if (n.name && (n.children === null || n.nullable)) out.add(n.name);
      n.children?.forEach(walk);
    };
    walk(fieldTree(table));
    stamped.set(table, (names = out));
  }
  return names;
}

/** The value at a node of a record; undefined when an enclosing object is null or missing. */
export function valueAt(record: unknown, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Deep equality of model values (JSON data: no cycles, no functions). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((v, i) => sameValue(v, list[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The stamped fields an edit changed between two versions of a record: leaves whose value
 * differs, and nullable objects that appeared or went (their insides are then one change, not
 * one per leaf). Unchanged subtrees are skipped by reference, as immer keeps them.
 */
export function changedFields(table: MergeTable, before: unknown, after: unknown): string[] {
  const out: string[] = [];
  const walk = (n: FieldNode, a: unknown, b: unknown) => {
    if (a === b) return;
    if (n.children === null) {
      if (!sameValue(a, b)) out.push(n.name);
      return;
    }
    const aObject = a !== null && typeof a === 'object';
    const bObject = b !== null && typeof b === 'object';
    if (n.nullable && aObject !== bObject) {
      out.push(n.name);
      return;
    }
    if (!aObject || !bObject) return;
    for (const child of n.children) walk(child, (a as Record<string, unknown>)[child.path.at(-1)!], (b as Record<string, unknown>)[child.path.at(-1)!]);
  };
  walk(fieldTree(table), before, after);
  return out;
}
