import moderation from './moderation';
import settings from './settings';
import quotes from './quotes';
import importRoutes from './import';

export default {
  type: 'admin',
  routes: [...moderation, ...settings, ...quotes, ...importRoutes],
};
