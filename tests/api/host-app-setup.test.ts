import fs from 'node:fs';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { appDir, distDir, applyTestEnv, freshSqliteFile, usePostgres } from '../helpers/env';
import { createPostgresDatabase } from '../helpers/database';
import { createAdminSession, client } from '../helpers/auth';
import { PUBLIC_ACTIONS } from '../../plugins/editorial/server/src/core/permissions';

// What a host app gets from the plugin alone. The plugin grants the public role its actions
// itself, on first boot, although this app lists `editorial` before users-permissions in
// config/plugins.ts (so the role does not exist yet at the plugin's bootstrap). These suites boot
// Strapi themselves: restarts on one database, and plugin config overrides set between register
// and bootstrap. (scripts/smoke-fresh-app.mjs checks the same in a brand-new app.)

// The plugin's declared public surface (what a host app's public role gets by default).
const PUBLIC = PUBLIC_ACTIONS;

interface Database {
  env: Record<string, string>;
  drop: () => Promise<void>;
}

async function freshDatabase(): Promise<Database> {
  if (usePostgres()) {
    const db = await createPostgresDatabase();
    return { env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: db.url }, drop: db.drop };
  }
  const file = freshSqliteFile();
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    drop: async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
    },
  };
}

async function boot(
  db: Database,
  editorialConfig: Record<string, unknown> = {},
  env: Record<string, string> = {},
): Promise<Core.Strapi> {
  applyTestEnv({ ...db.env, ...env });
  if (!usePostgres()) delete process.env.DATABASE_URL;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createStrapi } = require('@strapi/strapi');
  const strapi: Core.Strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false });
  strapi.log.level = process.env.LOG_LEVEL || 'error';
  await strapi.register();
  for (const [key, value] of Object.entries(editorialConfig))
    strapi.config.set(`plugin::editorial.${key}`, value);
  await strapi.bootstrap();
  await strapi.server.mount();
  return strapi;
}

async function publicActions(strapi: Core.Strapi): Promise<string[]> {
  const rows = await strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ where: { role: { type: 'public' } }, select: ['action'] });
  return rows.map((r: { action: string }) => r.action).sort();
}

const editorialOnly = (actions: string[]) => actions.filter((a) => a.startsWith('plugin::editorial.'));

describe('public-role permissions granted by the plugin', () => {
  let db: Database;
  let strapi: Core.Strapi | null = null;

  beforeAll(async () => {
    db = await freshDatabase();
  });

  afterAll(async () => {
    await strapi?.destroy();
    await db?.drop();
  });

  it('answers the public routes on first boot with the plugin listed before users-permissions', async () => {
    strapi = await boot(db);
    const names = Object.keys(strapi.plugins);
    expect(names.indexOf('editorial')).toBeLessThan(names.indexOf('users-permissions'));
    // The role was created after the plugin's bootstrap: the grant waits for the first request.
    expect(editorialOnly(await publicActions(strapi))).toEqual([]);

    const list = await request(strapi.server.httpServer).get('/api/editorial/articles');
    expect(list.status).toBe(200);
    expect(editorialOnly(await publicActions(strapi))).toEqual([...PUBLIC].sort());
    // users-permissions still created its own defaults for the role (they are created only when
    // no permission exists at its bootstrap, so the plugin must not grant before that).
    expect(await publicActions(strapi)).toContain('plugin::users-permissions.auth.callback');
  });

  it('keeps an action an admin removed removed after a restart', async () => {
    await strapi!.db
      .query('plugin::users-permissions.permission')
      .delete({ where: { action: 'plugin::editorial.public-comments.report' } });
    await strapi!.destroy();
    strapi = await boot(db);
    const server = strapi.server.httpServer;

    expect((await request(server).get('/api/editorial/articles')).status).toBe(200);
    expect(
      (await request(server).post('/api/editorial/comments/someone/report').send({ reason: 'spam' })).status,
    ).toBe(403);
    expect(editorialOnly(await publicActions(strapi))).toEqual(
      PUBLIC.filter((a) => !a.endsWith('.report')).sort(),
    );
  });
});

describe('publicPermissions setting', () => {
  let db: Database;
  let strapi: Core.Strapi | null = null;

  afterEach(async () => {
    await strapi?.destroy();
    strapi = null;
    await db?.drop();
  });

  it('false: the public role gets none of the plugin actions', async () => {
    db = await freshDatabase();
    strapi = await boot(db, { publicPermissions: false });
    expect((await request(strapi.server.httpServer).get('/api/editorial/articles')).status).toBe(403);
    expect(editorialOnly(await publicActions(strapi))).toEqual([]);
    // Nothing to grant still waits for users-permissions: reader sign-up is closed on first boot.
    const signUp = await request(strapi.server.httpServer)
      .post('/api/auth/local/register')
      .send({ username: 'first-boot', email: 'first-boot@example.test', password: 'Secret-pass-123' });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(signUp.status).toBeLessThan(500);
    const advanced = (await strapi
      .store({ type: 'plugin', name: 'users-permissions' })
      .get({ key: 'advanced' })) as any;
    expect(advanced.allow_register).toBe(false);
  });

  it('a list: only the actions named (short or full ids)', async () => {
    db = await freshDatabase();
    strapi = await boot(db, { publicPermissions: ['article.find', 'plugin::editorial.article.findOne'] });
    const server = strapi.server.httpServer;
    expect((await request(server).get('/api/editorial/articles')).status).toBe(200);
    expect((await request(server).get('/api/editorial/sources')).status).toBe(403);
    expect(editorialOnly(await publicActions(strapi))).toEqual([
      'plugin::editorial.article.find',
      'plugin::editorial.article.findOne',
    ]);
  });
});

describe('public article URL', () => {
  let db: Database;
  let strapi: Core.Strapi | null = null;

  afterAll(async () => {
    delete process.env.EDITORIAL_PUBLIC_ARTICLE_URL;
    await strapi?.destroy();
    await db?.drop();
  });

  it('is absent from the queue when the host app sets none (the plugin ships no reader page)', async () => {
    db = await freshDatabase();
    // This app's config/plugins.ts passes EDITORIAL_PUBLIC_ARTICLE_URL through; empty = not set.
    strapi = await boot(db, {}, { EDITORIAL_PUBLIC_ARTICLE_URL: '' });
    expect(strapi.plugin('editorial').config('publicArticleUrl')).toBe('');
    const moderator = await createAdminSession(strapi, strapi.server.httpServer, 'Moderator');
    const queue = await client(strapi.server.httpServer, moderator.token).get(
      '/editorial/moderation/comments?status=all',
    );
    expect(queue.status).toBe(200);
    expect(queue.body.meta.publicArticleUrl).toBeNull();
  });
});
