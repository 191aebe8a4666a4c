import article from './article';
import source from './source';
import quote from './quote';
import comment from './comment';
import moderationEvent from './moderation-event';
import commentReason from './comment-reason';
import sourceAlias from './source-alias';
import commenterBan from './commenter-ban';
import notification from './notification';

export default {
  article,
  source,
  quote,
  comment,
  'moderation-event': moderationEvent,
  'comment-reason': commentReason,
  'source-alias': sourceAlias,
  'commenter-ban': commenterBan,
  notification,
};
