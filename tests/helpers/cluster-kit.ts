import crypto from 'node:crypto';
import { Client } from 'pg';
import { startInstance, type Instance } from './cluster';
import { freshSecrets } from './env';

/**
 * Shared pieces of the multi-instance and fault tests: one environment for every instance of a
 * CMS (same database, same Redis, same secrets), admin sign-up over HTTP, a fetch wrapper that
 * records every response, invented article files and read-only checks on the database.
 */

/** Environment shared by every instance of one CMS: same database, Redis prefix and secrets. */
export function clusterEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379',
    EDITORIAL_RATE_LIMIT_PREFIX: `test-${process.pid}-${crypto.randomBytes(3).toString('hex')}-rl`,
    IS_PROXIED: 'true',
    ...freshSecrets(),
    DATABASE_POOL_MAX: '6',
    ...extra,
  };
}

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
  /** Set when the request itself failed (connection refused or reset). */
  networkError?: string;
}

/** Every response seen by a test, to assert afterwards that none was a 500. */
export class Recorder {
  replies: { label: string; status: number; message: string }[] = [];

  async call(
    base: string,
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; ip?: string; label?: string } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    if (opts.ip) headers['X-Forwarded-For'] = opts.ip;
    let reply: Reply;
    try {
      const res = await fetch(`${base}${path}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      let body: any = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
      reply = { status: res.status, body, headers: res.headers };
    } catch (error) {
      reply = { status: 0, body: null, headers: new Headers(), networkError: (error as Error).message };
    }
    this.replies.push({
      label: opts.label ?? `${method} ${path.replace(/\?.*/, '')}`,
      status: reply.status,
      message: reply.networkError ?? reply.body?.error?.message ?? '',
    });
    return reply;
  }

  /** Responses that were neither a success nor a clear client error or 503. */
  unclear(allowed: number[] = []): { label: string; status: number; message: string }[] {
    return this.replies.filter(
      (r) =>
        !(r.status >= 200 && r.status < 300) &&
        r.status !== 304 &&
        !allowed.includes(r.status) &&
        !(r.status >= 400 && r.status < 500 && r.message),
    );
  }

  count(label: string, status?: number) {
    return this.replies.filter((r) => r.label === label && (status === undefined || r.status === status))
      .length;
  }
}

/** Runs `tasks` with at most `width` at a time; returns their results in order. */
export async function pool<T>(width: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await tasks[i]();
      }
    }),
  );
  return out;
}

/** Registers the first super admin over HTTP (fresh database) and returns its token. */
export async function registerSuperAdmin(base: string): Promise<string> {
  const password = `Pw-${crypto.randomBytes(8).toString('hex')}A1`;
  const res = await fetch(`${base}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      firstname: 'Cluster',
      lastname: 'Admin',
      email: `admin-${crypto.randomBytes(4).toString('hex')}@example.test`,
      password,
    }),
  });
  const body: any = await res.json();
  const token = body?.data?.token ?? body?.data?.accessToken;
  if (!token) throw new Error(`register-admin failed (${res.status}): ${JSON.stringify(body)}`);
  return token;
}

export const ARTICLE = 'plugin::editorial.article';
export const CM = `/content-manager/collection-types/${ARTICLE}`;

/** Creates and publishes an article through the content manager; returns its documentId. */
export async function publishedArticle(
  rec: Recorder,
  base: string,
  token: string,
  title: string,
  body: string,
): Promise<string> {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const created = await rec.call(base, 'POST', CM, {
    token,
    body: { title, slug, body, commentsMode: 'open' },
  });
  if (created.status !== 201)
    throw new Error(`create article: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.data.documentId;
  const pub = await rec.call(base, 'POST', `${CM}/${id}/actions/publish`, { token, body: {} });
  if (pub.status !== 200) throw new Error(`publish article: ${pub.status} ${JSON.stringify(pub.body)}`);
  return id;
}

/**
 * An invented article page in the importer's plain-text shape, with `comments` reader comments.
 * `publication` names the outlet (shared between files on purpose in some tests).
 */
export function articleFile(
  tag: string,
  comments: number,
  publication = 'The Keston Tide',
  title?: string,
): string {
  const lines = [
    title ?? `Harbour board orders survey of the ${tag} slipway`,
    '',
    'Published: May 2, 2019',
    '',
    `KESTON - The harbour board said on Thursday that it would survey the ${tag} slipway before the winter storms, after boat owners reported loose stones.`,
    '',
    `“We would rather close it for a week now than for a season later,” said harbourmaster Ivo Brennick of the ${tag} works.`,
    '',
    'A spokeswoman for the boat owners said members had raised the matter twice last year.',
    '',
    `Published in ${publication}, May 2nd, 2019.`,
    '',
  ];
  if (comments) {
    lines.push(`Reader Comments (${comments})`, '');
    for (let i = 0; i < comments; i++) {
      lines.push(
        `  • Reader ${tag} ${i}`,
        `    May ${3 + (i % 20)}, 2019 - 9:${String(10 + (i % 50)).padStart(2, '0')}AM`,
        '',
        `    Comment number ${i} about the ${tag} slipway and the stones on it.`,
        '',
        '',
      );
    }
  }
  return lines.join('\n');
}

/** A pg client on the test database (read-only checks). */
export async function pgClient(url: string): Promise<Client> {
  const c = new Client({ connectionString: url });
  c.on('error', () => {}); // the server may be stopped under it (fault tests); queries then reject
  await c.connect();
  return c;
}

/**
 * The audit trail of every comment, checked: it starts with the creation decision (fromStatus
 * null), each later status change starts where the previous one ended, and the last one ends in
 * the comment's current status. Returns the problems found (empty when complete).
 */
export async function auditProblems(db: Client, where = 'true'): Promise<string[]> {
  const comments = (await db.query(`select document_id, status from editorial_comments where ${where}`)).rows;
  const events = (
    await db.query(
      `select comment_document_id, action, from_status, to_status from editorial_moderation_events where action <> 'report' and comment_document_id in (select document_id from editorial_comments where ${where}) order by id`,
    )
  ).rows;
  const byComment = new Map<string, any[]>();
  for (const e of events)
    byComment.set(e.comment_document_id, [...(byComment.get(e.comment_document_id) ?? []), e]);
  const problems: string[] = [];
  for (const c of comments) {
    const trail = byComment.get(c.document_id) ?? [];
    if (!trail.length) {
      problems.push(`${c.document_id}: no events`);
      continue;
    }
    if (trail[0].from_status !== null)
      problems.push(`${c.document_id}: first event is not the creation decision`);
    for (let i = 1; i < trail.length; i++) {
      if (trail[i].from_status === null) problems.push(`${c.document_id}: two creation events`);
      else if (trail[i].from_status !== trail[i - 1].to_status)
        problems.push(
          `${c.document_id}: event ${i} starts at ${trail[i].from_status}, previous ended at ${trail[i - 1].to_status}`,
        );
    }
    if (trail[trail.length - 1].to_status !== c.status)
      problems.push(
        `${c.document_id}: status ${c.status} but last event says ${trail[trail.length - 1].to_status}`,
      );
  }
  return problems;
}

/** Rows that exist more than once where they must be unique. */
export async function duplicateProblems(db: Client): Promise<string[]> {
  const q = async (label: string, sql: string) =>
    (await db.query(sql)).rows.map((r) => `${label}: ${JSON.stringify(r)}`);
  return [
    ...(await q(
      'quote',
      `select article_document_id, article_status, match_key, count(*) n from editorial_quotes group by 1,2,3 having count(*) > 1`,
    )),
    ...(await q(
      'source slug',
      `select slug, count(*) n from editorial_sources group by 1 having count(*) > 1`,
    )),
    ...(await q(
      'source name',
      `select lower(name) as name, kind, coalesce(scope_article_document_id, '') as scope, count(*) n from editorial_sources group by 1,2,3 having count(*) > 1`,
    )),
    ...(await q(
      'draft fingerprint',
      `select import_fingerprint, count(*) n from editorial_articles where published_at is null and import_fingerprint is not null group by 1 having count(*) > 1`,
    )),
    ...(await q(
      'article slug',
      `select slug, count(*) n from editorial_articles where published_at is null group by 1 having count(*) > 1`,
    )),
    ...(await q(
      'comment',
      `select document_id, count(*) n from editorial_comments group by 1 having count(*) > 1`,
    )),
  ];
}

/** Deletes the Redis keys of one run (its EDITORIAL_RATE_LIMIT_PREFIX); returns how many there were per pattern. */
export async function redisKeys(
  env: Record<string, string>,
  pattern: string,
  remove = false,
): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Redis = require('ioredis');
  const redis = new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(
      cursor,
      'MATCH',
      `${env.EDITORIAL_RATE_LIMIT_PREFIX}${pattern}`,
      'COUNT',
      500,
    );
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  if (remove && keys.length) await redis.del(...keys);
  await redis.quit();
  return keys;
}

export async function startCluster(n: number, env: Record<string, string>): Promise<Instance[]> {
  // One at a time: the first creates the schema, the others find it.
  const out: Instance[] = [];
  for (let i = 0; i < n; i++) out.push(await startInstance(env, 120_000));
  return out;
}
