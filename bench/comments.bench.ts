/**
 * Reader comments (one run, one machine), on SQLite and then PostgreSQL (skipped with a note when
 * PostgreSQL is unreachable; BENCH_DBS=sqlite,postgres chooses):
 *  - submissions: comments posted through the public HTTP API (validation, rate limit, rules,
 *    duplicate context, comment + moderation event in one transaction) against plain creation of
 *    the same comments with the document service; interleaved in chunks; ratio HTTP / direct.
 *  - queue: BENCH_ROWS (default 1,000,000) comments bulk-inserted with knex, then the admin
 *    queue listing over HTTP (several filters and sorts): median and p95 latency after one
 *    untimed request per filter (its cold latency reported apart), and the per-status counts
 *    computed afresh (no cache) each time.
 * Everything runs on a fresh database that is removed at the end. BENCH_PART=submissions stops
 * after the submissions.
 */
import path from 'node:path';
import http from 'node:http';

const ROWS = Number(process.env.BENCH_ROWS || 1_000_000);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS || 400);
const QUEUE_REQUESTS = Number(process.env.BENCH_QUEUE_REQUESTS || 200);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const words = [
  'harbour',
  'council',
  'budget',
  'bridge',
  'ferry',
  'quay',
  'library',
  'tram',
  'market',
  'school',
  'river',
  'station',
];
const sentence = (i: number) =>
  `Comment ${i}: the ${words[i % 12]} plan and the ${words[(i * 7) % 12]} vote deserve a closer look, ${words[(i * 5) % 12]} first.`;

async function postJson(agent: http.Agent, port: number, pathName: string, body: unknown) {
  const data = JSON.stringify(body);
  return new Promise<number>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathName,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}
async function getJson(agent: http.Agent, port: number, pathName: string, token: string) {
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathName,
        method: 'GET',
        agent,
        headers: { authorization: `Bearer ${token}` },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function benchOne(db: 'sqlite' | 'postgres') {
  if (db === 'postgres') process.env.TEST_DB = 'postgres';
  else delete process.env.TEST_DB;
  const { startStrapi } = await import('../tests/helpers/strapi');
  const { createAdminSession } = await import('../tests/helpers/auth');
  let t;
  try {
    t = await startStrapi({ LOG_LEVEL: 'error' });
  } catch (error) {
    console.log(`${db}: skipped (${(error as Error).message.split('\n')[0]})`);
    return;
  }
  const strapi = t.strapi;
  const server: http.Server = t.server;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as any).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const docs = (uid: string) => strapi.documents(uid as any);
    strapi
      .plugin('editorial')
      .service('comments')
      .limiter.configure({ submit: { points: 1e9, duration: 60 }, report: { points: 1e9, duration: 60 } });
    const articles: any[] = [];
    for (let i = 0; i < 20; i++) {
      const a: any = await docs('plugin::editorial.article').create({
        data: { title: `Bench article ${i}`, slug: `bench-article-${i}`, commentsMode: 'open' } as any,
      });
      await docs('plugin::editorial.article').publish({ documentId: a.documentId });
      articles.push(a);
    }

    // ---- submissions ----
    // The same comments both ways, in rounds that alternate which side goes first (so neither
    // always meets a warmer cache or a fuller table); each round gives one ratio, and the figure
    // is the median of the rounds. A warm-up round of each is not counted.
    const ROUNDS = Math.max(1, Number(process.env.BENCH_SUBMISSION_ROUNDS || 10));
    const PER = Math.max(1, Math.ceil(SUBMISSIONS / ROUNDS));
    let seq = 0;
    const direct = async (n: number) => {
      const t0 = process.hrtime.bigint();
      for (let k = 0; k < n; k++) {
        const i = seq++;
        const a = articles[i % articles.length];
        await docs('plugin::editorial.comment').create({
          data: {
            body: `direct ${sentence(i)}`,
            authorName: `Reader ${i % 97}`,
            authorEmail: `r${i % 97}@example.test`,
            postedAt: new Date(),
            status: 'approved',
            origin: 'reader',
            articleDocumentId: a.documentId,
            article: a.documentId,
          } as any,
        });
      }
      return n / (Number(process.hrtime.bigint() - t0) / 1e9);
    };
    let bad = 0;
    const viaHttp = async (n: number) => {
      const t0 = process.hrtime.bigint();
      for (let k = 0; k < n; k++) {
        const i = seq++;
        const a = articles[i % articles.length];
        const status = await postJson(agent, port, `/api/editorial/articles/${a.documentId}/comments`, {
          authorName: `Reader ${i % 97}`,
          authorEmail: `r${i % 97}@example.test`,
          body: `http ${sentence(i)}`,
        });
        if (status !== 201) bad++;
      }
      return n / (Number(process.hrtime.bigint() - t0) / 1e9);
    };
    await direct(Math.min(PER, 20));
    await viaHttp(Math.min(PER, 20));
    const httpRates: number[] = [];
    const directRates: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      let h: number;
      let d: number;
      if (r % 2 === 0) {
        d = await direct(PER);
        h = await viaHttp(PER);
      } else {
        h = await viaHttp(PER);
        d = await direct(PER);
      }
      httpRates.push(h);
      directRates.push(d);
      ratios.push(h / d);
    }
    if (bad) throw new Error(`${bad} submissions failed`);
    const med = (xs: number[]) => pct(xs, 50);
    const ratio = med(ratios);
    console.log(
      `[${db}] submissions (${ROUNDS} interleaved rounds of ${PER} each way, medians): HTTP API ${med(httpRates).toFixed(0)}/s, document service ${med(directRates).toFixed(0)}/s, ratio ${ratio.toFixed(2)} (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; target > 0.8)${ratio > 0.8 ? '' : '  ← under target'}`,
    );
    if (process.env.BENCH_PART === 'submissions') return;

    // ---- 1M rows ----
    const setup0 = Date.now();
    const knex = strapi.db.connection;
    const now = Date.now();
    const statusOf = (i: number) =>
      i % 50 === 0 ? 'pending' : i % 97 === 0 ? 'flagged' : i % 13 === 0 ? 'rejected' : 'approved';
    // Four common rules, and one rare one (about one held comment in 1,000) that a filter must
    // find without walking the whole status range.
    const ruleOf = (s: string, i: number) =>
      s === 'approved'
        ? null
        : i % 1000 === 0
          ? '|identity-attack|'
          : ['|shouting|', '|links|', '|banned-words|', '|duplicate|'][i % 4];
    const BATCH = db === 'sqlite' ? 400 : 2000; // knex compiles SQLite multi-row inserts as UNION ALL (at most 500 terms)
    await knex.transaction(async (trx) => {
      for (let start = 0; start < ROWS; start += BATCH) {
        const rows = [];
        for (let i = start; i < Math.min(ROWS, start + BATCH); i++) {
          const s = statusOf(i);
          rows.push({
            document_id: `bench${i.toString(36).padStart(8, '0')}`,
            body: sentence(i),
            author_name: `Author ${i % 20000}`,
            article_document_id: articles[i % articles.length].documentId,
            status: s,
            moderation_reasons:
              s === 'approved'
                ? null
                : JSON.stringify([{ rule: ruleOf(s, i)!.slice(1, -1), detail: 'bench', spans: [] }]),
            reason_rules: ruleOf(s, i),
            report_count: i % 211 === 0 ? 2 : 0,
            posted_at: new Date(now - (ROWS - i) * 2000),
            origin: 'reader',
            version: 0,
            created_at: new Date(now),
            updated_at: new Date(now),
          });
        }
        await trx('editorial_comments').insert(rows);
      }
    });
    // Rows loaded with knex bypass the lifecycles that keep the reason index; fill it as an upgrade would.
    await strapi.plugin('editorial').service('moderation').rebuildReasonIndex();
    if (db === 'postgres')
      await knex.raw('VACUUM ANALYZE editorial_comments, editorial_comment_reasons'); // what autovacuum does after a bulk load
    else await knex.raw('ANALYZE');
    const setupS = (Date.now() - setup0) / 1000;
    const total = Number((await knex('editorial_comments').count({ n: '*' }))[0].n);
    console.log(
      `[${db}] setup: ${ROWS.toLocaleString('en')} comments bulk-inserted with knex in ${setupS.toFixed(1)} s (${total.toLocaleString('en')} rows in the table)`,
    );

    const moderator = await createAdminSession(strapi, server, 'Moderator');
    const moderation = strapi.plugin('editorial').service('moderation');
    const queries = [
      'status=pending',
      'status=pending&sort=newest',
      'status=approved&page=200',
      'status=flagged&sort=reported',
      'status=all&sort=newest',
      `status=all&article=${articles[3].documentId}`,
      'status=rejected&reason=shouting',
      'status=all&reason=links&sort=newest',
      'status=all&reason=identity-attack',
      'status=all&author=Author%20123',
    ];
    /** Round-robin over the queries, timing each request; latencies by query and all together. */
    const timeQueue = async (list: string[], requests: number) => {
      const byQuery: Record<string, number[]> = {};
      const every: number[] = [];
      for (let i = 0; i < requests; i++) {
        const q = list[i % list.length];
        const t0 = process.hrtime.bigint();
        const res = await getJson(
          agent,
          port,
          `/editorial/moderation/comments?${q}&pageSize=25`,
          moderator.token,
        );
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        if (res.status !== 200)
          throw new Error(`queue ${q}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        (byQuery[q] ??= []).push(ms);
        every.push(ms);
      }
      return { byQuery, every };
    };
    // The first request of each filter after the bulk load reads cold index pages and plans the
    // query afresh: one untimed pass warms them, as the other benches warm up; reported apart.
    const { every: cold } = await timeQueue(queries, queries.length);
    const { byQuery: lat, every: all } = await timeQueue(queries, QUEUE_REQUESTS);
    // Text search, reported apart from the listing: a unique phrase, a common phrase, a phrase no
    // comment contains (the worst case for a scan), and a phrase common in the table but in no
    // pending comment (the worst case for walking the pending tab: every pending row is read).
    const searches = [
      `status=all&q=${encodeURIComponent(`Comment ${Math.floor(ROWS / 3)}:`)}`,
      `status=all&q=${encodeURIComponent(`${words[1]} plan`)}`,
      'status=all&q=zebra%20crossing',
      `status=pending&q=${encodeURIComponent(`${words[1]} plan`)}`,
    ];
    const { byQuery: searchLat } = await timeQueue(searches, 40);
    const countLat: number[] = [];
    for (let i = 0; i < 20; i++) {
      moderation.countsChanged();
      const t0 = process.hrtime.bigint();
      await moderation.counts();
      countLat.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const fmt = (xs: number[]) => `median ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms`;
    for (const [q, xs] of Object.entries(lat)) console.log(`[${db}]   queue ${q.padEnd(44)} ${fmt(xs)}`);
    console.log(
      `[${db}] queue listing over HTTP, ${total.toLocaleString('en')} comments: ${fmt(all)} (target p95 < 50 ms)${pct(all, 95) < 50 ? '' : '  ← over target'}`,
    );
    console.log(
      `[${db}] first request of each filter, cold (before the timed requests): ${fmt(cold)}, slowest ${Math.max(...cold).toFixed(1)} ms`,
    );
    for (const [q, xs] of Object.entries(searchLat))
      console.log(`[${db}]   text search ${q.padEnd(38)} ${fmt(xs)}`);
    console.log(`[${db}] per-status counts computed afresh (cached 2 s in the queue): ${fmt(countLat)}`);
  } finally {
    agent.destroy();
    await new Promise((r) => server.close(r));
    const pool: any = (strapi.db.connection as any).client?.pool;
    for (let i = 0; i < 100 && pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0); i++)
      await new Promise((r) => setTimeout(r, 100));
    await t.stop();
  }
}

export async function run(): Promise<void> {
  const appDir = path.resolve(__dirname, '..');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: true });
  const dbs = (process.env.BENCH_DBS || 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[];
  const saved = process.env.TEST_DB;
  try {
    for (const db of dbs) await benchOne(db);
  } finally {
    if (saved === undefined) delete process.env.TEST_DB;
    else process.env.TEST_DB = saved;
  }
}

if (require.main === module) {
  run().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
