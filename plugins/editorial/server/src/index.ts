import register from './register';
import { registerPublicApi } from './public-api/register';
import { importBodyLimit } from './middlewares/import-body-limit';
import bootstrap from './bootstrap';
import destroy from './destroy';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import policies from './policies';
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
