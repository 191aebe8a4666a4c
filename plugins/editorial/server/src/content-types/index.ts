import article from './article';
import source from './source';
import quote from './quote';
import comment from './comment';
import moderationEvent from './moderation-event';

export default {
  article,
  source,
  quote,
  comment,
  'moderation-event': moderationEvent,
};
