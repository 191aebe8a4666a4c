import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { answerConditional, canonicalQuery, strongEtag } from './http-cache';

/**
 * Route middleware for public reads about one article (`:idOrSlug`), such as its comment
 * threads: Cache-Control and a strong ETag from the article's change markers (published
 * version, public quotes, approved comments) and the query string; a matching If-None-Match
 * is answered 304 before the handler runs. An unknown article falls through to the handler
 * (which answers 404 its own way); a response that is not a 200 loses the cache headers.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<void>) => {
    const ref = ctx.params?.idOrSlug;
    const publicApi = getService('public-api', strapi);
    const head = ref ? await publicApi.articleHead(String(ref)) : null;
    if (!head) return next();
    const etag = strongEtag([
      ...(await publicApi.articleMarkers(head)),
      ctx.path,
      canonicalQuery(ctx.querystring),
    ]);
    if (answerConditional(ctx, etag)) return;
    await next();
    if (ctx.status !== 200) {
      ctx.remove('ETag');
      ctx.set('Cache-Control', 'no-store');
    }
  };
