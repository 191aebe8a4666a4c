import type { Core } from '@strapi/strapi';
import { buildOpenApi } from './openapi';

/** GET /api/editorial/openapi.json: the OpenAPI description of the plugin's content-API routes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: unknown;
  return {
    async document(ctx: any) {
      if (!cached) {
        const routes = (strapi.plugin('editorial').routes as any)['content-api']?.routes ?? [];
        cached = buildOpenApi(routes);
      }
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = cached;
    },
  };
};
