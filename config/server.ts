import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Behind a load balancer or reverse proxy (several instances): trust its X-Forwarded-For, so
  // per-client rate limits see the reader's address rather than the proxy's.
  proxy: { koa: env.bool('IS_PROXIED', false) },
  app: {
    keys: env.array('APP_KEYS')!,
  },
  // Strapi's "new version available" check calls the npm registry at boot; tests and CI set
  // UPDATE_NOTIFICATIONS=false (STRAPI_DISABLE_UPDATE_NOTIFICATION is no longer read in 5.x).
  logger: { updates: { enabled: env.bool('UPDATE_NOTIFICATIONS', true) } },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
