import type { ContentApiRoute } from '../core/routes';

export default [
  { method: 'GET', path: '/articles', handler: 'article.find', config: { policies: [] } },
  { method: 'GET', path: '/articles/:id', handler: 'article.findOne', config: { policies: [] } },
  { method: 'GET', path: '/sources', handler: 'source.find', config: { policies: [] } },
  { method: 'GET', path: '/sources/:id', handler: 'source.findOne', config: { policies: [] } },
  {
    method: 'GET',
    path: '/openapi.json',
    handler: 'openapi.document',
    config: { auth: false, policies: [] },
  },
] satisfies ContentApiRoute[];
