import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import { appDir, distDir, applyTestEnv, freshSqliteFile, usePostgres } from './env';
import { createPostgresDatabase } from './database';

export interface TestStrapi {
  strapi: Core.Strapi;
  /** The HTTP server supertest talks to. */
  server: any;
  stop: () => Promise<void>;
}

/**
 * Boots a real Strapi on a fresh database: a new SQLite file, or a new PostgreSQL
 * database when TEST_DB=postgres. Call stop() in afterAll.
 */
export async function startStrapi(
  extraEnv: Record<string, string> = {},
  options: { serveAdminPanel?: boolean } = {},
): Promise<TestStrapi> {
  let cleanup = async () => {};
  if (usePostgres()) {
    const db = await createPostgresDatabase();
    applyTestEnv({ DATABASE_CLIENT: 'postgres', DATABASE_URL: db.url, ...extraEnv });
    cleanup = db.drop;
  } else {
    const file = freshSqliteFile();
    applyTestEnv({ DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file, ...extraEnv });
    delete process.env.DATABASE_URL;
    cleanup = async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
    };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createStrapi } = require('@strapi/strapi');
  const instance: Core.Strapi = await createStrapi({
    appDir,
    distDir,
    autoReload: false,
    serveAdminPanel: options.serveAdminPanel ?? false,
  }).load();
  instance.log.level = process.env.LOG_LEVEL || 'error';
  await instance.server.mount();
  return {
    strapi: instance,
    server: instance.server.httpServer,
    stop: async () => {
      await instance.destroy();
      await cleanup();
    },
  };
}
