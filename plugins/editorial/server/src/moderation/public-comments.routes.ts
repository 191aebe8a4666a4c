import { publicListQuerySchema, reportBodySchema, submitBodySchema } from '../../../shared/moderation-api';
import { publicResponses } from '../../../shared/public-responses';
import type { ContentApiRoute } from '../core/routes';

/** Reader comments (content API); the controller parses the same schemas. */
export default [
  {
    method: 'GET',
    path: '/articles/:idOrSlug/comments',
    handler: 'public-comments.list',
    config: { policies: [], middlewares: ['plugin::editorial.public-cache'] },
    request: { query: publicListQuerySchema.shape },
    response: publicResponses.threads,
  },
  {
    method: 'POST',
    path: '/articles/:idOrSlug/comments',
    handler: 'public-comments.create',
    config: { policies: [], middlewares: ['plugin::editorial.json-only'] },
    // The bot trap field (`website`) stays out of the description.
    request: { body: { 'application/json': submitBodySchema.omit({ website: true }) } },
    response: publicResponses.submitted,
  },
  {
    method: 'POST',
    path: '/comments/:documentId/report',
    handler: 'public-comments.report',
    config: { policies: [], middlewares: ['plugin::editorial.json-only'] },
    request: { body: { 'application/json': reportBodySchema } },
    response: publicResponses.reported,
  },
] satisfies ContentApiRoute[];
