import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  editorial: {
    enabled: true,
    resolve: './plugins/editorial',
    config: {
      quotes: {
        extractionEnabled: env.bool('EDITORIAL_QUOTES_ENABLED', true),
        minConfidence: env.float('EDITORIAL_QUOTES_MIN_CONFIDENCE', 0),
      },
      comments: {
        // Salt for hashing reader IPs; never stored in clear.
        ipHashSalt: env('EDITORIAL_IP_SALT', env('API_TOKEN_SALT', 'editorial')),
        // Several instances: one Redis shares the comment rate limits (REDIS_URL); keys start with
        // REDIS_KEY_PREFIX so several CMSs (or test runs) can share one Redis.
        redisUrl: env('REDIS_URL', ''),
        redisKeyPrefix: env('REDIS_KEY_PREFIX', ''),
      },
    },
  },
  // Public GraphQL: bounded pages and query depth (the same published data as the REST API).
  graphql: {
    config: { defaultLimit: 25, maxLimit: 100, depthLimit: 10 },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
      },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: ['image/*', 'application/pdf', 'text/plain', 'text/html'],
        deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh'],
      },
    },
  },
});

export default config;
