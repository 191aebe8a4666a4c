import type { ContentApiRoute } from '../core/routes';

export default [
  {
    method: 'GET',
    path: '/articles/:idOrSlug/comments',
    handler: 'public-comments.list',
    config: { policies: [], middlewares: ['plugin::editorial.public-cache'] },
  },
  {
    method: 'POST',
    path: '/articles/:idOrSlug/comments',
    handler: 'public-comments.create',
    config: { policies: [], middlewares: ['plugin::editorial.json-only'] },
  },
  {
    method: 'POST',
    path: '/comments/:documentId/report',
    handler: 'public-comments.report',
    config: { policies: [], middlewares: ['plugin::editorial.json-only'] },
  },
] satisfies ContentApiRoute[];
