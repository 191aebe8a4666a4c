import articles from './articles';
import comments from './comments';
import publicComments from './public-comments';

export default {
  type: 'content-api',
  routes: [...articles, ...comments, ...publicComments],
};
