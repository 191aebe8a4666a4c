import { factories } from '@strapi/strapi';
import settings from './settings';
import access from './access';
import quoteSync from './quote-sync';
import quoteCuration from './quote-curation';
import importService from './import';
import publicApi from './public-api';
import comments from './comments';
import moderation from './moderation';
import moderationSettings from './moderation-settings';
import moderationArticles from './moderation-articles';
import privacy from './privacy';
import commenterBans from './commenter-bans';
import notifications from './notifications';
import staffReplies from './staff-replies';

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
