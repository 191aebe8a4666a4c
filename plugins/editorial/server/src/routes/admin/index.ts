import moderation from './moderation';
import settings from './settings';

export default {
  type: 'admin',
  routes: [...moderation, ...settings],
};
