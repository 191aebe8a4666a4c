import article from './article';
import source from './source';
import comment from './comment';
import moderation from './moderation';
import settings from './settings';
import openapi from './openapi';
import publicComments from './public-comments';

export default {
  article,
  source,
  comment,
  moderation,
  settings,
  openapi,
  'public-comments': publicComments,
};
