import crypto from 'node:crypto';
import path from 'node:path';
import fs from 'node:fs';

export const appDir = path.resolve(__dirname, '..', '..');
export const distDir = path.join(appDir, 'dist');

const secret = () => crypto.randomBytes(16).toString('base64');

/** Fresh values for the secrets Strapi needs (and the plugin's IP salt); share one set across instances. */
export function freshSecrets(): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    EDITORIAL_IP_SALT: secret(),
  };
}

export const usePostgres = () => process.env.TEST_DB === 'postgres';

export const postgresBaseUrl = () =>
  process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Environment for a test Strapi: fresh secrets, no cron, no sample content, quiet logs. */
export function applyTestEnv(extra: Record<string, string> = {}) {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    ...freshSecrets(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    UPDATE_NOTIFICATIONS: 'false',
    EDITORIAL_SEED: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL || 'error',
    ...extra,
  });
}

export function freshSqliteFile(): string {
  const dir = path.join(appDir, '.tmp', 'test');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `db-${process.pid}-${crypto.randomBytes(4).toString('hex')}.db`);
}
