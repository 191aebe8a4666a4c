import articles from './articles';
import comments from './comments';

export default {
  type: 'content-api',
  routes: [...articles, ...comments],
};
