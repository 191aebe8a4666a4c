import { factories } from '@strapi/strapi';
import { UIDS } from '../../shared/constants';
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
  article: factories.createCoreService(UIDS.article as any),
  source: factories.createCoreService(UIDS.source as any),
  quote: factories.createCoreService(UIDS.quote as any),
  comment: factories.createCoreService(UIDS.comment as any),
  'moderation-event': factories.createCoreService(UIDS.moderationEvent as any),
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
