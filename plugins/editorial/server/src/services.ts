import { factories } from '@strapi/strapi';
import settings from './quotes/settings.service';
import access from './core/access.service';
import quoteSync from './quotes/quote-sync.service';
import quoteCuration from './quotes/quote-curation.service';
import importService from './importer/import.service';
import publicApi from './public-api/public-api.service';
import comments from './moderation/comments.service';
import moderation from './moderation/moderation.service';
import moderationSettings from './moderation/moderation-settings.service';
import moderationArticles from './moderation/moderation-articles.service';
import privacy from './privacy/privacy.service';
import commenterBans from './moderation/commenter-bans.service';
import notifications from './moderation/notifications.service';
import staffReplies from './moderation/staff-replies.service';

export default {
  article: factories.createCoreService('plugin::editorial.article' as any),
  source: factories.createCoreService('plugin::editorial.source' as any),
  quote: factories.createCoreService('plugin::editorial.quote' as any),
  comment: factories.createCoreService('plugin::editorial.comment' as any),
  'moderation-event': factories.createCoreService('plugin::editorial.moderation-event' as any),
  settings,
  access,
  'quote-sync': quoteSync,
  'quote-curation': quoteCuration,
  import: importService,
  'public-api': publicApi,
  comments,
  moderation,
  'moderation-settings': moderationSettings,
  'moderation-articles': moderationArticles,
  privacy,
  'commenter-bans': commenterBans,
  notifications,
  'staff-replies': staffReplies,
};
