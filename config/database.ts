import path from 'path';
import type { Core } from '@strapi/strapi';

const SUPPORTED = ['sqlite', 'postgres'] as const;
type Client = (typeof SUPPORTED)[number];

const appRoot = path.join(__dirname, '..', '..');

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = (env('DATABASE_CLIENT') || (env('DATABASE_URL') ? 'postgres' : 'sqlite')).toLowerCase();
  if (!SUPPORTED.includes(client as Client)) {
    // One clear line instead of a stack trace deep inside knex.
    throw new Error(
      `Unsupported DATABASE_CLIENT "${client}": set DATABASE_CLIENT to "sqlite" (default, file .tmp/data.db) or "postgres" (with DATABASE_URL or DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD).`,
    );
  }

  if (client === 'postgres') {
    const url = env('DATABASE_URL');
    return {
      connection: {
        client: 'postgres',
        // The typed Connection wants host/user/...; a connection string is valid for pg too.
        connection: (url
          ? {
              connectionString: url,
              ssl: env.bool('DATABASE_SSL', false)
                ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
                : false,
            }
          : {
              host: env('DATABASE_HOST', '127.0.0.1'),
              port: env.int('DATABASE_PORT', 5432),
              database: env('DATABASE_NAME', 'strapi'),
              user: env('DATABASE_USERNAME', 'postgres'),
              password: env('DATABASE_PASSWORD', ''),
              ssl: env.bool('DATABASE_SSL', false)
                ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
                : false,
              schema: env('DATABASE_SCHEMA', 'public'),
            }) as any,
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 10000),
      },
    };
  }

  // An empty DATABASE_FILENAME (as create-strapi-app writes it) means the default file.
  const filename = env('DATABASE_FILENAME') || '.tmp/data.db';
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appRoot, filename) },
      useNullAsDefault: true,
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;
