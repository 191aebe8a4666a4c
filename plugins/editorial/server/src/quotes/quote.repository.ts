import type { Core } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { chunks, insertRows, kx, modelTable, parseJson, setLinks, type Status } from '../core/db';

/**
 * Reads and writes of quotes and of the article fields the quote sync owns. Every function runs
 * in the sync's transaction (`trx`, or Strapi's transaction context for the query engine).
 *
 * Single rows go through Strapi's query engine. Knex is used where `npm run bench -- quotes-save`
 * showed the need: one read of a version's quotes with both links, batched deletes, inserts and
 * one CASE update per save keep the save with extraction under 1.3x the save without it (the
 * query engine would issue one statement, plus a read back, per quote).
 */

/** A quote as the sync reads it: attribute names, its source and its article rows. */
export interface StoredQuote {
  id: number;
  documentId: string;
  text: string;
  matchKey: string | null;
  start: number | null;
  end: number | null;
  paragraphIndex: number | null;
  segments: unknown;
  speakerText: string | null;
  cue: string | null;
  type: string | null;
  confidence: number | null;
  evidence: unknown;
  state: string;
  editedByEditor: boolean;
  sourceLocked: boolean;
  source: { id: number } | null;
  /** Article rows linked to the quote: publishing can leave several (Strapi copies relations). */
  articleIds: number[];
}

export interface ArticleVersion {
  id: number;
  body: string | null;
  quoteExtraction: unknown;
}

const QUOTE_FIELDS = [
  'id',
  'documentId',
  'text',
  'matchKey',
  'start',
  'end',
  'paragraphIndex',
  'segments',
  'speakerText',
  'cue',
  'type',
  'confidence',
  'evidence',
  'state',
  'editedByEditor',
  'sourceLocked',
] as const;

const quotes = (strapi: Core.Strapi) => modelTable(strapi, UIDS.quote);

/** The draft or published row of an article with its body and stored extraction state. */
export async function findArticleVersion(
  strapi: Core.Strapi,
  documentId: string,
  status: Status,
): Promise<ArticleVersion | null> {
  const row: any = await strapi.db.query(UIDS.article as any).findOne({
    select: ['id', 'body', 'quoteExtraction'],
    where: { documentId, publishedAt: status === 'draft' ? { $null: true } : { $notNull: true } },
  });
  return row
    ? { id: Number(row.id), body: row.body ?? null, quoteExtraction: parseJson(row.quoteExtraction) }
    : null;
}

/** The article rows of a document with their extraction state (every version). */
export async function findArticleRows(
  strapi: Core.Strapi,
  documentId: string,
): Promise<{ id: number; quoteExtraction: unknown }[]> {
  const rows: any[] = await strapi.db
    .query(UIDS.article as any)
    .findMany({ select: ['id', 'quoteExtraction'], where: { documentId } });
  return rows.map((r) => ({ id: Number(r.id), quoteExtraction: parseJson(r.quoteExtraction) }));
}

/** Stores the extraction state of one article row (no lifecycles, no read back). */
export async function saveExtractionState(strapi: Core.Strapi, articleId: number, state: unknown) {
  await strapi.db
    .query(UIDS.article as any)
    .updateMany({ where: { id: articleId }, data: { quoteExtraction: state } as any });
}

/**
 * Unlinks the version's quotes from other rows of the document: Strapi's publish copies the
 * draft's relations onto the new published row. Knex: a delete by subquery (quotes-save bench).
 */
export async function unlinkQuotesFromOtherRows(
  strapi: Core.Strapi,
  trx: any,
  documentId: string,
  status: Status,
  articleId: number,
) {
  const q = quotes(strapi);
  const link = q.join('article');
  await kx(strapi, trx, link.table)
    .whereIn(link.ownColumn, (qb: any) =>
      qb
        .select('id')
        .from(q.name)
        .where({ [q.column('articleDocumentId')]: documentId, [q.column('articleStatus')]: status }),
    )
    .andWhereNot(link.targetColumn, articleId)
    .delete();
}

/** The quotes of one version with their source and article links, in one read (quotes-save bench). */
export async function findVersionQuotes(
  strapi: Core.Strapi,
  trx: any,
  documentId: string,
  status: Status,
): Promise<StoredQuote[]> {
  const q = quotes(strapi);
  const sourceLink = q.join('source');
  const articleLink = q.join('article');
  const raw: any[] = await kx(strapi, trx, q.name)
    .select({
      ...q.select(QUOTE_FIELDS),
      sourceId: `sl.${sourceLink.targetColumn}`,
      articleId: `al.${articleLink.targetColumn}`,
    })
    .leftJoin(`${sourceLink.table} as sl`, `sl.${sourceLink.ownColumn}`, `${q.name}.id`)
    .leftJoin(`${articleLink.table} as al`, `al.${articleLink.ownColumn}`, `${q.name}.id`)
    .where({
      [`${q.name}.${q.column('articleDocumentId')}`]: documentId,
      [`${q.name}.${q.column('articleStatus')}`]: status,
    })
    .orderBy(`${q.name}.id`);
  const byId = new Map<number, StoredQuote>();
  const num = (v: unknown) => (v == null ? null : Number(v));
  for (const r of raw) {
    const id = Number(r.id);
    let quote = byId.get(id);
    if (!quote) {
      quote = {
        id,
        documentId: r.documentId,
        text: r.text,
        matchKey: r.matchKey,
        start: num(r.start),
        end: num(r.end),
        paragraphIndex: num(r.paragraphIndex),
        segments: parseJson(r.segments),
        speakerText: r.speakerText,
        cue: r.cue,
        type: r.type,
        confidence: num(r.confidence),
        evidence: parseJson(r.evidence),
        state: r.state,
        editedByEditor: !!r.editedByEditor,
        sourceLocked: !!r.sourceLocked,
        source: r.sourceId == null ? null : { id: Number(r.sourceId) },
        articleIds: [],
      };
      byId.set(id, quote);
    }
    if (r.articleId != null && !quote.articleIds.includes(Number(r.articleId)))
      quote.articleIds.push(Number(r.articleId));
  }
  return [...byId.values()];
}

/** Deletes quotes with their source and article links (quotes-save bench: three statements per 200). */
export async function deleteQuotes(strapi: Core.Strapi, trx: any, ids: number[]) {
  const q = quotes(strapi);
  const sourceLink = q.join('source');
  const articleLink = q.join('article');
  for (const part of chunks(ids)) {
    await kx(strapi, trx, sourceLink.table).whereIn(sourceLink.ownColumn, part).delete();
    await kx(strapi, trx, articleLink.table).whereIn(articleLink.ownColumn, part).delete();
    await kx(strapi, trx, q.name).whereIn('id', part).delete();
  }
}

/** Inserts quotes (attribute-keyed data), 100 rows a statement (quotes-save bench); returns their ids in order. */
export async function insertQuotes(
  strapi: Core.Strapi,
  trx: any,
  data: Record<string, unknown>[],
): Promise<number[]> {
  const q = quotes(strapi);
  return insertRows(strapi, trx, q.name, data.map(q.toRow), { idsByColumn: q.column('documentId') });
}

/**
 * Updates quotes, each with its own attribute-keyed changes, in one statement per 200 rows:
 * SET col = CASE id WHEN … THEN … ELSE col END (quotes-save bench: one statement, not one per quote).
 */
export async function updateQuotes(
  strapi: Core.Strapi,
  trx: any,
  updates: { id: number; data: Record<string, unknown> }[],
) {
  if (!updates.length) return;
  const q = quotes(strapi);
  const rows = updates.map((u) => ({ id: u.id, data: q.toRow(u.data) }));
  if (rows.length === 1) {
    await kx(strapi, trx, q.name).where({ id: rows[0].id }).update(rows[0].data);
    return;
  }
  const knex = strapi.db.connection;
  const set: Record<string, unknown> = {};
  for (const col of new Set(rows.flatMap((u) => Object.keys(u.data)))) {
    const having = rows.filter((u) => col in u.data);
    // A timestamp is the same for every row of one sync.
    if (having.some((u) => u.data[col] instanceof Date)) {
      set[col] = having[0].data[col];
      continue;
    }
    set[col] = knex.raw(`CASE ?? ${having.map(() => 'WHEN ? THEN ?').join(' ')} ELSE ?? END`, [
      'id',
      ...having.flatMap((u) => [u.id, u.data[col] as any]),
      col,
    ]);
  }
  for (const part of chunks(rows.map((u) => u.id)))
    await kx(strapi, trx, q.name).whereIn('id', part).update(set);
}

/**
 * Sets one manyToOne relation of each quote (target null: none); `fresh` quotes have no link yet
 * (quotes-save bench).
 */
const linkQuotes =
  (relation: 'source' | 'article') =>
  (strapi: Core.Strapi, trx: any, pairs: { own: number; target: number | null }[], fresh?: Set<number>) =>
    setLinks(strapi, trx, quotes(strapi).join(relation), pairs, fresh);

/** Sets the source of each quote. */
export const linkQuoteSources = linkQuotes('source');
/** Sets the article row of each quote. */
export const linkQuoteArticles = linkQuotes('article');

/** The publication (an outlet source) of an article row, or null. */
export async function findArticlePublication(strapi: Core.Strapi, articleId: number) {
  const article: any = await strapi.db.query(UIDS.article as any).findOne({
    where: { id: articleId },
    select: ['id'],
    populate: { publication: { select: ['id', 'name', 'slug', 'kind', 'aliasKeys'] } },
  });
  const p = article?.publication;
  return p
    ? { id: Number(p.id), name: p.name, slug: p.slug, kind: p.kind, aliasKeys: p.aliasKeys ?? null }
    : null;
}

/** An editor's change to quotes (state, text): the query engine's updateMany, with updatedAt. */
export async function updateQuotesByEditor(
  strapi: Core.Strapi,
  ids: number[],
  data: Record<string, unknown>,
) {
  if (ids.length)
    await strapi.db
      .query(UIDS.quote as any)
      .updateMany({ where: { id: { $in: ids } }, data: { ...data, updatedAt: new Date() } as any });
}
