import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

export const ARTICLE = 'plugin::editorial.article';
export const QUOTE = 'plugin::editorial.quote';
export const SOURCE = 'plugin::editorial.source';

export type Status = 'draft' | 'published';

/** A Strapi-style document id (24 lower-case alphanumerics) for rows written without the document service. */
export function newDocumentId() {
  const bytes = crypto.randomBytes(24);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = alphabet[bytes[0] % 26];
  for (let i = 1; i < 24; i++) id += alphabet[bytes[i] % alphabet.length];
  return id;
}

export interface JoinInfo {
  table: string;
  ownColumn: string;
  targetColumn: string;
  ownOrder?: string;
  targetOrder?: string;
}

/** Join table of a relation attribute, from Strapi's own metadata. */
export function joinInfo(strapi: Core.Strapi, uid: string, attribute: string): JoinInfo {
  const attr = (strapi.db.metadata.get(uid as any).attributes as any)[attribute];
  const jt = attr?.joinTable;
  if (!jt) throw new Error(`${uid}.${attribute} has no join table`);
  return {
    table: jt.name,
    ownColumn: jt.joinColumn.name,
    targetColumn: jt.inverseJoinColumn.name,
    ownOrder: jt.orderColumnName,
    targetOrder: jt.inverseOrderColumnName,
  };
}

export const tableOf = (strapi: Core.Strapi, uid: string) => strapi.db.metadata.get(uid as any).tableName;

/** Knex bound to the current transaction. */
export function kx(strapi: Core.Strapi, trx: any, table: string): any {
  const q = strapi.db.connection(table);
  return trx ? q.transacting(trx) : q;
}

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

/** Replaces the relation link of each row (manyToOne): delete old links (one statement) then insert the new ones in one statement. */
export async function setLinks(
  strapi: Core.Strapi,
  trx: any,
  info: JoinInfo,
  pairs: { own: number; target: number | null }[],
  fresh: Set<number> = new Set()
) {
  if (!pairs.length) return;
  // Rows created in this sync (`fresh`) have no links yet: nothing to delete for them.
  for (const part of chunks(pairs.filter((p) => !fresh.has(p.own)))) {
    await kx(strapi, trx, info.table).whereIn(info.ownColumn, part.map((p) => p.own)).delete();
  }
  const rows = pairs
    .filter((p) => p.target != null)
    .map((p, i) => ({
      [info.ownColumn]: p.own,
      [info.targetColumn]: p.target,
      ...(info.ownOrder ? { [info.ownOrder]: 1 } : {}),
      ...(info.targetOrder ? { [info.targetOrder]: Date.now() % 1_000_000 + i } : {}),
    }));
  for (const part of chunks(rows, 100)) await kx(strapi, trx, info.table).insert(part);
}
