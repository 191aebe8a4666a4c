import { factories } from '@strapi/strapi';
import { enforceFilters, restrictPopulate, type PopulateRules } from '../utils/public-query';
import { getService } from '../utils/get-service';
import { canonicalQuery, strongEtag } from '../public-api/http-cache';
import { respondCached } from '../public-api/payload-cache';
import { takeSourceSearch } from '../public-api/article-query';

const UID = 'plugin::editorial.source';

export const SOURCE_PUBLIC_POPULATE: PopulateRules = {
  quotes: {
    filters: { articleStatus: 'published', state: { $ne: 'rejected' } },
    fields: ['text', 'type', 'cue', 'speakerText', 'articleDocumentId', 'paragraphIndex', 'start', 'end', 'state'],
  },
};

/**
 * Source directory and source pages. Only sources the public can meet are listed: those
 * quoted in a published article and the outlets of published articles (a name known only
 * from a draft stays hidden). `_q` (or filters[search]) searches name, slug and aliases;
 * filters[kind] and every other Strapi query parameter work as usual.
 */
export default factories.createCoreController(UID as any, ({ strapi }) => ({
  async find(ctx: any) {
    const search = takeSourceSearch(ctx.query);
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    const publicApi = getService('public-api', strapi);

    const etag = strongEtag([...(await publicApi.collectionMarkers()), 'sources', canonicalQuery(ctx.querystring)]);
    return respondCached(ctx, publicApi.payloadCache, etag, async () => {
      let ids = await publicApi.visibleSourceIds();
      if (search) {
        const found = new Set(await publicApi.searchSourceIds(search));
        ids = ids.filter((id) => found.has(id));
      }
      query.filters = enforceFilters(query.filters, { id: { $in: ids.length ? ids : [-1] } });
      query.populate = restrictPopulate(query.populate, SOURCE_PUBLIC_POPULATE);
      if (!query.sort) query.sort = ['name:asc'];
      const { results, pagination } = await strapi.service(UID as any).find(query);
      const counts = await publicApi.quoteCountsBySource((results as any[]).map((r) => r.id));
      const sanitized: any[] = (await this.sanitizeOutput(results, ctx)) as any[];
      const data = sanitized.map((s) => ({ ...s, quoteCount: counts.get(s.id) ?? 0 }));
      return this.transformResponse(data, { pagination });
    });
  },

  /** A source page by documentId or slug, with its public quotes across articles, newest first. */
  async findOne(ctx: any) {
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    const publicApi = getService('public-api', strapi);
    const ref = String(ctx.params.id);
    const rows: any[] = await strapi.db.query(UID as any).findMany({
      where: { $or: [{ documentId: ref }, { slug: ref }] },
      select: ['id', 'documentId'],
      limit: 2,
    });
    const row = rows.find((r) => r.documentId === ref) ?? rows[0];
    const visible = row ? new Set(await publicApi.visibleSourceIds()) : new Set<number>();
    if (!row || !visible.has(row.id)) return ctx.notFound('Source not found');

    const etag = strongEtag([...(await publicApi.collectionMarkers()), 'source', row.documentId, canonicalQuery(ctx.querystring)]);
    return respondCached(ctx, publicApi.payloadCache, etag, async () => {
      query.populate = restrictPopulate(query.populate, SOURCE_PUBLIC_POPULATE);
      if (query.populate) delete query.populate.quotes;
      const entity = await strapi.service(UID as any).findOne(row.documentId, query);
      const sanitized: any = await this.sanitizeOutput(entity, ctx);
      const quotes = await publicApi.quotesOfSource(row.id);
      return this.transformResponse({ ...sanitized, quoteCount: quotes.length, quotes });
    });
  },
}));
