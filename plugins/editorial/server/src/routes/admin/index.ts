import moderation from './moderation';
import settings from './settings';
import importRoutes from './import';

export default {
  type: 'admin',
  routes: [...moderation, ...settings, ...importRoutes],
};
