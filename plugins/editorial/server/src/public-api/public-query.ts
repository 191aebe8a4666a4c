import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../../../shared/constants';
import {
  PUBLIC_SCHEMA,
  PublicQueryError,
  checkPublicQuery,
  type NormalPopulate,
  type NormalPublicQuery,
  type PublicModel,
} from '../../../shared/public-schema';
import { PUBLIC_QUOTE_WHERE } from './public-api.service';
import { getService } from '../core/get-service';

/**
 * The one rule for public reads (REST controllers and GraphQL resolvers call it): a query is
 * checked against the public schema (shared/public-schema.ts, 400 naming the parameter), and
 * every relation it reaches is narrowed to the rows a direct public read would show:
 *   article  published versions only (never a draft row)
 *   comment  approved, on a published article
 *   quote    PUBLIC_QUOTE_WHERE (published article, not rejected)
 *   source   quoted by a public quote, or the outlet of a published article
 * A filter that crosses a relation becomes a key condition on a subquery the database runs,
 * the keys of the rows that have a visible related row matching it (`{comments: X}` ->
 * `{documentId: {$in: (SELECT article_document_id FROM comments WHERE X AND visible)}}`), so
 * `$not`, `$or` and null checks over relations mean "has / has no visible related row" and
 * hidden rows can never change an answer (a SQL join would let a held row through a negation).
 * Nothing is read into the server per request: the cost does not grow with the corpus.
 *
 * Strapi's own contentAPI.validate/sanitize (controllers' validateQuery/sanitizeQuery) is not
 * used for these reads: it decides per content type and role (private attributes, `find`
 * permission of the target), never per row, so it neither stops a filter reaching held comments
 * or draft rows nor names the parameter; and it would refuse relations this rule answers safely
 * (source -> quotes). The allow-list is stricter than it on every point; sanitizeOutput still
 * strips private attributes from what is returned.
 */

export const MODEL_UID: Record<PublicModel, string> = {
  article: UIDS.article,
  comment: UIDS.comment,
  quote: UIDS.quote,
  source: UIDS.source,
};

/** Checks a public query; a query outside the public schema becomes a 400 naming the parameter. */
export function validatePublicQuery(model: PublicModel, query: Record<string, unknown>): NormalPublicQuery {
  try {
    return checkPublicQuery(model, query);
  } catch (e) {
    throw asValidationError(e);
  }
}

/** A one-row read: list parameters (`listOnly`) are a 400 naming them ("not accepted on `what`"). */
export function validateSingleQuery(
  model: PublicModel,
  query: Record<string, unknown>,
  what: string,
  listOnly: (keyof NormalPublicQuery)[] = ['filters', 'sort', 'pagination'],
): NormalPublicQuery {
  const checked = validatePublicQuery(model, query);
  const param = listOnly.find((k) => checked[k]);
  if (param) throw new errors.ValidationError(`${param}: not accepted on ${what}`, { param });
  return checked;
}

export function asValidationError(e: unknown) {
  if (e instanceof PublicQueryError) return new errors.ValidationError(e.message, { param: e.param });
  return e;
}

/** Combines filters with a filter the server always enforces. */
export function enforceFilters(clientFilters: unknown, enforced: Record<string, unknown>) {
  if (!clientFilters || (typeof clientFilters === 'object' && !Object.keys(clientFilters as object).length)) {
    return enforced;
  }
  return { $and: [clientFilters, enforced] };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : isPlainObject(v) ? Object.values(v) : []);

/**
 * A subquery the database evaluates, for `{column: {$in: subquery(...)}}` in a Strapi
 * where/filters object. Public reads used to send materialised key lists (`documentId IN
 * (...every published article...)`): O(corpus) per request and over SQLite's (32,766) and
 * PostgreSQL's (65,535) bound-parameter limits at a newsroom's size; a subquery costs a few
 * bound parameters whatever the corpus.
 *
 * The query is compiled to SQL and bindings here and handed over as a knex Raw whose `client`
 * is not enumerable: the document service deep-clones `filters` (lodash cloneDeep), which would
 * otherwise copy knex's client with its connection pool; knex sets the client again when it
 * embeds the Raw (`IN (<sql>)`). The query engine passes knex queries through `$in`/`$notIn`.
 */
export function asSubquery(
  strapi: Core.Strapi,
  query: { toSQL(): { sql: string; bindings: readonly unknown[] } },
) {
  const { sql, bindings } = query.toSQL();
  const raw: any = strapi.db.connection.raw(sql, bindings as any[]);
  Object.defineProperty(raw, 'client', {
    value: raw.client,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return raw;
}

export const isSubquery = (v: unknown): boolean =>
  !!v && typeof v === 'object' && (v as any).isRawInstance === true;

/**
 * Visibility for one request, as conditions the database evaluates (subqueries, never key
 * lists read into the server): the cost of a public read does not grow with the corpus.
 */
export class PublicScope {
  private published?: unknown;
  private sources?: unknown;

  constructor(private strapi: Core.Strapi) {}

  /** `{column: {$in: <this>}}`: `column` of the rows of `model` meeting `where` (never null). */
  subquery(model: PublicModel, column: string, where: Record<string, unknown>) {
    const qb = this.strapi.db
      .queryBuilder(MODEL_UID[model] as any)
      .select(column)
      .where({ $and: [where, { [column]: { $notNull: true } }] })
      .getKnexQuery();
    return asSubquery(this.strapi, qb);
  }

  /** documentIds of published articles (a subquery). */
  publishedArticleKeys() {
    this.published ??= this.subquery('article', 'documentId', { publishedAt: { $notNull: true } });
    return this.published;
  }

  /** Row ids of the sources the public may see (a subquery; the rule is in public-api/public-api.service.ts visibleSourceIdsQuery). */
  visibleSourceKeys() {
    this.sources ??= asSubquery(this.strapi, getService('public-api', this.strapi).visibleSourceIdsQuery());
    return this.sources;
  }

  /** The condition a row of `model` must meet to be public. */
  async visibleWhere(model: PublicModel): Promise<Record<string, unknown>> {
    switch (model) {
      case 'article':
        return { publishedAt: { $notNull: true } };
      case 'comment':
        return { status: 'approved', articleDocumentId: { $in: this.publishedArticleKeys() } };
      case 'quote':
        return { ...PUBLIC_QUOTE_WHERE };
      case 'source':
        return { id: { $in: this.visibleSourceKeys() } };
    }
  }

  /** Client filters (already checked) with each relation crossing resolved to visible rows. */
  async narrowFilters(model: PublicModel, filters: unknown): Promise<Record<string, unknown>> {
    if (!isPlainObject(filters)) return {};
    const schema = PUBLIC_SCHEMA[model];
    const out: Record<string, unknown> = {};
    const parts: Record<string, unknown>[] = [];
    for (const [key, value] of Object.entries(filters)) {
      if (key === '$and' || key === '$or') {
        out[key] = await Promise.all(asList(value).map((item) => this.narrowFilters(model, item)));
      } else if (key === '$not') {
        out[key] = await this.narrowFilters(model, value);
      } else if (key in schema.relations) {
        parts.push(await this.crossRelation(model, key, value));
      } else {
        out[key] = value;
      }
    }
    // Several relation crossings at one level (or one next to a field) all have to hold.
    if (!parts.length) return out;
    const all = Object.keys(out).length ? [out, ...parts] : parts;
    return all.length === 1 ? all[0] : { $and: all };
  }

  /**
   * `{relation: X}` on `model` as a key filter: rows with a visible related row matching X,
   * `key IN (SELECT ...)`. A subquery rather than a join: under `$not` a join would keep a row
   * that has one non-matching (or hidden) related row; `NOT IN (subquery)` means "has no
   * visible related row matching X", and the subquery never yields null (see subquery()).
   */
  private async crossRelation(
    model: PublicModel,
    relation: string,
    sub: unknown,
  ): Promise<Record<string, unknown>> {
    const rel = PUBLIC_SCHEMA[model].relations[relation];
    const targetWhere = await this.where(rel.target, sub);
    if (rel.join.kind === 'key') {
      return { [rel.join.own]: { $in: this.subquery(rel.target, rel.join.target, targetWhere) } };
    }
    // Through the link table, from visible rows of this model only (a draft row's links never count).
    const where = { $and: [await this.visibleWhere(model), { [relation]: targetWhere }] };
    return { documentId: { $in: this.subquery(model, 'documentId', where) } };
  }

  /** Narrowed client filters and the visibility of `model`, as one where/filters object. */
  async where(model: PublicModel, filters: unknown): Promise<Record<string, unknown>> {
    const narrowed = await this.narrowFilters(model, filters);
    const visible = await this.visibleWhere(model);
    return Object.keys(narrowed).length ? { $and: [narrowed, visible] } : visible;
  }

  /**
   * The document-service query of a list read of `model`: the checked query with `filters` (the
   * narrowed ones and whatever the server adds), populate narrowed, the selected fields and a
   * stable sort (`defaultSort` unless the client sorts).
   */
  async listQuery(model: PublicModel, checked: NormalPublicQuery, filters: unknown, defaultSort: string[]) {
    return {
      ...checked,
      filters,
      populate: await this.populate(model, checked.populate),
      fields: selectedFields(model, checked.fields),
      sort: withTiebreak(checked.sort ?? defaultSort),
    };
  }

  /** Strapi populate for the checked populate: each relation narrowed, public fields only. */
  async populate(
    model: PublicModel,
    populate: NormalPopulate | undefined,
  ): Promise<Record<string, unknown> | undefined> {
    if (!populate || !Object.keys(populate).length) return undefined;
    const out: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(populate)) {
      const target = PUBLIC_SCHEMA[model].relations[name].target;
      // Values the read model computes (source aliases) are not given on populated rows.
      const fields = (entry.fields ?? PUBLIC_SCHEMA[target].fields).filter((f) =>
        PUBLIC_SCHEMA[target].fields.includes(f),
      );
      const item: Record<string, unknown> = { filters: await this.where(target, entry.filters), fields };
      if (entry.sort) item.sort = withTiebreak(entry.sort);
      const nested = await this.populate(target, entry.populate);
      if (nested) item.populate = nested;
      out[name] = item;
    }
    return out;
  }
}

export const publicScope = (strapi: Core.Strapi) => new PublicScope(strapi);

/** A sort with the row id last, so ties (and pages) come out in one order whatever else is stored. */
export const withTiebreak = (sort: string[]) => [...sort, 'id:asc'];

/** The top-level fields a public read selects: the client's choice or every public field. */
export function selectedFields(model: PublicModel, fields: string[] | undefined): string[] {
  const schema = PUBLIC_SCHEMA[model];
  return fields ?? [...schema.fields, ...schema.selectOnly];
}

/**
 * GraphQL turns its `filters` argument into a Strapi query by copying it key by key, which would
 * flatten a subquery into a plain object. So a narrowed GraphQL filter carries each subquery as
 * a one-element `in` list holding an opaque token, and a document-service middleware
 * (restoreParkedSubqueries) puts the subquery back before the query runs. Tokens are random and
 * short-lived (GraphQL's count for pageInfo runs later in the same request).
 */
const parked = new Map<string, unknown>();
const PARK_MS = 60_000;

export function parkSubqueries(v: unknown): unknown {
  if (isSubquery(v)) {
    const token = `subquery:${randomUUID()}`;
    parked.set(token, v);
    setTimeout(() => parked.delete(token), PARK_MS).unref();
    return [token];
  }
  if (Array.isArray(v)) return v.map(parkSubqueries);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, parkSubqueries(x)]));
  return v;
}

function unpark(v: unknown): unknown {
  if (Array.isArray(v)) {
    if (v.length === 1 && typeof v[0] === 'string' && parked.has(v[0])) return parked.get(v[0]);
    return v.map(unpark);
  }
  if (isPlainObject(v) && !isSubquery(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unpark(x)]));
  return v;
}

/** Document-service middleware: parked subqueries back into the filters of public reads. */
export const restoreParkedSubqueries = () => async (ctx: any, next: () => Promise<any>) => {
  if (parked.size && ctx.params?.filters && (ctx.uid === UIDS.article || ctx.uid === UIDS.source)) {
    ctx.params = { ...ctx.params, filters: unpark(ctx.params.filters) };
  }
  return await next();
};
