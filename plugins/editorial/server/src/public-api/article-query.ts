import { errors } from '@strapi/utils';

/**
 * Shorthand article filters the public API accepts besides Strapi's own `filters[...]`:
 *   filters[source]=<documentId|slug>   articles quoting that source (public quotes only)
 *   filters[outlet]=<documentId|slug>   articles whose publication is that outlet
 * They may be given as a plain value or as {$eq: value}. They are taken out of the query
 * before Strapi validates it (they are not attributes) and returned separately.
 */
export interface ArticleShorthands {
  source?: string;
  outlet?: string;
}

function scalar(name: string, value: unknown): string {
  const v =
    value && typeof value === 'object' && !Array.isArray(value) && '$eq' in (value as any)
      ? (value as any).$eq
      : value;
  if (typeof v !== 'string' || !v.trim() || v.length > 340) {
    throw new errors.ValidationError(
      `filters[${name}] must be one source documentId or slug (a non-empty string)`,
    );
  }
  return v.trim();
}

export function takeArticleShorthands(query: Record<string, any>): ArticleShorthands {
  const filters = query.filters;
  const out: ArticleShorthands = {};
  if (!filters || typeof filters !== 'object') return out;
  for (const key of ['source', 'outlet'] as const) {
    if (key in filters) {
      out[key] = scalar(key, filters[key]);
      delete filters[key];
    }
  }
  if (!Object.keys(filters).length) delete query.filters;
  return out;
}

/** Search text for the source directory (`_q` or `filters[search]`), taken out of the query. */
export function takeSourceSearch(query: Record<string, any>): string | undefined {
  let text: unknown = query._q;
  delete query._q;
  if (query.filters && typeof query.filters === 'object' && 'search' in query.filters) {
    text = query.filters.search?.$containsi ?? query.filters.search?.$eq ?? query.filters.search;
    delete query.filters.search;
    if (!Object.keys(query.filters).length) delete query.filters;
  }
  if (text === undefined || text === '') return undefined;
  if (typeof text !== 'string' || text.length > 200) {
    throw new errors.ValidationError('_q (source search) must be a string of at most 200 characters');
  }
  return text.trim() || undefined;
}
