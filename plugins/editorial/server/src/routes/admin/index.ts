import moderation from './moderation';
import settings from './settings';
import quotes from './quotes';

export default {
  type: 'admin',
  routes: [...moderation, ...settings, ...quotes],
};
