import type { Core } from '@strapi/strapi';

/**
 * The origins allowed to call the server from a browser with credentials (cookies, the admin's
 * refresh cookie): EDITORIAL_CORS_ORIGINS (comma-separated, exact "scheme://host[:port]") if set,
 * else the server's own origin (PUBLIC_URL, or host:port), plus its localhost forms outside
 * production. Any other Origin gets no Access-Control-Allow-Origin at all: Strapi's default
 * reflects every origin with credentials, which let a page on another port of the same host
 * obtain an admin token from /admin/access-token with a moderator's cookie.
 */
function corsOrigins(env: Core.Config.Shared.ConfigParams['env']): string[] {
  const listed = env.array('EDITORIAL_CORS_ORIGINS', []) as string[];
  const clean = (o: string) => o.trim().replace(/\/+$/, '');
  if (listed.length) return [...new Set(listed.map(clean).filter(Boolean))];
  const port = env.int('PORT', 1337);
  const own: string[] = [];
  const url = env('PUBLIC_URL', '');
  if (url) {
    try {
      own.push(new URL(url).origin);
    } catch {
      // Not an absolute URL: the host:port forms below still apply.
    }
  }
  const host = env('HOST', '0.0.0.0');
  if (host && host !== '0.0.0.0' && host !== '::')
    own.push(`http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  if (env('NODE_ENV', 'development') !== 'production')
    own.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`);
  return [...new Set(own)];
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  // Database unreachable (restart, failover): 503 + Retry-After with a clear message, not a 500.
  'plugin::editorial.db-unavailable',
  {
    name: 'strapi::security',
    config: {
      // Strapi's CSP, narrowed: scripts, styles, fetches and frames from this origin only (the
      // admin and the bundled reader page need nothing else), no plugins, no <base> or form
      // posts elsewhere, and no framing by other sites (frameguard + frame-ancestors).
      // Values as strings, not lists: Strapi deep-merges lists into its defaults index by index,
      // which would keep its "connect-src https:" (fetches to any HTTPS host).
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': "'self'",
          'connect-src': "'self'",
          'img-src': "'self' data: blob: https://market-assets.strapi.io",
          'media-src': "'self' data: blob:",
          'object-src': "'none'",
          'base-uri': "'self'",
          'form-action': "'self'",
          'frame-ancestors': "'self'",
          upgradeInsecureRequests: null,
        },
      },
      frameguard: { action: 'sameorigin' },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      origin: corsOrigins(env),
      credentials: true,
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'If-None-Match'],
      expose: ['ETag', 'Retry-After'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
