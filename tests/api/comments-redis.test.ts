// Shared rate limits: two Strapi instances on one PostgreSQL database and one Redis
// (REDIS_URL, a key prefix unique to this run) count a client's submissions together.
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { appDir, distDir, applyTestEnv } from '../helpers/env';
import { createPostgresDatabase } from '../helpers/database';
import { startInstance, type Instance } from '../helpers/cluster';
import { fixtures } from '../helpers/public-fixtures';

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const prefix = `editorial-rl-test-${Date.now()}-${crypto.randomBytes(3).toString('hex')}`;
const shared = {
  REDIS_URL,
  EDITORIAL_RATE_LIMIT_PREFIX: prefix,
  EDITORIAL_IP_SALT: 'shared-salt-for-this-test',
};

let a: Core.Strapi;
let b: Instance;
let db: { url: string; drop: () => Promise<void> };
let article: any;
let urlA: string;

beforeAll(async () => {
  db = await createPostgresDatabase();
  const env = { DATABASE_CLIENT: 'postgres', DATABASE_URL: db.url, ...shared };
  // Instance A in this process (creates the schema and the article), B in a child process.
  applyTestEnv(env);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createStrapi } = require('@strapi/strapi');
  a = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  a.log.level = 'error';
  await a.server.mount();
  await new Promise<void>((r) => a.server.httpServer.listen(0, '127.0.0.1', () => r()));
  urlA = `http://127.0.0.1:${(a.server.httpServer.address() as any).port}`;
  article = await fixtures(a).article({ title: 'Tram line extension approved', commentsMode: 'open' });
  b = await startInstance(env);
});

afterAll(async () => {
  await b?.kill();
  await a?.destroy();
  await db?.drop();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

const body = (i: number) => ({ authorName: 'Commuter', body: `Note number ${i} about the new tram stops.` });
const send = (base: string, i: number) =>
  fetch(`${base}/api/editorial/articles/${article.documentId}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body(i)),
  });
const onA = (i: number) => send(urlA, i);
const onB = (i: number) => send(b.url, i);

describe('rate limits shared through Redis', () => {
  it("counts a client's submissions across instances: the 6th, on B after 5 on A, gets 429 with Retry-After", async () => {
    // Default limit: 5 submissions per client per minute.
    for (let i = 1; i <= 5; i++) expect((await onA(i)).status).toBe(201);
    const sixth = await onB(6);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    const answer = (await sixth.json()) as any;
    expect(answer.error.message).toMatch(/too many/i);
    // A refuses too, and nothing past the limit was stored.
    expect((await onA(7)).status).toBe(429);
    const stored = await a.db
      .query('plugin::editorial.comment' as any)
      .count({ where: { articleDocumentId: article.documentId } });
    expect(stored).toBe(5);
    // The counter lives in Redis under this run's prefix.
    const redis = new Redis(REDIS_URL);
    try {
      expect((await redis.keys(`${prefix}-submit*`)).length).toBeGreaterThan(0);
    } finally {
      await redis.quit();
    }
  });
});
