import type { Core } from '@strapi/strapi';
import { buildOpenApi } from './openapi';

/**
 * When @strapi/plugin-documentation is enabled, merges the plugin's public routes into the
 * document it serves at /documentation (the same description as /api/editorial/openapi.json).
 */
export function registerOpenApi(strapi: Core.Strapi) {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  const routes = (strapi.plugin('editorial').routes as any)['content-api']?.routes ?? [];
  const doc = buildOpenApi(routes);
  documentation
    .service('override')
    .registerOverride(
      { paths: doc.paths, components: doc.components, tags: doc.tags },
      { excludeFromGeneration: ['editorial'] },
    );
}
