import { factories } from '@strapi/strapi';
import { UIDS } from '../../../shared/constants';
import {
  asSubquery,
  enforceFilters,
  publicScope,
  selectedFields,
  validatePublicQuery,
  validateSingleQuery,
} from './public-query';
import { getService } from '../core/get-service';
import { canonicalQuery, strongEtag } from './http-cache';
import { respondCached } from './payload-cache';
import { cachedCollectionRead } from './cached-read';
import { takeArticleShorthands } from './article-query';

const UID = UIDS.article;

/** Newest first by original publication date unless the client sorts. */
const DEFAULT_SORT = ['originalPublishedAt:desc', 'publishedAt:desc'];

/**
 * Content-API reads: published versions only, whatever `status` the client asks for. Each
 * article carries its public quotes (with position in the body and source), the sources cited
 * with their kinds, the named/anonymous split and the approved-comment count, computed for the
 * whole page in three queries. Responses carry Cache-Control and a strong ETag; a matching
 * If-None-Match is answered 304 before the payload is built.
 */
export default factories.createCoreController(UID as any, ({ strapi }) => ({
  async find(ctx: any) {
    const shorthands = takeArticleShorthands(ctx.query);
    const checked = validatePublicQuery('article', ctx.query);
    return cachedCollectionRead(ctx, strapi, ['articles'], async (publicApi, scope) => {
      let filters = await scope.narrowFilters('article', checked.filters);
      const extra: Record<string, unknown>[] = [];
      if (shorthands.source) {
        extra.push({
          documentId: { $in: asSubquery(strapi, publicApi.articlesQuotingQuery(shorthands.source)) },
        });
      }
      if (shorthands.outlet) {
        extra.push({
          publication: { $or: [{ documentId: shorthands.outlet }, { slug: shorthands.outlet }] },
        });
      }
      if (extra.length) filters = enforceFilters(filters, extra.length === 1 ? extra[0] : { $and: extra });
      const query = {
        ...(await scope.listQuery('article', checked, filters, DEFAULT_SORT)),
        status: 'published',
      };

      const { results, pagination } = await strapi.service(UID as any).find(query as any);
      const sanitized: any[] = (await this.sanitizeOutput(results, ctx)) as any[];
      const bodies = new Map(
        (results as any[]).filter((a) => typeof a.body === 'string').map((a) => [a.documentId, a.body]),
      );
      const extras = await publicApi.extrasFor(
        sanitized.map((a) => a.documentId),
        bodies,
      );
      const data = sanitized.map((a) => ({ ...a, ...extras.get(a.documentId) }));
      return this.transformResponse(data, { pagination });
    });
  },

  /** By documentId or slug (GET /api/editorial/articles/:idOrSlug). */
  async findOne(ctx: any) {
    const checked = validateSingleQuery('article', ctx.query, 'a single article');
    const publicApi = getService('public-api', strapi);
    const head = await publicApi.articleHead(String(ctx.params.id));
    if (!head) return ctx.notFound('Article not found');

    const etag = strongEtag([...(await publicApi.articleMarkers(head)), canonicalQuery(ctx.querystring)]);
    return respondCached(ctx, publicApi.payloadCache, etag, async () => {
      const query: any = {
        populate: await publicScope(strapi).populate('article', checked.populate),
        fields: selectedFields('article', checked.fields),
        status: 'published',
      };
      const entity = await strapi.service(UID as any).findOne(head.documentId, query);
      if (!entity) return void ctx.notFound('Article not found');
      const sanitized: any = await this.sanitizeOutput(entity, ctx);
      const bodies = new Map(
        typeof (entity as any).body === 'string' ? [[head.documentId, (entity as any).body as string]] : [],
      );
      const extras = await publicApi.extrasFor([head.documentId], bodies);
      return this.transformResponse({ ...sanitized, ...extras.get(head.documentId) });
    });
  },
}));
