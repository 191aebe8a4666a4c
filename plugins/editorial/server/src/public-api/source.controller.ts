import { factories } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import { enforceFilters, selectedFields, validatePublicQuery, validateSingleQuery } from './public-query';
import { getService } from '../core/get-service';
import { cachedCollectionRead } from './cached-read';
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
    return cachedCollectionRead(ctx, strapi, ['sources'], async (publicApi, scope) => {
      let filters = await scope.where('source', checked.filters);
      if (search) {
        const found = await publicApi.searchSourceIds(search);
        filters = enforceFilters(filters, { id: { $in: found.length ? found : [-1] } });
      }
      const query = await scope.listQuery('source', checked, filters, ['name:asc']);
      const { fields } = query;
      const { results, pagination } = await strapi.service(UID as any).find(query as any);
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
    const checked = validateSingleQuery('source', ctx.query, 'a source page', [
      'filters',
      'sort',
      'pagination',
      'populate',
    ]);
    const publicApi = getService('public-api', strapi);
    const ref = String(ctx.params.id);
    const rows: any[] = await strapi.db.query(UID as any).findMany({
      where: { $or: [{ documentId: ref }, { slug: ref }] },
      select: ['id', 'documentId'],
      limit: 2,
    });
    const row = rows.find((r) => r.documentId === ref) ?? rows[0];
    if (!row || !(await publicApi.isVisibleSource(row.id))) return ctx.notFound('Source not found');

    return cachedCollectionRead(ctx, strapi, ['source', row.documentId], async () => {
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
