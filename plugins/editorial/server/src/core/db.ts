import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * Table and column names from Strapi's metadata, never literals: a Strapi upgrade that renames
 * a column, a join table or an order column changes them here. Used by the repository functions
 * that write with knex where a benchmark showed the need (each names its benchmark).
 */

export type Status = 'draft' | 'published';

export interface JoinInfo {
  table: string;
  ownColumn: string;
  targetColumn: string;
  ownOrder?: string;
  targetOrder?: string;
}

export interface ModelTable {
  uid: string;
  /** The model's table. */
  name: string;
  /** The column of an attribute (`documentId` -> `document_id`). */
  column(attribute: string): string;
  /** A knex select map: rows come back keyed by attribute names (`{ documentId: 't.document_id' }`). */
  select(attributes: readonly string[], alias?: string): Record<string, string>;
  /** Attribute-keyed data as a row of columns, for knex inserts and updates. */
  toRow(data: Record<string, unknown>): Record<string, unknown>;
  /** The join table of a relation attribute. */
  join(attribute: string): JoinInfo;
}

const cache = new WeakMap<object, Map<string, ModelTable>>();

/** Table, columns and join tables of a model, from `strapi.db.metadata` (cached per Strapi instance). */
export function modelTable(strapi: Core.Strapi, uid: string): ModelTable {
  let byUid = cache.get(strapi.db);
  if (!byUid) cache.set(strapi.db, (byUid = new Map()));
  const known = byUid.get(uid);
  if (known) return known;
  const meta = strapi.db.metadata.get(uid as any);
  const attributes = meta.attributes as Record<string, any>;
  const column = (attribute: string): string => {
    const name = attributes[attribute]?.columnName;
    if (name) return name;
    if (attribute === 'id') return 'id';
    throw new Error(`${uid} has no column for attribute ${attribute}`);
  };
  const table: ModelTable = {
    uid,
    name: meta.tableName,
    column,
    select: (list, alias = meta.tableName) =>
      Object.fromEntries(list.map((a) => [a, `${alias}.${column(a)}`])),
    toRow: (data) => Object.fromEntries(Object.entries(data).map(([k, v]) => [column(k), v])),
    join(attribute) {
      const jt = attributes[attribute]?.joinTable;
      if (!jt) throw new Error(`${uid}.${attribute} has no join table`);
      return {
        table: jt.name,
        ownColumn: jt.joinColumn.name,
        targetColumn: jt.inverseJoinColumn.name,
        ownOrder: jt.orderColumnName,
        targetOrder: jt.inverseOrderColumnName,
      };
    },
  };
  byUid.set(uid, table);
  return table;
}

/** Join table of a relation attribute, from Strapi's own metadata. */
export const joinInfo = (strapi: Core.Strapi, uid: string, attribute: string): JoinInfo =>
  modelTable(strapi, uid).join(attribute);

export const tableOf = (strapi: Core.Strapi, uid: string) => modelTable(strapi, uid).name;

/**
 * The ids of the rows matching `where`, read before an updateMany/deleteMany lifecycle: Strapi
 * reports no ids for those bulk writes, so an index kept in step needs them first.
 */
export async function idsWhere(strapi: Core.Strapi, uid: string, where: unknown): Promise<number[]> {
  const rows = await strapi.db.query(uid as any).findMany({ select: ['id'], where: where ?? {} });
  return rows.map((r: any) => r.id);
}

const DOCUMENT_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Random bytes drawn 40 ids at a time: one save writes a dozen ids or more (quotes-save bench). */
const randomPool = Buffer.alloc(24 * 40);
let randomPoolOffset = randomPool.length;

/** A Strapi-style document id (24 lower-case alphanumerics) for rows written without the document service. */
export function newDocumentId() {
  if (randomPoolOffset + 24 > randomPool.length) {
    crypto.randomFillSync(randomPool);
    randomPoolOffset = 0;
  }
  const at = randomPoolOffset;
  randomPoolOffset += 24;
  let id = DOCUMENT_ID_ALPHABET[randomPool[at] % 26];
  for (let i = 1; i < 24; i++) id += DOCUMENT_ID_ALPHABET[randomPool[at + i] % DOCUMENT_ID_ALPHABET.length];
  return id;
}

/** Knex bound to the current transaction. */
export function kx(strapi: Core.Strapi, trx: any, table: string): any {
  const q = strapi.db.connection(table);
  return trx ? q.transacting(trx) : q;
}

/**
 * Inserts rows with one `INSERT … VALUES (…), (…)` per 100 rows and returns the new ids in row
 * order when asked. Knex writes a SQLite batch insert as `INSERT … SELECT … UNION ALL SELECT …`
 * and compiles every statement afresh: with 13 quotes that took 0.66 ms, against 0.40 ms for this
 * form through knex, four times in every new article's save (`npm run bench -- quotes-save`).
 * On SQLite the statement runs on the transaction's own better-sqlite3 connection, prepared once
 * and reused (see sqliteStatement); elsewhere it goes through knex.
 */
export async function insertRows(
  strapi: Core.Strapi,
  trx: any,
  table: string,
  rows: Record<string, unknown>[],
  options: { idsByColumn?: string } = {},
): Promise<number[]> {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const ids: number[] = [];
  if (!columns.length) return ids;
  // RETURNING gives rows in no promised order: ids are matched back through a unique column.
  const by = options.idsByColumn;
  const sqlite = await sqliteConnection(strapi, trx);
  for (const part of chunks(rows, 100)) {
    const values: unknown[] = [];
    for (const r of part) for (const c of columns) values.push(r[c] === undefined ? null : r[c]);
    let returned: Record<string, unknown>[] = [];
    if (sqlite) {
      const statement = sqliteStatement(sqlite, table, columns, part.length, by);
      const bound = values.map(sqliteValue);
      if (by) returned = statement.all(bound);
      else statement.run(bound);
    } else {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      const sql =
        `insert into ?? (${columns.map(() => '??').join(', ')}) values ${part.map(() => tuple).join(', ')}` +
        (by ? ' returning ??, ??' : '');
      const result = await strapi.db.connection
        .raw(sql, [table, ...columns, ...values, ...(by ? ['id', by] : [])])
        .transacting(trx);
      returned = Array.isArray(result) ? result : result.rows;
    }
    if (!by) continue;
    const idOf = new Map<unknown, number>();
    for (const r of returned) idOf.set(r[by], Number(r.id));
    for (const r of part) ids.push(idOf.get(r[by])!);
  }
  return ids;
}

/**
 * A knex read run again and again with lists of varying length. On SQLite, inside a transaction,
 * the query is built and compiled once per shape (the length of each list) and kept as a
 * prepared statement: building and compiling the knex query cost more than the read itself
 * (`npm run bench -- quotes-save`, the source lookup of every save). Elsewhere it runs as built.
 * `build` must use the lists' values only as bound values, never as identifiers.
 */
export async function selectByShape(
  strapi: Core.Strapi,
  trx: any,
  name: string,
  lists: Record<string, readonly unknown[]>,
  build: (lists: Record<string, readonly unknown[]>) => any,
): Promise<any[]> {
  const sqlite = await sqliteConnection(strapi, trx);
  if (!sqlite) return await build(lists);
  const names = Object.keys(lists).sort();
  const shape = `select\0${name}\0${names.map((n) => `${n}:${lists[n].length}`).join('\0')}`;
  let prepared = preparedByConnection.get(sqlite);
  if (!prepared) preparedByConnection.set(sqlite, (prepared = new Map()));
  let entry = prepared.get(shape) as { statement: any; slots: ([string, number] | { value: unknown })[] };
  if (!entry) {
    // Built once with a marker in place of each value, to learn where every value is bound.
    const marker = (list: string, i: number) => `editorial-shape-slot:${list}:${i}`;
    const markers = Object.fromEntries(names.map((n) => [n, lists[n].map((_, i) => marker(n, i))]));
    const { sql, bindings } = build(markers).toSQL();
    const slots = (bindings as unknown[]).map((b) => {
      const m = typeof b === 'string' ? /^editorial-shape-slot:(\w+):(\d+)$/.exec(b) : null;
      return m ? ([m[1], Number(m[2])] as [string, number]) : { value: b };
    });
    if (prepared.size >= 200) prepared.delete(prepared.keys().next().value!);
    prepared.set(shape, (entry = { statement: sqlite.prepare(sql), slots }));
  }
  const values = entry.slots.map((slot) =>
    sqliteValue(Array.isArray(slot) ? lists[slot[0]][slot[1]] : slot.value),
  );
  return entry.statement.all(values);
}

/** The better-sqlite3 connection a knex transaction holds (knex hands its own connection back), or null. */
async function sqliteConnection(strapi: Core.Strapi, trx: any): Promise<any | null> {
  if (strapi.db.dialect.client !== 'sqlite' || !trx?.client?.acquireConnection) return null;
  const connection = await trx.client.acquireConnection();
  return typeof connection?.prepare === 'function' && connection.inTransaction ? connection : null;
}

/**
 * Prepared inserts per connection, by table, columns, row count and returned column: a save
 * inserts the same shapes again and again, so the SQL text is built once per shape too.
 */
const preparedByConnection = new WeakMap<object, Map<string, any>>();
function sqliteStatement(connection: any, table: string, columns: string[], count: number, by?: string) {
  let prepared = preparedByConnection.get(connection);
  if (!prepared) preparedByConnection.set(connection, (prepared = new Map()));
  const shape = `${table}\0${columns.join('\0')}\0${count}\0${by ?? ''}`;
  let statement = prepared.get(shape);
  if (!statement) {
    const name = (n: string) => `"${n.replace(/"/g, '""')}"`;
    const sql =
      `insert into ${name(table)} (${columns.map(name).join(', ')}) values ` +
      Array.from({ length: count }, () => `(${columns.map(() => '?').join(', ')})`).join(', ') +
      (by ? ` returning "id", ${name(by)}` : '');
    if (prepared.size >= 200) prepared.delete(prepared.keys().next().value!);
    prepared.set(shape, (statement = connection.prepare(sql)));
  }
  return statement;
}

/** A value as knex binds it for better-sqlite3: dates as epoch milliseconds, booleans as 0/1. */
const sqliteValue = (v: unknown) =>
  v instanceof Date ? v.valueOf() : typeof v === 'boolean' ? Number(v) : v;

/** Serialises quote syncs across the CMS on PostgreSQL (SQLite already runs one writer at a time). */
export async function lockQuoteSync(strapi: Core.Strapi, trx: any) {
  if (strapi.db.dialect.client === 'postgres') {
    await strapi.db.connection.raw('select pg_advisory_xact_lock(?)', [726043117]).transacting(trx);
  }
}

export function chunks<T>(list: T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Parses a JSON column as knex returns it (a string on SQLite, an object on PostgreSQL). */
export const parseJson = (v: unknown) => {
  if (typeof v !== 'string') return v ?? null;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
};

/**
 * The distinct entries of a "|a|b|" list column (`reasonRules`, `aliasKeys`), each cut to the
 * length its index row holds; [] for anything that is not a string.
 */
export const pipeList = (value: unknown, maxLength: number): string[] =>
  typeof value === 'string'
    ? [
        ...new Set(
          value
            .split('|')
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ].map((v) => v.slice(0, maxLength))
    : [];

/**
 * Replaces the relation link of each row (manyToOne): delete old links (one statement) then
 * insert the new ones in one statement, order columns filled as Strapi does.
 */
export async function setLinks(
  strapi: Core.Strapi,
  trx: any,
  info: JoinInfo,
  pairs: { own: number; target: number | null }[],
  fresh: Set<number> = new Set(),
) {
  if (!pairs.length) return;
  // Rows created in this sync (`fresh`) have no links yet: nothing to delete for them.
  for (const part of chunks(pairs.filter((p) => !fresh.has(p.own)))) {
    await kx(strapi, trx, info.table)
      .whereIn(
        info.ownColumn,
        part.map((p) => p.own),
      )
      .delete();
  }
  const rows = pairs
    .filter((p) => p.target != null)
    .map((p, i) => ({
      [info.ownColumn]: p.own,
      [info.targetColumn]: p.target,
      ...(info.ownOrder ? { [info.ownOrder]: 1 } : {}),
      ...(info.targetOrder ? { [info.targetOrder]: (Date.now() % 1_000_000) + i } : {}),
    }));
  await insertRows(strapi, trx, info.table, rows);
}
