/**
 * Public API figures (one run, one machine, side by side):
 *  - article detail through the public API (quotes with positions and sources, sources cited,
 *    sourcing split, approved-comment count, ETag) — GET /api/editorial/articles/:slug
 *  - Strapi's plain content-API read of the same article with populate (quotes.source,
 *    comments, publication) through Strapi's core controller, mounted for the benchmark only
 *  - the same detail read again when nothing changed (served from the payload kept by ETag)
 *  - the 304 path: the same detail request with a matching If-None-Match
 *  - at scale (20,000 published articles): public comment lists, an article list filtered
 *    through comments and the source list, each built every time (visibility as subqueries)
 * over real HTTP on loopback, on a fresh SQLite database. Bounded: a fixed time per scenario.
 */
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import path from 'node:path';

const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 4);

function paragraph(i: number) {
  return `Paragraph ${i} of the council report describes the harbour works, the budget lines and the schedule in plain words for readers who follow the story closely.`;
}

async function measure(label: string, url: string, headers: Record<string, string>, expectStatus: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const req = http.get(url, { agent, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
    });
  // Warm-up.
  for (let i = 0; i < 20; i++) {
    const status = await once();
    if (status !== expectStatus)
      throw new Error(`${label}: expected ${expectStatus}, got ${status} from ${url}`);
  }
  let done = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + SECONDS * 1000;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const t0 = process.hrtime.bigint();
        const status = await once();
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (status !== expectStatus) throw new Error(`${label}: status ${status}`);
        done++;
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  latencies.sort((x, y) => x - y);
  const p = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  const rps = done / elapsed;
  console.log(
    `${label.padEnd(58)} ${rps.toFixed(0).padStart(6)} req/s   p50 ${p(0.5)} ms   p95 ${p(0.95)} ms   (${done} requests)`,
  );
  return rps;
}

export async function run(): Promise<void> {
  const appDir = path.resolve(__dirname, '..');
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileStrapi, factories } = require('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: true });
  const { startStrapi } = await import('../tests/helpers/strapi');
  const { fixtures } = await import('../tests/helpers/public-fixtures');
  const t = await startStrapi({ LOG_LEVEL: 'error', EDITORIAL_QUOTES_ENABLED: 'false' });
  try {
    const strapi = t.strapi;
    const f = fixtures(strapi);
    const sources = [];
    for (let i = 0; i < 8; i++)
      sources.push(
        await f.source({ name: `Source Person ${i}`, kind: i % 4 === 3 ? 'anonymous' : 'person' }),
      );
    const outlet = await f.source({ name: 'Bench Gazette', kind: 'outlet' });
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) => `${paragraph(i)} "Quote number ${i} is here," said someone.`,
    );
    const article = await f.article({
      title: 'Benchmark article',
      body: paragraphs.join('\n\n'),
      section: 'bench',
      publication: outlet.documentId,
      originalPublishedAt: '2026-01-01T00:00:00.000Z',
    });
    for (let i = 0; i < 30; i++)
      await f.quote(article, {
        text: `Quote number ${i} is here`,
        paragraph: i,
        source: sources[i % sources.length],
        state: i % 10 === 9 ? 'rejected' : 'extracted',
      });
    for (let i = 0; i < 60; i++)
      await f.comment(article, {
        body: `Comment ${i}: a reader's view of the harbour works.`,
        authorName: `Reader ${i}`,
        status: i % 4 === 0 ? 'pending' : 'approved',
      });

    // Strapi's plain content-API read, through its core controller, for comparison only.
    const plain = factories.createCoreController('plugin::editorial.article')({ strapi });
    // (Appended to the Koa app: the router is already mounted, so it answers what no route matched.
    // Its reader may read articles, quotes, sources and comments, as a public role would need.)
    const ability = await (strapi as any).contentAPI.permissions.engine.generateAbility(
      ['article.findOne', 'article.find', 'quote.find', 'source.find', 'comment.find'].map((a) => ({
        action: `plugin::editorial.${a}`,
      })),
    );
    strapi.server.app.use(async (ctx: any, next: () => Promise<void>) => {
      const m = /^\/api\/bench-plain\/articles\/([^/]+)$/.exec(ctx.path);
      if (!m || ctx.method !== 'GET') return next();
      ctx.params = { id: m[1] };
      ctx.state.auth = { strategy: { name: 'users-permissions' }, credentials: null, ability };
      ctx.status = 200;
      const body = await plain.findOne(ctx);
      if (body !== undefined) ctx.body = body;
    });

    await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', () => resolve()));
    const base = `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
    const detailUrl = `${base}/api/editorial/articles/${article.slug}`;
    const plainUrl = `${base}/api/bench-plain/articles/${article.documentId}?status=published&populate[quotes][populate][source]=true&populate[comments]=true&populate[publication]=true`;

    const probe = await fetch(detailUrl);
    const etag = probe.headers.get('etag') ?? '';
    const detail = (await probe.json()) as any;
    const plainBody = (await (await fetch(plainUrl)).json()) as any;
    if (!plainBody?.data) throw new Error(`plain read failed: ${JSON.stringify(plainBody).slice(0, 500)}`);
    console.log(
      `article: ${paragraphs.length} paragraphs, ${detail.data.quotes.length} public quotes (of 30), ${detail.data.sourcesCited.length} sources, ` +
        `${detail.data.approvedCommentCount} approved comments (of 60); plain read returns ${plainBody.data.quotes.length} quotes and ${plainBody.data.comments.length} comments`,
    );
    console.log(`concurrency ${CONCURRENCY}, ${SECONDS} s per scenario, SQLite, loopback HTTP`);

    // Cold: the payload cache off, so every request builds the payload.
    strapi.config.set('plugin::editorial.publicApi.payloadCacheEntries', 0);
    const ours = await measure('public API detail, built every time (payload cache off)', detailUrl, {}, 200);
    strapi.config.set('plugin::editorial.publicApi.payloadCacheEntries', 500);
    const warm = await measure('public API detail, repeat read (payload kept by ETag)', detailUrl, {}, 200);
    const core = await measure('Strapi core findOne with populate (same article)', plainUrl, {}, 200);
    const notModified = await measure(
      'public API detail, If-None-Match -> 304',
      detailUrl,
      { 'If-None-Match': etag },
      304,
    );
    const floor = await measure(
      'floor: GET /api/editorial/openapi.json (no database)',
      `${base}/api/editorial/openapi.json`,
      {},
      200,
    );
    console.log(
      `ratio public/plain: ${(ours / core).toFixed(2)} built every time, ${(warm / core).toFixed(2)} repeat read (target >= 1.0)   304/200: ${(notModified / ours).toFixed(2)}   (client and server share one process; the floor line is the HTTP stack alone)`,
    );
    void floor;

    // At scale: 20,000 published articles (seeded through the query engine), 4,000 comments (3 in 4
    // approved) and 400 quoted sources. Public comment and source lists, and an article list
    // filtered through comments, every request built (payload cache off): visibility is a
    // subquery the database runs, so no request reads the 20,000 keys (or sends them back).
    strapi.config.set('plugin::editorial.publicApi.payloadCacheEntries', 0);
    const SCALE = 20_000;
    const now = new Date();
    const keys = Array.from({ length: SCALE }, (_, i) => `scale${String(i).padStart(19, '0')}`);
    for (let i = 0; i < SCALE; i += 500) {
      await strapi.db.query('plugin::editorial.article').createMany({
        data: keys.slice(i, i + 500).map((documentId, j) => ({
          documentId,
          title: `Scale article ${i + j}`,
          slug: `scale-article-${i + j}`,
          commentsMode: 'open',
          publishedAt: now,
          createdAt: now,
          updatedAt: now,
        })),
      });
    }
    for (let i = 0; i < 4000; i += 500) {
      await strapi.db.query('plugin::editorial.comment').createMany({
        data: Array.from({ length: 500 }, (_, j) => ({
          documentId: `scalecomment${String(i + j).padStart(12, '0')}`,
          body: `Scale comment ${i + j} about the harbour`,
          authorName: `Reader ${j % 50}`,
          status: (i + j) % 4 === 0 ? 'pending' : 'approved',
          postedAt: new Date(now.getTime() - (i + j) * 1000),
          articleDocumentId: keys[((i + j) * 7) % SCALE],
          origin: 'reader',
          createdAt: now,
          updatedAt: now,
        })),
      });
    }
    const scaleSources = [];
    for (let i = 0; i < 400; i++) {
      await strapi.db
        .query('plugin::editorial.source')
        .create({
          data: {
            documentId: `scalesource${String(i).padStart(13, '0')}`,
            name: `Scale Source ${i}`,
            slug: `scale-source-${i}`,
            kind: 'person',
            createdAt: now,
            updatedAt: now,
            publishedAt: now,
          },
        })
        .then((r: any) => scaleSources.push(r));
    }
    for (let i = 0; i < 400; i++) {
      await strapi.db.query('plugin::editorial.quote').create({
        data: {
          documentId: `scalequote${String(i).padStart(14, '0')}`,
          text: `Scale quote ${i}`,
          type: 'direct',
          state: 'extracted',
          articleStatus: 'published',
          articleDocumentId: keys[i * 13],
          source: scaleSources[i].id,
          createdAt: now,
          updatedAt: now,
          publishedAt: now,
        },
      });
    }
    console.log(
      `at scale: ${SCALE} published articles, 4,000 comments (3,000 approved), 400 quoted sources; payload cache off`,
    );
    await measure(
      'public comment list, newest first (page of 25)',
      `${base}/api/editorial/comments?sort=postedAt:desc`,
      {},
      200,
    );
    await measure(
      'public comment list of one article',
      `${base}/api/editorial/comments?filters[articleDocumentId][$eq]=${keys[7]}`,
      {},
      200,
    );
    await measure(
      'article list filtered through comments',
      `${base}/api/editorial/articles?filters[comments][body][$contains]=comment%2012%20&fields[0]=title`,
      {},
      200,
    );
    await measure('public source list (page of 25)', `${base}/api/editorial/sources`, {}, 200);
  } finally {
    if (t.server.listening) await new Promise((resolve) => t.server.close(resolve));
    await t.stop();
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
