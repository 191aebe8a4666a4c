/**
 * Faults on a PostgreSQL server of the test's own (another port, never the machine's shared
 * one) with two instances: SIGKILL in the middle of a bulk import and of a bulk moderation
 * action leaves nothing half-written and a re-run duplicates nothing; the database stopped and
 * started under load gives clear 503s while it is down, and both instances recover by themselves.
 */
import { Client } from 'pg';
import { startInstance, type Instance } from '../helpers/cluster';
import { startPrivatePostgres, type PrivatePostgres } from '../helpers/private-postgres';
import {
  Recorder,
  articleFile,
  auditProblems,
  clusterEnv,
  duplicateProblems,
  pgClient,
  publishedArticle,
  redisKeys,
  registerSuperAdmin,
  startCluster,
} from '../helpers/cluster-kit';

jest.setTimeout(300_000);

const DB = 'editorial_faults';
let server: PrivatePostgres;
let env: Record<string, string>;
let A: Instance;
let B: Instance;
let token: string;
let pg: Client;
const rec = new Recorder();

const FILES = Array.from({ length: 30 }, (_, i) => ({
  filename: `kill-${i}.txt`,
  content: articleFile(`kill${i}`, 12, `Outlet ${i % 3} Gazette`),
}));
const COMMENTS_PER_FILE = 12;

beforeAll(async () => {
  server = await startPrivatePostgres();
  const admin = new Client({ connectionString: server.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  env = clusterEnv(server.url(DB), { DATABASE_CONNECTION_TIMEOUT: '3000' });
  [A, B] = await startCluster(2, env);
  token = await registerSuperAdmin(B.url);
  pg = await pgClient(server.url(DB));
});

afterAll(async () => {
  await Promise.all([A?.kill('SIGKILL'), B?.kill('SIGKILL')]);
  await pg?.end().catch(() => {});
  if (env) await redisKeys(env, '*', true);
  server?.destroy();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits (bounded) until `check` is true; throws with `what` otherwise. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000, stepMs = 5) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(stepMs);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** An open transaction on the test database that has written something (it holds an xid). */
const writing = async () =>
  Number(
    (
      await pg.query(
        'select count(*) n from pg_stat_activity where datname = $1 and backend_xid is not null and pid <> pg_backend_pid()',
        [DB],
      )
    ).rows[0].n,
  ) > 0;

/** A request whose answer may never come (the instance is killed): resolves to its status or 0. */
const fire = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  })
    .then((r) => r.status)
    .catch(() => 0);

const scalar = async (sql: string, params: unknown[] = []) => Number((await pg.query(sql, params)).rows[0].n);

describe('faults', () => {
  it('SIGKILL during a bulk import: each article with all its comments or not at all; the re-run creates no duplicates', async () => {
    const answer = fire(A.url, '/editorial/import', { files: FILES });
    // Killed once a few files are in and another file's transaction is writing.
    await until(
      'a few imported files and an open import transaction',
      async () =>
        (await scalar('select count(*) n from editorial_articles where import_fingerprint is not null')) >=
          3 && (await writing()),
    );
    await A.kill('SIGKILL');
    expect(await answer).toBe(0);
    await until('the killed transaction to be rolled back', async () => !(await writing()), 10_000, 50);

    const articles = (
      await pg.query(
        'select document_id from editorial_articles where import_fingerprint is not null and published_at is null',
      )
    ).rows;
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(articles.length).toBeLessThan(FILES.length);
    for (const a of articles) {
      expect({
        article: a.document_id,
        comments: await scalar('select count(*) n from editorial_comments where article_document_id = $1', [
          a.document_id,
        ]),
      }).toEqual({
        article: a.document_id,
        comments: COMMENTS_PER_FILE,
      });
    }
    expect(
      await scalar(
        'select count(*) n from editorial_comments where article_document_id not in (select document_id from editorial_articles)',
      ),
    ).toBe(0);
    expect(await auditProblems(pg)).toEqual([]);

    A = await startInstance(env, 120_000);
    const again = await rec.call(A.url, 'POST', '/editorial/import', { token, body: { files: FILES } });
    expect(again.status).toBe(200);
    expect(again.body.data.counts).toEqual({
      created: FILES.length - articles.length,
      updated: 0,
      'skipped-duplicate': articles.length,
      failed: 0,
    });
    expect(
      await scalar(
        'select count(*) n from editorial_articles where import_fingerprint is not null and published_at is null',
      ),
    ).toBe(FILES.length);
    expect(await scalar('select count(*) n from editorial_comments')).toBe(FILES.length * COMMENTS_PER_FILE);
    expect(await duplicateProblems(pg)).toEqual([]);
    expect(await auditProblems(pg)).toEqual([]);
  });

  it('SIGKILL during a bulk moderation action of hundreds of comments: each comment changed with its event, or unchanged without', async () => {
    const before = new Map<string, { status: string; version: number }>(
      (await pg.query('select document_id, status, version from editorial_comments')).rows.map((r) => [
        r.document_id,
        { status: r.status, version: Number(r.version ?? 0) },
      ]),
    );
    const ids = [...before.keys()];
    expect(ids.length).toBeGreaterThanOrEqual(300);
    const eventsBefore = await scalar('select max(id) n from editorial_moderation_events');

    const answer = fire(A.url, '/editorial/moderation/bulk', {
      documentIds: ids,
      action: 'flag',
      note: 'killed midway',
    });
    await until('the bulk transaction to write', writing, 30_000, 2);
    await A.kill('SIGKILL');
    expect(await answer).toBe(0);
    await until('the killed transaction to be rolled back', async () => !(await writing()), 10_000, 50);

    const after = (await pg.query('select document_id, status, version from editorial_comments')).rows;
    const newEvents = new Map<string, any[]>();
    for (const e of (
      await pg.query('select comment_document_id, to_status from editorial_moderation_events where id > $1', [
        eventsBefore,
      ])
    ).rows) {
      newEvents.set(e.comment_document_id, [...(newEvents.get(e.comment_document_id) ?? []), e]);
    }
    let changed = 0;
    for (const row of after) {
      const was = before.get(row.document_id)!;
      const evs = newEvents.get(row.document_id) ?? [];
      if (Number(row.version) === was.version) {
        expect({ id: row.document_id, status: row.status, events: evs.length }).toEqual({
          id: row.document_id,
          status: was.status,
          events: 0,
        });
      } else {
        changed++;
        expect({
          id: row.document_id,
          status: row.status,
          version: Number(row.version),
          events: evs.map((e) => e.to_status),
        }).toEqual({
          id: row.document_id,
          status: 'flagged',
          version: was.version + 1,
          events: ['flagged'],
        });
      }
    }
    // One transaction: killed before its commit, nothing of it is left.
    expect(changed).toBe(0);
    expect(await auditProblems(pg)).toEqual([]);

    A = await startInstance(env, 120_000);
    const redo = await rec.call(A.url, 'POST', '/editorial/moderation/bulk', {
      token,
      body: { documentIds: ids, action: 'flag' },
    });
    expect(redo.status).toBe(200);
    expect(redo.body.data.updated).toHaveLength(ids.length);
    expect(await auditProblems(pg)).toEqual([]);
  });

  it('PostgreSQL restarted under load: clear 503s while it is down, both instances recover by themselves', async () => {
    const articleId = await publishedArticle(
      rec,
      B.url,
      token,
      'Tide gauge replaced at the north pier',
      '“The old gauge was reading high,” said harbourmaster Ivo Brennick.',
    );
    let ipCounter = 0;
    const kinds = [
      (base: string, label: string) => rec.call(base, 'GET', '/api/editorial/articles', { label }),
      (base: string, label: string) =>
        rec.call(base, 'GET', `/api/editorial/articles/${articleId}`, { label }),
      (base: string, label: string) =>
        rec.call(base, 'POST', `/api/editorial/articles/${articleId}/comments`, {
          label,
          ip: `10.9.${(++ipCounter >> 8) & 255}.${ipCounter & 255}`,
          body: { authorName: 'Load reader', body: `Reading ${ipCounter}: is the new gauge public?` },
        }),
      (base: string, label: string) =>
        rec.call(base, 'GET', '/editorial/moderation/comments?status=pending', { token, label }),
    ];
    /** One round: every kind of request on both instances. */
    const round = (label: string) =>
      Promise.all([A, B].flatMap((inst) => kinds.map((k) => k(inst.url, label))));
    const drive = async (label: string, ms: number) => {
      const stop = Date.now() + ms;
      const all = [];
      while (Date.now() < stop) all.push(...(await round(label)));
      return all;
    };

    const up = await drive('up', 1500);
    expect(up.filter((r) => r.status >= 300 && r.status !== 304)).toEqual([]);

    server.stop();
    const down = await drive('down', 3000);
    server.start();
    expect(down.length).toBeGreaterThan(8);
    for (const r of down) {
      if (r.status >= 200 && r.status < 300) continue; // answered before the stop took effect
      expect({
        status: r.status,
        message: r.body?.error?.message,
        retryAfter: r.headers.get('retry-after'),
      }).toEqual({
        status: 503,
        message: expect.stringMatching(/database is unavailable/i),
        retryAfter: expect.stringMatching(/^\d+$/),
      });
    }
    expect(down.filter((r) => r.status === 503).length).toBeGreaterThan(down.length / 2);

    // Recovery without any restart of the instances: within 30 s every kind succeeds on both.
    const deadline = Date.now() + 30_000;
    let recovered = false;
    while (!recovered && Date.now() < deadline) {
      const replies = await round('recovering');
      recovered = replies.every((r) => r.status >= 200 && r.status < 300);
      if (!recovered) await sleep(250);
    }
    expect(recovered).toBe(true);
    await pg.end().catch(() => {});
    pg = await pgClient(server.url(DB));
    const after = await drive('after', 1500);
    expect(after.filter((r) => !(r.status >= 200 && r.status < 300))).toEqual([]);
    expect([A.process.exitCode, B.process.exitCode]).toEqual([null, null]);
    expect(await auditProblems(pg)).toEqual([]);
    expect(await duplicateProblems(pg)).toEqual([]);
  });

  it('answered every request with a success, a clear client error or a clear 503', () => {
    expect(rec.unclear([503])).toEqual([]);
    expect(
      rec.replies.filter((r) => r.status === 503 && !/database is unavailable/i.test(r.message)),
    ).toEqual([]);
  });
});
