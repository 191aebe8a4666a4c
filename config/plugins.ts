import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // Listed first on purpose: the plugin grants the public role's permissions whatever its place.
  // Every key below overrides a plugin default (plugins/editorial/README.md lists them all).
  editorial: {
    enabled: true,
    resolve: './plugins/editorial',
    config: {
      quotes: {
        extractionEnabled: env.bool('EDITORIAL_QUOTES_ENABLED', true),
        minConfidence: env.float('EDITORIAL_QUOTES_MIN_CONFIDENCE', 0.5),
      },
      comments: {
        // Salt for hashing reader IPs; never stored in clear.
        ipHashSalt: env('EDITORIAL_IP_SALT', env('API_TOKEN_SALT', 'editorial')),
        redisUrl: env('REDIS_URL', ''),
        // Prefix of the rate-limit keys in Redis (instances sharing limits use the same one).
        rateLimitPrefix: env('EDITORIAL_RATE_LIMIT_PREFIX', 'editorial-rl'),
        // Per client (hashed IP): comments and reports allowed per window of seconds.
        rateLimit: {
          submit: {
            points: env.int('EDITORIAL_SUBMIT_LIMIT', 5),
            duration: env.int('EDITORIAL_SUBMIT_WINDOW', 60),
          },
          report: {
            points: env.int('EDITORIAL_REPORT_LIMIT', 20),
            duration: env.int('EDITORIAL_REPORT_WINDOW', 60),
          },
          // Per comment, all clients together: a flood of reports on one comment gets 429.
          reportTarget: {
            points: env.int('EDITORIAL_REPORT_TARGET_LIMIT', 20),
            duration: env.int('EDITORIAL_REPORT_TARGET_WINDOW', 300),
          },
        },
      },
      // Reader self-registration (POST /api/auth/local/register): off unless turned on here.
      accounts: { registration: env.bool('EDITORIAL_PUBLIC_REGISTRATION', false) },
      // Privacy erasure: a commenter's comments are anonymised (author "[erased]", body kept) or deleted.
      privacy: { erasure: env('EDITORIAL_ERASURE_MODE', 'anonymise') },
      // Readers' page of an article, linked from the review queue: {slug} and/or {documentId}.
      // This repo's example reader page (public/reader/, not part of the plugin); the plugin has
      // no default, and an empty EDITORIAL_PUBLIC_ARTICLE_URL leaves the queue without the link.
      publicArticleUrl: env('EDITORIAL_PUBLIC_ARTICLE_URL', '/reader/index.html#/articles/{slug}'),
    },
  },
  // Mail (the editorial plugin's notifications): SMTP through nodemailer. Without SMTP_HOST the
  // mails go to localhost:25; a mail that cannot be sent is logged, moderation goes on.
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 25),
        secure: env.bool('SMTP_SECURE', false),
        ...(env('SMTP_USERNAME', '')
          ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD', '') } }
          : {}),
        // Give up quickly when no server answers: a mail never holds up a moderator's action for long.
        connectionTimeout: env.int('SMTP_CONNECTION_TIMEOUT_MS', 10_000),
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'newsroom@localhost'),
        defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'newsroom@localhost')),
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
