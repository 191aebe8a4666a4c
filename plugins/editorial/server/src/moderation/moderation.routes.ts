import { ACTIONS } from '../../../shared/constants';
import { can, type AdminRoute } from '../core/routes';
const moderate = can(ACTIONS.moderate);

export default [
  { method: 'GET', path: '/moderation/comments', handler: 'moderation.list', config: moderate },
  { method: 'GET', path: '/moderation/counts', handler: 'moderation.counts', config: moderate },
  { method: 'GET', path: '/moderation/articles', handler: 'moderation.articles', config: moderate },
  { method: 'GET', path: '/moderation/new-count', handler: 'moderation.newCount', config: moderate },
  // Before the :action route, which would take 'replies' for an action.
  {
    method: 'POST',
    path: '/moderation/comments/:documentId/replies',
    handler: 'moderation.staffReply',
    config: moderate,
  },
  {
    method: 'POST',
    path: '/moderation/comments/:documentId/:action',
    handler: 'moderation.act',
    config: moderate,
  },
  { method: 'POST', path: '/moderation/bulk', handler: 'moderation.bulk', config: moderate },
  { method: 'POST', path: '/moderation/undo', handler: 'moderation.undo', config: moderate },
  {
    method: 'GET',
    path: '/moderation/authors/:authorName/history',
    handler: 'moderation.authorHistory',
    config: moderate,
  },
  {
    method: 'GET',
    path: '/moderation/comments/:documentId/events',
    handler: 'moderation.events',
    config: moderate,
  },
  {
    method: 'GET',
    path: '/moderation/comments/:documentId/history',
    handler: 'moderation.history',
    config: moderate,
  },
  { method: 'GET', path: '/moderation/bans', handler: 'commenter-bans.list', config: moderate },
  { method: 'POST', path: '/moderation/bans', handler: 'commenter-bans.create', config: moderate },
  {
    method: 'POST',
    path: '/moderation/bans/:documentId/lift',
    handler: 'commenter-bans.lift',
    config: moderate,
  },
  { method: 'GET', path: '/moderation/stats', handler: 'moderation.stats', config: moderate },
  { method: 'GET', path: '/settings/moderation', handler: 'moderation.getSettings', config: moderate },
  {
    method: 'PUT',
    path: '/settings/moderation',
    handler: 'moderation.updateSettings',
    config: can(ACTIONS.moderate, ACTIONS.moderationSettings),
  },
] satisfies AdminRoute[];
