import type { ContentApiRoute } from '../core/routes';

export default [
  { method: 'GET', path: '/comments', handler: 'comment.find', config: { policies: [] } },
  { method: 'GET', path: '/comments/:id', handler: 'comment.findOne', config: { policies: [] } },
] satisfies ContentApiRoute[];
