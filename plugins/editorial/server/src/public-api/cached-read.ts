import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { canonicalQuery, strongEtag } from './http-cache';
import { respondCached } from './payload-cache';
import { publicScope, type PublicScope } from './public-query';

type PublicApi = ReturnType<typeof getService<'public-api'>>;

/**
 * A public read whose answer changes only with the published collection: its ETag is the
 * collection's markers, `tags` and the canonical query, so a matching If-None-Match is a 304 and
 * a cached payload is served before `build` runs (with the request's visibility scope).
 */
export async function cachedCollectionRead(
  ctx: any,
  strapi: Core.Strapi,
  tags: string[],
  build: (publicApi: PublicApi, scope: PublicScope) => Promise<unknown>,
) {
  const publicApi = getService('public-api', strapi);
  const etag = strongEtag([
    ...(await publicApi.collectionMarkers()),
    ...tags,
    canonicalQuery(ctx.querystring),
  ]);
  return respondCached(ctx, publicApi.payloadCache, etag, () => build(publicApi, publicScope(strapi)));
}
