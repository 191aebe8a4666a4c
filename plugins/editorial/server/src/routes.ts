import type { Core } from '@strapi/strapi';
import moderation from './moderation/moderation.routes';
import settings from './quotes/settings.routes';
import quotes from './quotes/quotes.routes';
import importRoutes from './importer/import.routes';
import privacy from './privacy/privacy.routes';
import articles from './public-api/articles.routes';
import comments from './public-api/comments.routes';
import publicComments from './moderation/public-comments.routes';

export default {
  admin: {
    type: 'admin',
    routes: [...moderation, ...settings, ...quotes, ...importRoutes, ...privacy],
  },
  'content-api': {
    type: 'content-api',
    routes: [...articles, ...comments, ...publicComments],
  },
} satisfies Record<'admin' | 'content-api', Core.RouterInput>;
