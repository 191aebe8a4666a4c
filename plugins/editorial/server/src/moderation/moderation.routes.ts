import { ACTIONS } from '../../../shared/constants';
import { adminRoutes, can } from '../core/routes';

/** The review queue, its actions, bans and moderation settings (admin, /editorial/...). */
export default adminRoutes(can(ACTIONS.moderate), [
  ['GET', '/moderation/comments', 'moderation.list'],
  ['GET', '/moderation/counts', 'moderation.counts'],
  ['GET', '/moderation/articles', 'moderation.articles'],
  ['GET', '/moderation/new-count', 'moderation.newCount'],
  // Before the :action route, which would take 'replies' for an action.
  ['POST', '/moderation/comments/:documentId/replies', 'moderation.staffReply'],
  ['POST', '/moderation/comments/:documentId/:action', 'moderation.act'],
  ['POST', '/moderation/bulk', 'moderation.bulk'],
  ['POST', '/moderation/undo', 'moderation.undo'],
  ['GET', '/moderation/authors/:authorName/history', 'moderation.authorHistory'],
  ['GET', '/moderation/comments/:documentId/events', 'moderation.events'],
  ['GET', '/moderation/comments/:documentId/history', 'moderation.history'],
  ['GET', '/moderation/bans', 'commenter-bans.list'],
  ['POST', '/moderation/bans', 'commenter-bans.create'],
  ['POST', '/moderation/bans/:documentId/lift', 'commenter-bans.lift'],
  ['GET', '/moderation/stats', 'moderation.stats'],
  ['GET', '/settings/moderation', 'moderation.getSettings'],
  [
    'PUT',
    '/settings/moderation',
    'moderation.updateSettings',
    can(ACTIONS.moderate, ACTIONS.moderationSettings),
  ],
]);
