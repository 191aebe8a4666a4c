import register from './register';
import { registerPublicApi } from './public-api/register';
import { importBodyLimit } from './importer/import-body-limit.middleware';
import bootstrap from './bootstrap';
import destroy from './destroy';
import config from './core/config';
import contentTypes from './core/content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import policies from './core/policies';
import middlewares from './middlewares';

export default {
  register: (ctx: Parameters<typeof register>[0]) => {
    register(ctx);
    registerPublicApi(ctx);
    ctx.strapi.server.use(importBodyLimit(ctx.strapi));
  },
  bootstrap,
  destroy,
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies,
  middlewares,
};
