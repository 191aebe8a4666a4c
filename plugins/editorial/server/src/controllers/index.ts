import article from './article';
import source from './source';
import comment from './comment';
import moderation from './moderation';
import settings from './settings';
import quotes from './quotes';
import importController from './import';
import openapi from './openapi';
import publicComments from './public-comments';
import privacy from './privacy';
import commenterBans from './commenter-bans';

export default {
  article,
  source,
  comment,
  moderation,
  settings,
  quotes,
  import: importController,
  openapi,
  'public-comments': publicComments,
  privacy,
  'commenter-bans': commenterBans,
};
