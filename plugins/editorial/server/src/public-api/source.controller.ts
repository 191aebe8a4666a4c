import { factories } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { errors } from '@strapi/utils';
import {
  enforceFilters,
  publicScope,
  selectedFields,
  validatePublicQuery,
  withTiebreak,
} from './public-query';
import { getService } from '../core/get-service';
import { canonicalQuery, strongEtag } from './http-cache';
import { respondCached } from './payload-cache';
import { takeSourceSearch } from './article-query';

const UID = UIDS.source;

/**
 * Source directory and source pages. Only sources the public can meet are listed: those
 * quoted in a published article and the outlets of published articles (a name known only
 * from a draft stays hidden). Aliases are the public ones (forms public quotes use). `_q` (or
 * filters[search]) searches name, slug and public aliases; other parameters follow the public
 * schema (public-api/public-query.ts).
 */
export default factories.createCoreController(UID as any, ({ strapi }) => ({
  async find(ctx: any) {
    const search = takeSourceSearch(ctx.query);
    const checked = validatePublicQuery('source', ctx.query);
    const publicApi = getService('public-api', strapi);

    const etag = strongEtag([
      ...(await publicApi.collectionMarkers()),
      'sources',
      canonicalQuery(ctx.querystring),
    ]);
    return respondCached(ctx, publicApi.payloadCache, etag, async () => {
      const scope = publicScope(strapi);
      let filters = await scope.where('source', checked.filters);
      if (search) {
        const found = await publicApi.searchSourceIds(search);
        filters = enforceFilters(filters, { id: { $in: found.length ? found : [-1] } });
      }
      const fields = selectedFields('source', checked.fields);
      const query: any = {
        ...checked,
        filters,
        populate: await scope.populate('source', checked.populate),
        fields,
        sort: withTiebreak(checked.sort ?? ['name:asc']),
      };
      const { results, pagination } = await strapi.service(UID as any).find(query);
      const ids = (results as any[]).map((r) => r.id);
      const [counts, aliases] = await Promise.all([
        publicApi.quoteCountsBySource(ids),
        fields.includes('aliases') ? publicApi.publicAliases(ids) : null,
      ]);
      const sanitized: any[] = (await this.sanitizeOutput(results, ctx)) as any[];
      const data = sanitized.map((s) => ({
        ...s,
        ...(aliases ? { aliases: aliases.get(s.id) ?? [] } : {}),
        quoteCount: counts.get(s.id) ?? 0,
      }));
      return this.transformResponse(data, { pagination });
    });
  },

  /** A source page by documentId or slug, with its public quotes across articles, newest first. */
  async findOne(ctx: any) {
    const checked = validatePublicQuery('source', ctx.query);
    const listOnly = (['filters', 'sort', 'pagination', 'populate'] as const).find((k) => checked[k]);
    if (listOnly)
      throw new errors.ValidationError(`${listOnly}: not accepted on a source page`, { param: listOnly });
    const publicApi = getService('public-api', strapi);
    const ref = String(ctx.params.id);
    const rows: any[] = await strapi.db.query(UID as any).findMany({
      where: { $or: [{ documentId: ref }, { slug: ref }] },
      select: ['id', 'documentId'],
      limit: 2,
    });
    const row = rows.find((r) => r.documentId === ref) ?? rows[0];
    if (!row || !(await publicApi.isVisibleSource(row.id))) return ctx.notFound('Source not found');

    const etag = strongEtag([
      ...(await publicApi.collectionMarkers()),
      'source',
      row.documentId,
      canonicalQuery(ctx.querystring),
    ]);
    return respondCached(ctx, publicApi.payloadCache, etag, async () => {
      const fields = selectedFields('source', checked.fields);
      const entity = await strapi.service(UID as any).findOne(row.documentId, { fields });
      const sanitized: any = await this.sanitizeOutput(entity, ctx);
      const [quotes, aliases] = await Promise.all([
        publicApi.quotesOfSource(row.id),
        fields.includes('aliases') ? publicApi.publicAliases([row.id]) : null,
      ]);
      if (aliases) sanitized.aliases = aliases.get(row.id) ?? [];
      return this.transformResponse({ ...sanitized, quoteCount: quotes.length, quotes });
    });
  },
}));
