import article from './article';
import source from './source';
import comment from './comment';
import moderation from './moderation';
import settings from './settings';
import quotes from './quotes';
import openapi from './openapi';

export default {
  article,
  source,
  comment,
  moderation,
  settings,
  quotes,
  openapi,
};
