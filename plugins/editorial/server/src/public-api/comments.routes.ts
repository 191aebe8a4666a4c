import { publicQueryParams as params } from '../../../shared/public-schema';
import { publicResponses as answers } from '../../../shared/public-responses';
import { publicRead, type ContentApiRoute } from '../core/routes';

export default [
  publicRead('/comments', 'comment.find', params('comment', { list: true }), answers.comments),
  publicRead('/comments/:id', 'comment.findOne', params('comment', { list: false }), answers.comment),
] satisfies ContentApiRoute[];
