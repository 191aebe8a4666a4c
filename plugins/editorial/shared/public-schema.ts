/**
 * The public schema: what an anonymous reader may filter, sort, select and populate on each
 * public model, over REST (/api/editorial/*) and GraphQL alike, and the validator that holds a
 * query to it. Pure (no Strapi import): the server narrows every relation the query reaches to
 * publicly visible rows (public-api/public-query.ts); publicQueryParams gives the routes these
 * lists as zod query schemas, from which the OpenAPI document is derived.
 *
 * Anything not listed here (status, emails, ip hashes, moderation fields, report counts,
 * internal keys, relations to admin users...) can be neither filtered nor sorted nor selected:
 * the query is refused with a 400 naming the parameter.
 */
import { z } from 'zod';

export type PublicModel = 'article' | 'comment' | 'quote' | 'source';

/**
 * How a relation is followed when a filter crosses it.
 *  - `key`: by a stored documentId column (`own` on this model, `target` on the other), so the
 *    match never depends on which version row a link table points at;
 *  - `link`: through Strapi's relation (to-one relations and source -> quotes).
 */
export type RelationJoin = { kind: 'key'; own: string; target: string } | { kind: 'link' };

export interface PublicRelation {
  target: PublicModel;
  join: RelationJoin;
  /** Whether `populate` may ask for it (relations given in a fixed public shape are not). */
  populate: boolean;
}

export interface PublicModelSchema {
  /** Filterable, sortable and selectable attributes. */
  fields: readonly string[];
  /** Selectable (`fields`) only: values computed by the read model. */
  selectOnly: readonly string[];
  relations: Readonly<Record<string, PublicRelation>>;
}

const link = (target: PublicModel, populate: boolean): PublicRelation => ({
  target,
  join: { kind: 'link' },
  populate,
});
/** Rows that name their article by `articleDocumentId` (quotes, comments). */
const ofArticle = (target: PublicModel, populate: boolean): PublicRelation => ({
  target,
  join: { kind: 'key', own: 'documentId', target: 'articleDocumentId' },
  populate,
});
const TO_ARTICLE: PublicRelation = {
  target: 'article',
  join: { kind: 'key', own: 'articleDocumentId', target: 'documentId' },
  populate: false,
};

export const PUBLIC_SCHEMA: Readonly<Record<PublicModel, PublicModelSchema>> = {
  article: {
    fields: [
      'documentId',
      'title',
      'slug',
      'dek',
      'body',
      'byline',
      'dateline',
      'originalPublishedAt',
      'creditLine',
      'section',
      'canonicalUrl',
      'commentsMode',
      'publishedAt',
      'createdAt',
      'updatedAt',
    ],
    selectOnly: [],
    relations: {
      publication: link('source', true),
      quotes: ofArticle('quote', false),
      comments: ofArticle('comment', true),
    },
  },
  comment: {
    fields: ['documentId', 'body', 'authorName', 'postedAt', 'articleDocumentId', 'origin', 'isStaff'],
    selectOnly: [],
    relations: {
      article: TO_ARTICLE,
      parent: link('comment', true),
    },
  },
  quote: {
    fields: [
      'documentId',
      'text',
      'type',
      'cue',
      'speakerText',
      'paragraphIndex',
      'start',
      'end',
      'state',
      'articleDocumentId',
    ],
    selectOnly: [],
    relations: {
      source: link('source', false),
      article: TO_ARTICLE,
    },
  },
  source: {
    fields: ['documentId', 'name', 'slug', 'kind', 'description', 'affiliation'],
    selectOnly: ['aliases'],
    relations: {
      quotes: link('quote', true),
    },
  },
};

/**
 * Public fields that are not text, by model: text operators do not apply to them and their values
 * must parse (PostgreSQL would otherwise answer a type error with a 500; SQLite compares anything).
 */
export const NON_TEXT_FIELDS: Readonly<Record<PublicModel, Readonly<Record<string, 'date' | 'integer'>>>> = {
  article: { originalPublishedAt: 'date', publishedAt: 'date', createdAt: 'date', updatedAt: 'date' },
  comment: { postedAt: 'date' },
  quote: { paragraphIndex: 'integer', start: 'integer', end: 'integer' },
  source: {},
};
/** Operators that compare text: they do not apply to dates and numbers. */
const TEXT_OPERATOR_LIST = [
  '$eqi',
  '$nei',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
] as const;
const TEXT_OPERATORS = new Set<string>(TEXT_OPERATOR_LIST);
/** Operators whose value is a flag, not a value of the field. */
const FLAG_OPERATORS = new Set(['$null', '$notNull']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function checkTyped(param: string, v: unknown, type: 'date' | 'integer' | undefined) {
  if (!type || v === null) return;
  const text = typeof v === 'number' ? String(v) : v;
  if (type === 'integer' && !(typeof text === 'string' && /^-?\d{1,15}$/.test(text))) {
    throw new PublicQueryError(param, 'expected a whole number');
  }
  if (
    type === 'date' &&
    !(typeof text === 'string' && ISO_DATE.test(text) && !Number.isNaN(Date.parse(text)))
  ) {
    throw new PublicQueryError(param, 'expected an ISO 8601 date, e.g. 2026-05-01 or 2026-05-01T08:00:00Z');
  }
}

export const COMPARISON_OPERATORS = [
  '$eq',
  '$ne',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  ...TEXT_OPERATOR_LIST,
  '$null',
  '$notNull',
  '$between',
] as const;
export const LOGICAL_OPERATORS = ['$and', '$or', '$not'] as const;
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between']);
const COMPARISONS = new Set<string>(COMPARISON_OPERATORS);

/** Query parameters every public list/detail read accepts (routes may add their own, e.g. `_q`). */
export const PUBLIC_QUERY_PARAMS = ['filters', 'sort', 'fields', 'populate', 'pagination', 'status'] as const;

const deepObject = (description: string) =>
  z.record(z.string(), z.unknown()).optional().meta({ description });

/**
 * The query parameters of a public read of `model`, as the routes' `request.query` (zod, one
 * schema per parameter) and so the OpenAPI parameters: what may be filtered, sorted, selected
 * and populated, from the lists above. `list`: a collection read (filters, sort, pagination);
 * `populate`: whether populate is offered. checkPublicQuery is what holds a query to them.
 */
export function publicQueryParams(
  model: PublicModel,
  { list, populate = true }: { list: boolean; populate?: boolean },
): Record<string, z.ZodType> {
  const schema = PUBLIC_SCHEMA[model];
  const relations = Object.entries(schema.relations);
  const populatable = relations.filter(([, r]) => r.populate).map(([name]) => name);
  const params: Record<string, z.ZodType> = {};
  if (list) {
    params.filters = deepObject(
      `Filters on public fields only: ${schema.fields.join(', ')}; through relations ${relations.map(([n, r]) => `${n} (${r.target})`).join(', ')}, which reach visible rows only (published articles, approved comments, public quotes and sources). Operators: ${COMPARISON_OPERATORS.join(' ')}, ${LOGICAL_OPERATORS.join(' ')}. Any other field is a 400 naming the parameter.`,
    );
    params.sort = z
      .array(z.string())
      .optional()
      .meta({ description: `field:asc|desc on ${schema.fields.join(', ')} (no relation paths)` });
    params.pagination = deepObject(
      'pagination[page]&pagination[pageSize] (max 100), or pagination[start]&pagination[limit]',
    );
  }
  params.fields = z
    .array(z.enum([...schema.fields, ...schema.selectOnly] as [string, ...string[]]))
    .optional()
    .meta({ description: 'attributes to return' });
  if (populate && populatable.length) {
    params.populate = deepObject(
      `Relations to populate: ${populatable.join(', ')} (visible rows only; each may take fields, filters and sort under the same rules)`,
    );
  }
  return params;
}
const PAGINATION_KEYS = new Set(['page', 'pageSize', 'start', 'limit', 'withCount']);

/** How deep filters may nest (logical operators and relation hops together). */
export const MAX_FILTER_DEPTH = 8;
const MAX_VALUE_LENGTH = 500;
const MAX_LIST_LENGTH = 100;

/** A query outside the public schema; `param` names the offending parameter (`filters[comments][status]`). */
export class PublicQueryError extends Error {
  constructor(
    readonly param: string,
    readonly reason: string,
  ) {
    super(`${param}: ${reason}`);
    this.name = 'PublicQueryError';
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** qs turns long arrays into objects with numeric keys: both are lists. */
function asList(v: unknown): unknown[] | null {
  if (Array.isArray(v)) return v;
  if (isPlainObject(v) && Object.keys(v).every((k) => /^\d+$/.test(k))) return Object.values(v);
  return null;
}

function checkScalar(param: string, v: unknown) {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return;
  if (typeof v !== 'string') throw new PublicQueryError(param, 'expected a value');
  if (v.length > MAX_VALUE_LENGTH)
    throw new PublicQueryError(param, `value longer than ${MAX_VALUE_LENGTH} characters`);
}

/** Operators applied to one field: `x`, `{$eq: x}`, `{$not: {$eq: x}}`, `{$in: [..]}`. */
function checkFieldCondition(param: string, cond: unknown, depth: number, type?: 'date' | 'integer') {
  if (!isPlainObject(cond)) {
    if (Array.isArray(cond)) throw new PublicQueryError(param, 'expected an operator such as $in for a list');
    checkScalar(param, cond);
    return checkTyped(param, cond, type);
  }
  if (depth > MAX_FILTER_DEPTH) throw new PublicQueryError(param, 'filters nested too deeply');
  const keys = Object.keys(cond);
  if (!keys.length) throw new PublicQueryError(param, 'expected an operator');
  for (const op of keys) {
    const p = `${param}[${op}]`;
    const value = cond[op];
    if (op === '$not') {
      checkFieldCondition(p, value, depth + 1, type);
    } else if (COMPARISONS.has(op)) {
      if (type && TEXT_OPERATORS.has(op))
        throw new PublicQueryError(
          p,
          `a text operator; the field is a ${type === 'integer' ? 'number' : 'date'}`,
        );
      if (LIST_OPERATORS.has(op)) {
        const list = asList(value) ?? [value];
        if (list.length > MAX_LIST_LENGTH) throw new PublicQueryError(p, `at most ${MAX_LIST_LENGTH} values`);
        if (op === '$between' && list.length !== 2) throw new PublicQueryError(p, 'expected two values');
        list.forEach((x, i) => {
          checkScalar(`${p}[${i}]`, x);
          checkTyped(`${p}[${i}]`, x, type);
        });
      } else {
        checkScalar(p, value);
        if (!FLAG_OPERATORS.has(op)) checkTyped(p, value, type);
      }
    } else {
      throw new PublicQueryError(p, op.startsWith('$') ? 'unknown operator' : 'not a public field');
    }
  }
}

/** Checks a filters tree against the public schema of `model`; throws PublicQueryError. */
export function checkFilters(model: PublicModel, filters: unknown, param = 'filters', depth = 0): void {
  if (filters === undefined || filters === null || filters === '') return;
  if (!isPlainObject(filters))
    throw new PublicQueryError(param, 'expected an object of fields and operators');
  if (depth > MAX_FILTER_DEPTH) throw new PublicQueryError(param, 'filters nested too deeply');
  const schema = PUBLIC_SCHEMA[model];
  for (const [key, value] of Object.entries(filters)) {
    const p = `${param}[${key}]`;
    if (key === '$and' || key === '$or') {
      const list = asList(value);
      if (!list) throw new PublicQueryError(p, 'expected a list of conditions');
      if (list.length > MAX_LIST_LENGTH)
        throw new PublicQueryError(p, `at most ${MAX_LIST_LENGTH} conditions`);
      list.forEach((item, i) => checkFilters(model, item, `${p}[${i}]`, depth + 1));
    } else if (key === '$not') {
      checkFilters(model, value, p, depth + 1);
    } else if (schema.fields.includes(key)) {
      checkFieldCondition(p, value, depth + 1, NON_TEXT_FIELDS[model][key]);
    } else if (key in schema.relations) {
      if (!isPlainObject(value))
        throw new PublicQueryError(p, `expected conditions on the ${schema.relations[key].target}'s fields`);
      checkFilters(schema.relations[key].target, value, p, depth + 1);
    } else {
      throw new PublicQueryError(p, key.startsWith('$') ? 'unknown operator' : 'not a public field');
    }
  }
}

/** Normalised sort: `['title:asc', ...]`. Only the model's own public fields sort. */
export function checkSort(model: PublicModel, sort: unknown, param = 'sort'): string[] | undefined {
  if (sort === undefined || sort === null || sort === '') return undefined;
  const out: string[] = [];
  const add = (p: string, field: string, dir: string) => {
    if (!PUBLIC_SCHEMA[model].fields.includes(field))
      throw new PublicQueryError(p, `${field} is not a public sortable field`);
    const d = dir.toLowerCase();
    if (d !== 'asc' && d !== 'desc') throw new PublicQueryError(p, 'direction must be asc or desc');
    out.push(`${field}:${d}`);
  };
  const visit = (p: string, v: unknown) => {
    if (typeof v === 'string') {
      for (const part of v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const [field, dir = 'asc', ...rest] = part.split(':');
        if (rest.length) throw new PublicQueryError(p, `cannot read "${part}"`);
        add(p, field, dir);
      }
    } else if (asList(v)) {
      asList(v)!.forEach((item, i) => visit(`${p}[${i}]`, item));
    } else if (isPlainObject(v)) {
      for (const [field, dir] of Object.entries(v)) {
        if (typeof dir !== 'string')
          throw new PublicQueryError(`${p}[${field}]`, `${field} is not a public sortable field`);
        add(`${p}[${field}]`, field, dir);
      }
    } else {
      throw new PublicQueryError(p, 'expected field:asc or field:desc');
    }
  };
  visit(param, sort);
  return out.length ? out : undefined;
}

/** Normalised field selection (always with documentId). */
export function checkFields(model: PublicModel, fields: unknown, param = 'fields'): string[] | undefined {
  if (fields === undefined || fields === null || fields === '') return undefined;
  const schema = PUBLIC_SCHEMA[model];
  const names: Array<[string, string]> = [];
  if (typeof fields === 'string')
    fields
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .forEach((f) => names.push([param, f]));
  else if (asList(fields)) asList(fields)!.forEach((f, i) => names.push([`${param}[${i}]`, String(f)]));
  else throw new PublicQueryError(param, 'expected a list of field names');
  for (const [p, f] of names) {
    if (f === '*') throw new PublicQueryError(p, 'name the fields');
    if (!schema.fields.includes(f) && !schema.selectOnly.includes(f))
      throw new PublicQueryError(p, `${f} is not a public field`);
  }
  return [...new Set(['documentId', ...names.map(([, f]) => f)])];
}

export interface NormalPopulateEntry {
  fields?: string[];
  filters?: Record<string, unknown>;
  sort?: string[];
  populate?: NormalPopulate;
}
export type NormalPopulate = Record<string, NormalPopulateEntry>;

/** Normalised populate: `{relation: {fields?, filters?, sort?, populate?}}`, public relations only. */
export function checkPopulate(
  model: PublicModel,
  populate: unknown,
  param = 'populate',
  depth = 0,
): NormalPopulate | undefined {
  if (
    populate === undefined ||
    populate === null ||
    populate === '' ||
    populate === false ||
    populate === 'false'
  )
    return undefined;
  const schema = PUBLIC_SCHEMA[model];
  const populatable = Object.keys(schema.relations).filter((r) => schema.relations[r].populate);
  const out: NormalPopulate = {};
  const relation = (p: string, name: string) => {
    const rel = schema.relations[name];
    if (!rel || !rel.populate) throw new PublicQueryError(p, `${name} is not a public relation`);
    if (depth >= 2) throw new PublicQueryError(p, 'populate nested too deeply');
    return rel;
  };
  if (populate === '*' || populate === true || populate === 'true') {
    for (const name of populatable) out[name] = {};
    return out;
  }
  const fromPath = (p: string, path: string) => {
    const [head, ...rest] = path.split('.');
    const rel = relation(p, head);
    const entry = (out[head] ??= {});
    if (rest.length)
      entry.populate = { ...entry.populate, ...checkPopulate(rel.target, rest.join('.'), p, depth + 1) };
  };
  if (typeof populate === 'string') {
    populate
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .forEach((path) => fromPath(param, path));
    return out;
  }
  const list = asList(populate);
  if (list) {
    list.forEach((item, i) => {
      if (typeof item !== 'string') throw new PublicQueryError(`${param}[${i}]`, 'expected a relation name');
      fromPath(`${param}[${i}]`, item);
    });
    return out;
  }
  if (!isPlainObject(populate)) throw new PublicQueryError(param, 'expected relation names');
  for (const [name, value] of Object.entries(populate)) {
    const p = `${param}[${name}]`;
    const rel = relation(p, name);
    if (value === true || value === 'true' || value === '*') {
      out[name] = {};
      continue;
    }
    if (!isPlainObject(value))
      throw new PublicQueryError(p, 'expected true or an object of fields, filters, sort, populate');
    const entry: NormalPopulateEntry = {};
    for (const [k, v] of Object.entries(value)) {
      const pk = `${p}[${k}]`;
      if (k === 'fields') entry.fields = checkFields(rel.target, v, pk);
      else if (k === 'sort') entry.sort = checkSort(rel.target, v, pk);
      else if (k === 'filters') {
        checkFilters(rel.target, v, pk);
        if (isPlainObject(v) && Object.keys(v).length) entry.filters = v;
      } else if (k === 'populate') entry.populate = checkPopulate(rel.target, v, pk, depth + 1);
      else throw new PublicQueryError(pk, 'not a public populate option');
    }
    out[name] = entry;
  }
  return out;
}

export interface NormalPublicQuery {
  filters?: Record<string, unknown>;
  sort?: string[];
  fields?: string[];
  populate?: NormalPopulate;
  pagination?: Record<string, string | number | boolean>;
}

/**
 * Checks a whole public query (as parsed from the query string, after route-specific keys such
 * as `_q` or `filters[source]` were taken out) and returns it normalised. `status` may only ask
 * for what is public anyway (`published`).
 */
export function checkPublicQuery(model: PublicModel, query: Record<string, unknown>): NormalPublicQuery {
  const out: NormalPublicQuery = {};
  for (const key of Object.keys(query)) {
    if (!(PUBLIC_QUERY_PARAMS as readonly string[]).includes(key))
      throw new PublicQueryError(key, 'not a public query parameter');
  }
  if (query.status !== undefined && query.status !== 'published')
    throw new PublicQueryError('status', 'only published content is public');
  checkFilters(model, query.filters);
  if (isPlainObject(query.filters) && Object.keys(query.filters).length) out.filters = query.filters;
  out.sort = checkSort(model, query.sort);
  out.fields = checkFields(model, query.fields);
  out.populate = checkPopulate(model, query.populate);
  if (query.pagination !== undefined) {
    if (!isPlainObject(query.pagination))
      throw new PublicQueryError('pagination', 'expected page and pageSize (or start and limit)');
    const pagination: Record<string, string | number | boolean> = {};
    for (const [k, v] of Object.entries(query.pagination)) {
      const p = `pagination[${k}]`;
      if (!PAGINATION_KEYS.has(k)) throw new PublicQueryError(p, 'not a pagination parameter');
      if (k === 'withCount') {
        if (!['true', 'false', true, false].includes(v as any))
          throw new PublicQueryError(p, 'expected true or false');
        pagination[k] = v === true || v === 'true';
      } else {
        if (!/^\d{1,7}$/.test(String(v))) throw new PublicQueryError(p, 'expected a non-negative integer');
        pagination[k] = Number(v);
      }
    }
    out.pagination = pagination;
  }
  for (const k of Object.keys(out) as Array<keyof NormalPublicQuery>) if (out[k] === undefined) delete out[k];
  return out;
}

/** GraphQL spells operators without `$` (eq, and, not...): convert a filters tree to the REST spelling. */
export function filtersFromGraphql(filters: unknown): unknown {
  if (Array.isArray(filters)) return filters.map(filtersFromGraphql);
  if (!isPlainObject(filters)) return filters;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters)) {
    const dollar = `$${k}`;
    const isOp = COMPARISONS.has(dollar) || (LOGICAL_OPERATORS as readonly string[]).includes(dollar);
    out[isOp ? dollar : k] = isOp && !LOGICAL_OPERATORS.includes(dollar as any) ? v : filtersFromGraphql(v);
  }
  return out;
}

/** The REST spelling back to GraphQL's. */
export function filtersToGraphql(filters: unknown): unknown {
  if (Array.isArray(filters)) return filters.map(filtersToGraphql);
  if (!isPlainObject(filters)) return filters;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters))
    out[k.startsWith('$') ? k.slice(1) : k] = COMPARISONS.has(k) ? v : filtersToGraphql(v);
  return out;
}
