/**
 * The plugin's constants, in one place: its id, the RBAC actions it registers, the UIDs of its
 * content types and the events it emits (webhooks and the event hub).
 */
export const PLUGIN_ID = 'editorial';

/** RBAC actions the plugin registers. */

export const ACTIONS = {
  moderate: 'plugin::editorial.moderate',
  moderationSettings: 'plugin::editorial.moderation-settings',
  import: 'plugin::editorial.import',
  quotes: 'plugin::editorial.quotes',
  settings: 'plugin::editorial.settings',
  /** Privacy requests: export and erase a commenter's personal data. */
  privacy: 'plugin::editorial.privacy',
} as const;

export type EditorialAction = (typeof ACTIONS)[keyof typeof ACTIONS];

export const UIDS = {
  article: 'plugin::editorial.article',
  source: 'plugin::editorial.source',
  quote: 'plugin::editorial.quote',
  comment: 'plugin::editorial.comment',
  commentReason: 'plugin::editorial.comment-reason',
  sourceAlias: 'plugin::editorial.source-alias',
  moderationEvent: 'plugin::editorial.moderation-event',
  commenterBan: 'plugin::editorial.commenter-ban',
  notification: 'plugin::editorial.notification',
} as const;

/** Events the plugin emits on Strapi's event hub, allowed as webhook events. */
export const WEBHOOK_EVENTS = {
  EDITORIAL_COMMENT_CREATED: 'editorial-comment.created',
  EDITORIAL_COMMENT_STATUS_CHANGED: 'editorial-comment.status-changed',
} as const;
