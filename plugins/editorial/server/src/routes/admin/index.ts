import moderation from './moderation';
import settings from './settings';
import quotes from './quotes';
import importRoutes from './import';
import privacy from './privacy';

export default {
  type: 'admin',
  routes: [...moderation, ...settings, ...quotes, ...importRoutes, ...privacy],
};
