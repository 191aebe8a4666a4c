import article from './public-api/article.controller';
import source from './public-api/source.controller';
import comment from './public-api/comment.controller';
import moderation from './moderation/moderation.controller';
import settings from './quotes/settings.controller';
import quotes from './quotes/quotes.controller';
import importController from './importer/import.controller';
import openapi from './public-api/openapi.controller';
import publicComments from './moderation/public-comments.controller';
import privacy from './privacy/privacy.controller';
import commenterBans from './moderation/commenter-bans.controller';

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
