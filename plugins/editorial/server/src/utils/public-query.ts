import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../../../shared/permissions';
import {
  PUBLIC_SCHEMA,
  PublicQueryError,
  checkPublicQuery,
  type NormalPopulate,
  type NormalPublicQuery,
  type PublicModel,
} from '../../../shared/public-schema';
import { PUBLIC_QUOTE_WHERE } from '../services/public-api';
import { getService } from './get-service';

/**
 * The one rule for public reads (REST controllers and GraphQL resolvers call it): a query is
 * checked against the public schema (shared/public-schema.ts, 400 naming the parameter), and
 * every relation it reaches is narrowed to the rows a direct public read would show:
 *   article  published versions only (never a draft row)
 *   comment  approved, on a published article
 *   quote    PUBLIC_QUOTE_WHERE (published article, not rejected)
 *   source   quoted by a public quote, or the outlet of a published article
 * A filter that crosses a relation is resolved to the keys of the rows that have a visible
 * related row matching it (`{comments: X}` -> `{documentId: {$in: [...]}}`), so `$not`, `$or`
 * and null checks over relations mean "has / has no visible related row" and hidden rows can
 * never change an answer (a SQL join would let a held row through a negation).
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

/** Never matches a documentId (or id): stands for an empty `$in` list. */
const NONE = '-none-';

/** Checks a public query; a query outside the public schema becomes a 400 naming the parameter. */
export function validatePublicQuery(model: PublicModel, query: Record<string, unknown>): NormalPublicQuery {
  try {
    return checkPublicQuery(model, query);
  } catch (e) {
    throw asValidationError(e);
  }
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

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : isPlainObject(v) ? Object.values(v) : []);

/**
 * Visibility for one request: the sets it needs (published documentIds, visible source ids)
 * are read once per scope.
 */
export class PublicScope {
  private published?: Promise<string[]>;
  private sources?: Promise<number[]>;

  constructor(private strapi: Core.Strapi) {}

  private publishedDocumentIds(): Promise<string[]> {
    this.published ??= this.strapi.db
      .query(UIDS.article as any)
      .findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId'] })
      .then((rows: any[]) => [...new Set(rows.map((r) => r.documentId as string))]);
    return this.published;
  }

  visibleSourceIds(): Promise<number[]> {
    this.sources ??= getService('public-api', this.strapi).visibleSourceIds();
    return this.sources;
  }

  /** The condition a row of `model` must meet to be public. */
  async visibleWhere(model: PublicModel): Promise<Record<string, unknown>> {
    switch (model) {
      case 'article':
        return { publishedAt: { $notNull: true } };
      case 'comment': {
        const ids = await this.publishedDocumentIds();
        return { status: 'approved', articleDocumentId: { $in: ids.length ? ids : [NONE] } };
      }
      case 'quote':
        return { ...PUBLIC_QUOTE_WHERE };
      case 'source': {
        const ids = await this.visibleSourceIds();
        return { id: { $in: ids.length ? ids : [-1] } };
      }
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

  /** `{relation: X}` on `model` as a key filter: rows with a visible related row matching X. */
  private async crossRelation(model: PublicModel, relation: string, sub: unknown): Promise<Record<string, unknown>> {
    const rel = PUBLIC_SCHEMA[model].relations[relation];
    const targetWhere = await this.where(rel.target, sub);
    if (rel.join.kind === 'key') {
      const column = rel.join.target;
      const rows: any[] = await this.strapi.db.query(MODEL_UID[rel.target] as any).findMany({ where: targetWhere, select: [column] });
      const values = [...new Set(rows.map((r) => r[column]).filter((v) => v !== null && v !== undefined))];
      return { [rel.join.own]: { $in: values.length ? values : [NONE] } };
    }
    // Through the link table, from visible rows of this model only (a draft row's links never count).
    const rows: any[] = await this.strapi.db.query(MODEL_UID[model] as any).findMany({
      where: { $and: [await this.visibleWhere(model), { [relation]: targetWhere }] },
      select: ['documentId'],
    });
    const values = [...new Set(rows.map((r) => r.documentId))];
    return { documentId: { $in: values.length ? values : [NONE] } };
  }

  /** Narrowed client filters and the visibility of `model`, as one where/filters object. */
  async where(model: PublicModel, filters: unknown): Promise<Record<string, unknown>> {
    const narrowed = await this.narrowFilters(model, filters);
    const visible = await this.visibleWhere(model);
    return Object.keys(narrowed).length ? { $and: [narrowed, visible] } : visible;
  }

  /** Strapi populate for the checked populate: each relation narrowed, public fields only. */
  async populate(model: PublicModel, populate: NormalPopulate | undefined): Promise<Record<string, unknown> | undefined> {
    if (!populate || !Object.keys(populate).length) return undefined;
    const out: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(populate)) {
      const target = PUBLIC_SCHEMA[model].relations[name].target;
      // Values the read model computes (source aliases) are not given on populated rows.
      const fields = (entry.fields ?? PUBLIC_SCHEMA[target].fields).filter((f) => PUBLIC_SCHEMA[target].fields.includes(f));
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
